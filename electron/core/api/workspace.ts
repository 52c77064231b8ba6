import type Database from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';
import { assertWritableLocation } from '../db/assert-writable-location';
import { openWorkbenchDatabase } from '../db/open-workbench-database';
import { probeDatabaseFile } from '../db/probe-database-file';
import { takeWriteLock, type WriteLock } from '../db/take-write-lock';
import type { LockHolder } from '../db/lock-holder';
import { readCommittee } from '../committee/read-committee';
import { UserError } from './user-error';
import { storageFailure } from '../db/storage-failure';
import { openCheckedBackup } from '../backup/open-checked-backup';
import { restoreBackup } from '../backup/restore-backup';
import type { BackupInfo } from '../backup/create-backup';

export type WorkspaceStatus =
  | { status: 'setup'; path: string }
  | { status: 'ready'; path: string }
  | { status: 'problem'; path: string; problem: { code: string; params: Record<string, string | number> } };

export type WorkspaceOptions = {
  /**
   * The front door holding the workspace, named in the file's write lock so that a second program is told
   * who has the file: the desktop app and the browser mode pass theirs. Without it (tests) the lock says
   * only "another workbench program"; it is never guessed.
   */
  program?: Exclude<LockHolder['program'], 'cli'>;
};

/** The problems of a file another program holds: nothing is wrong with the file itself. */
const heldCodes = new Set(['db_in_use', 'db_in_use_elsewhere', 'db_lock_unreadable']);

type Current = { path: string; db: Database.Database | null; problem: UserError | null; lock: WriteLock | null };

/** A file set aside because it could not be used: it stays beside the restored one, with its log, never overwritten. */
function setAside(path: string): void {
  const aside = `${path}.unusable-${new Date().toISOString().replace(/[-:.]/g, '')}`;
  renameSync(path, aside);
  // A log left by the unusable file must not be replayed into the restored one: it goes with its file.
  for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
}

/**
 * The database the front door is working on. It can be switched at run time ("Open another file"),
 * and a file that cannot be used leaves the workspace in a problem state instead of crashing. While a
 * file is open the workspace holds its write lock, so no other program writes to it meanwhile (and a
 * file another program holds shows the problem db_in_use); switching files releases the old lock.
 */
export class Workspace {
  private current: Current;
  private readonly holder: LockHolder;

  constructor(path: string, options: WorkspaceOptions = {}) {
    this.holder = { program: options.program ?? 'workbench' };
    this.current = { path, db: null, problem: null, lock: null };
    this.reload();
  }

  /** The lock this workspace holds for `path`, or a new one; refused (db_in_use) while another program holds it. */
  private lockFor(path: string): WriteLock {
    if (this.current.lock !== null && this.current.path === path) return this.current.lock;
    return takeWriteLock(path, this.holder);
  }

  /** Opens a file, taking its lock first: the lock comes before an upgrade or any other write. */
  private load(path: string): Current {
    const kept = this.current.path === path ? this.current.lock : null;
    const probe = probeDatabaseFile(path);
    // A missing or empty file is not created until the committee is set up, so a mistyped path leaves nothing behind.
    if (probe.kind !== 'workbench') return { path, db: null, problem: null, lock: kept };
    assertWritableLocation(path);
    const lock = this.lockFor(path);
    try {
      return { path, db: openWorkbenchDatabase(path), problem: null, lock };
    } catch (error) {
      if (lock !== kept) lock.release();
      throw error;
    }
  }

  get path(): string {
    return this.current.path;
  }

  status(): WorkspaceStatus {
    // A file another program held may have been let go since: asking again (reloading the page, which is
    // what "try again" means in the browser) opens it. While it is still held this costs one failed open.
    if (this.heldElsewhere() !== null) this.reload();
    const { path, db, problem } = this.current;
    if (problem !== null) return { status: 'problem', path, problem: { code: problem.code, params: problem.params } };
    if (db !== null && readCommittee(db) !== null) return { status: 'ready', path };
    return { status: 'setup', path };
  }

  /** The open database of a committee that has been set up. */
  db(): Database.Database {
    const db = this.current.db;
    if (db === null || readCommittee(db) === null) throw new UserError('no_committee');
    return db;
  }

  /** The database for setting up a committee: opened, and created when it does not exist yet. */
  dbForSetup(): Database.Database {
    if (this.current.problem !== null) throw this.current.problem;
    let db = this.current.db;
    if (db === null) {
      assertWritableLocation(this.current.path);
      const lock = this.lockFor(this.current.path);
      try {
        db = openWorkbenchDatabase(this.current.path);
      } catch (error) {
        if (lock !== this.current.lock) lock.release();
        throw error;
      }
      this.current = { ...this.current, db, lock };
    }
    if (readCommittee(db) !== null) throw new UserError('committee_exists');
    return db;
  }

  /** Switches to an existing file; on failure the current file stays open and the error says why. */
  open(path: string): void {
    if (!existsSync(path)) throw new UserError('db_missing', { path });
    const next = this.load(path);
    this.leave(next.lock);
    this.current = next;
  }

  /** Switches to a new, not yet existing file; it is written when the committee is set up there. */
  startNew(path: string): void {
    if (existsSync(path)) throw new UserError('db_exists', { path });
    assertWritableLocation(path);
    this.leave(null);
    this.current = { path, db: null, problem: null, lock: null };
  }

  /**
   * Puts a backup in place of the open file (backing up the current state first) and opens the result,
   * which upgrades a backup from an earlier version as opening any file does. The backup is checked
   * first and the file's lock taken; when either fails, nothing has been touched.
   */
  async restoreFrom(backupPath: string): Promise<BackupInfo | null> {
    // A file that was held by another program is looked at again first: it is not unusable, only taken.
    if (this.heldElsewhere() !== null) this.reload();
    const held = this.heldElsewhere();
    if (held !== null) throw held;
    const { path, db: live, problem } = this.current;
    const lock = this.lockFor(path);
    const progress: { replacing: boolean } = { replacing: false };
    let source;
    try {
      source = openCheckedBackup(backupPath);
    } catch (error) {
      if (lock !== this.current.lock) lock.release();
      throw error;
    }
    const unusable = live === null && problem !== null && existsSync(path);
    try {
      return await restoreBackup(path, source, live, () => {
        progress.replacing = true;
        this.current = { path, db: null, problem: null, lock };
        if (unusable) setAside(path);
      });
    } catch (error) {
      if (!progress.replacing && lock !== this.current.lock) lock.release();
      throw error;
    } finally {
      source.db.close();
      // Once the live file was closed for the copy, it is opened again as it now is, whether or not the copy went through.
      if (progress.replacing) this.reload();
    }
  }

  /** The problem of a file that another program holds, or null. */
  private heldElsewhere(): UserError | null {
    const problem = this.current.problem;
    return problem !== null && heldCodes.has(problem.code) ? problem : null;
  }

  private reload(): void {
    try {
      this.current = this.load(this.current.path);
    } catch (caught) {
      // A full disk or an I/O error while opening (an upgrade writes) shows the recovery screen, not a crash.
      const error = storageFailure(caught) ?? caught;
      if (!(error instanceof UserError)) throw error;
      this.current = { path: this.current.path, db: null, problem: error, lock: this.current.lock };
    }
  }

  /** The open database and its path, for the periodic backups; null while none is open. */
  openDatabase(): { db: Database.Database; path: string } | null {
    return this.current.db === null ? null : { db: this.current.db, path: this.current.path };
  }

  /** Closes the current file, releasing its lock unless it is the one the next state keeps. */
  private leave(keep: WriteLock | null): void {
    this.current.db?.close();
    if (this.current.lock !== keep) this.current.lock?.release();
    this.current = { ...this.current, db: null, lock: keep };
  }

  close(): void {
    this.leave(null);
  }
}
