import { UserError } from '../api/user-error';
import type { LockRecord } from './read-write-lock';

function localTime(iso: string): string {
  const moment = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(moment.getFullYear())}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/**
 * The refusal a second program gets. `holder` names a text under `lockHolders.` ("the browser mode", "a
 * command-line import"), which the messages take in through i18next's $t(); `since` is the local time.
 */
export function lockInUse(databasePath: string, lockFile: string, lock: LockRecord | 'unreadable', sameHost: boolean): UserError {
  if (lock === 'unreadable') return new UserError('db_lock_unreadable', { path: databasePath, lockFile });
  const holder = lock.command === undefined ? lock.program : `${lock.program}_${lock.command}`;
  const params = { path: databasePath, lockFile, holder, program: lock.program, command: lock.command ?? '', since: localTime(lock.since), pid: lock.pid };
  return sameHost ? new UserError('db_in_use', params) : new UserError('db_in_use_elsewhere', { ...params, host: lock.hostname });
}
