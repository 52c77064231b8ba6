import type Database from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';
import { assertWritableLocation } from '../db/assert-writable-location';
import { openWorkbenchDatabase } from '../db/open-workbench-database';
import { probeDatabaseFile } from '../db/probe-database-file';
import { readCommittee } from '../committee/read-committee';
import { UserError } from './user-error';
import { storageFailure } from '../db/storage-failure';
import { assertRestorable, restoreBackup } from '../backup/restore-backup';
import type { BackupInfo } from '../backup/create-backup';

export type WorkspaceStatus =
  | { status: 'setup'; path: string }
  | { status: 'ready'; path: string }
  | { status: 'problem'; path: string; problem: { code: string; params: Record<string, string | number> } };

/**
 * The database the front door is working on. It can be switched at run time ("Open another file"),
 * and a file that cannot be used leaves the workspace in a problem state instead of crashing.
 */
export class Workspace {
  private current: { path: string; db: Database.Database | null; problem: UserError | null };

  constructor(path: string) {
    this.current = { path, db: null, problem: null };
    this.reload();
  }

  private load(path: string): { path: string; db: Database.Database | null; problem: null } {
    const probe = probeDatabaseFile(path);
    // A missing or empty file is not created until the committee is set up, so a mistyped path leaves nothing behind.
    if (probe.kind !== 'workbench') return { path, db: null, problem: null };
    return { path, db: openWorkbenchDatabase(path), problem: null };
  }

  get path(): string {
    return this.current.path;
  }

  status(): WorkspaceStatus {
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
    if (this.current.db === null) this.current.db = openWorkbenchDatabase(this.current.path);
    if (readCommittee(this.current.db) !== null) throw new UserError('committee_exists');
    return this.current.db;
  }

  /** Switches to an existing file; on failure the current file stays open and the error says why. */
  open(path: string): void {
    if (!existsSync(path)) throw new UserError('db_missing', { path });
    const next = this.load(path);
    this.close();
    this.current = next;
  }

  /** Switches to a new, not yet existing file; it is written when the committee is set up there. */
  startNew(path: string): void {
    if (existsSync(path)) throw new UserError('db_exists', { path });
    assertWritableLocation(path);
    this.close();
    this.current = { path, db: null, problem: null };
  }

  /** Puts a backup in place of the open file (backing up the current state first) and opens the result. */
  async restoreFrom(backupPath: string): Promise<BackupInfo | null> {
    const live = this.current.db;
    if (live === null && this.current.problem !== null && existsSync(this.current.path)) {
      // A file the workbench could not open is kept beside the restored one, renamed, never overwritten.
      assertRestorable(backupPath);
      renameSync(this.current.path, `${this.current.path}.unusable-${new Date().toISOString().replace(/[-:.]/g, '')}`);
    }
    this.current = { ...this.current, db: null, problem: null };
    try {
      return await restoreBackup(this.current.path, backupPath, live);
    } finally {
      // Whether or not the restore went through, the file at the path is opened again as it now is.
      this.reload();
    }
  }

  private reload(): void {
    try {
      this.current = this.load(this.current.path);
    } catch (caught) {
      // A full disk or an I/O error while opening (an upgrade writes) shows the recovery screen, not a crash.
      const error = storageFailure(caught) ?? caught;
      if (!(error instanceof UserError)) throw error;
      this.current = { path: this.current.path, db: null, problem: error };
    }
  }

  /** The open database and its path, for the periodic backups; null while none is open. */
  openDatabase(): { db: Database.Database; path: string } | null {
    return this.current.db === null ? null : { db: this.current.db, path: this.current.path };
  }

  close(): void {
    this.current.db?.close();
    this.current = { ...this.current, db: null };
  }
}
