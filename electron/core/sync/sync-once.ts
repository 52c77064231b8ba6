import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { deviceSyncs } from './device-syncs';
import { SyncLink } from './sync-link';

/**
 * One exchange with the server, for the command line and for joining: connects every document, sends what
 * this device has that the server lacks, applies what it receives, and resolves once all are up to date.
 * Refused, failed, or no answer within `waitMs` (the server is away): a message that says which.
 */
export async function syncOnce(db: Database.Database, databasePath: string, waitMs = 30_000): Promise<{ waiting: number }> {
  const engine = deviceSyncs.of(db);
  if (engine === null) throw new UserError('sync_not_shared');
  const link = new SyncLink(engine, databasePath);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new UserError('sync_server_unreachable', { server: engine.sharing.serverUrl })), waitMs);
      const check = () => {
        const { state, reason } = link.status();
        if (state === 'refused') reject(reason === 'revoked' ? new UserError('sync_refused_revoked') : reason === 'expired' ? new UserError('sync_refused_expired') : new UserError('sync_refused_unknown', { reason: reason ?? '' }));
        else if (state === 'failed') reject(new UserError('sync_apply_failed'));
        // The server went away (or was never there): this exchange is over, what is stored stays for the next.
        else if (state === 'offline') reject(new UserError(reason === null ? 'sync_server_unreachable' : `sync_offline_${reason}`, { server: engine.sharing.serverUrl }));
        else if (link.upToDate()) resolve();
        else return;
        clearTimeout(timer);
      };
      link.onChange(check);
      link.start();
    });
  } finally {
    link.stop();
  }
  return { waiting: engine.waitingChanges() };
}
