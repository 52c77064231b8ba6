import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { databaseProblem } from './database-problem';
import type { LockHolder } from './lock-holder';
import { lockInUse } from './lock-in-use';
import { readWriteLock } from './read-write-lock';
import { writeLockPath } from './write-lock-path';

export type WriteLock = { readonly path: string; release: () => void };

/** The locks this process holds (lock file → what it wrote there), released when the process ends. */
const heldHere = new Map<string, string>();
let exitHookInstalled = false;

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Removes the lock file only while it is still the one this holder wrote, never another program's. */
function releaseIfOurs(lockPath: string, raw: string): void {
  if (heldHere.get(lockPath) === raw) heldHere.delete(lockPath);
  try {
    if (readFileSync(lockPath, 'utf8') === raw) rmSync(lockPath, { force: true });
  } catch {
    // Already gone, or the folder went away: either way there is nothing left to release.
  }
}

function releaseAtExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' runs on a normal end and on process.exit(); a killed program leaves a stale lock, taken over below.
  process.on('exit', () => {
    for (const [lockPath, raw] of heldHere) releaseIfOurs(lockPath, raw);
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user, so it is running all the same.
    return errorCode(error) !== 'ESRCH';
  }
}

/** Creates the lock file if there is none (O_EXCL: of two programs trying at once, one wins). */
function create(databasePath: string, lockPath: string, raw: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return false;
    if (code === 'ENOENT') throw databaseProblem('db_folder_missing', databasePath, { folder: dirname(databasePath) });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw databaseProblem('db_folder_read_only', databasePath, { folder: dirname(databasePath) });
    throw error;
  }
  try {
    writeSync(fd, raw);
    fsyncSync(fd);
    closeSync(fd);
  } catch (error) {
    // A lock that could not be written whole (a full disk) must not stay behind, empty, to block the file.
    closeSync(fd);
    rmSync(lockPath, { force: true });
    throw error;
  }
  return true;
}

/**
 * Takes away a lock whose program has ended. It is moved aside first and then looked at: if in the
 * meantime another program took the stale lock over and put its own there, that one is put back.
 */
function takeOverStale(lockPath: string, staleRaw: string): void {
  const aside = `${lockPath}.${randomBytes(6).toString('hex')}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = readFileSync(aside, 'utf8');
  if (moved !== staleRaw && !existsSync(lockPath)) renameSync(aside, lockPath);
  else rmSync(aside, { force: true });
}

/**
 * Takes a database file for writing, for as long as the holder keeps it: the lock file beside it
 * (`<file>.lock`) names the program, its process, its computer and since when. A second program that would
 * write is refused at once with a message naming them (db_in_use), also within the same process. A lock
 * whose process has ended on this computer is stale and taken over without a word; a lock from another
 * computer cannot be checked and is respected (db_in_use_elsewhere says which one and which file to delete
 * if nothing runs there). Released by `release()`, and at the latest when the process ends.
 */
export function takeWriteLock(databasePath: string, holder: LockHolder): WriteLock {
  // A database in memory (tests use one) has no file that another program could open.
  if (databasePath === ':memory:') return { path: databasePath, release: () => undefined };
  const lockPath = writeLockPath(databasePath);
  const here = hostname();
  const record = { ...holder, pid: process.pid, hostname: here, since: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  const raw = `${JSON.stringify(record)}\n`;
  // A lock released or taken over between our attempt and our look means one more attempt; a few suffice.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (create(databasePath, lockPath, raw)) {
      heldHere.set(lockPath, raw);
      releaseAtExit();
      return { path: lockPath, release: () => releaseIfOurs(lockPath, raw) };
    }
    const existing = readWriteLock(lockPath);
    if (existing === 'gone') continue;
    if (existing === 'unreadable') throw lockInUse(databasePath, lockPath, 'unreadable', true);
    const sameHost = existing.record.hostname === here;
    if (sameHost && !isRunning(existing.record.pid)) {
      takeOverStale(lockPath, existing.raw);
      continue;
    }
    throw lockInUse(databasePath, lockPath, existing.record, sameHost);
  }
  // Programs kept taking and dropping the lock all along: somebody is writing, so this one does not.
  throw lockInUse(databasePath, lockPath, 'unreadable', true);
}
