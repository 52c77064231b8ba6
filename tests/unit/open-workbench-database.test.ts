import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { latestSchemaVersion } from '../../electron/core/db/migrations/migrations';
import { UserError } from '../../electron/core/api/user-error';
import { Workspace } from '../../electron/core/api/workspace';
import { fileDigest } from '../helpers/file-digest';
import { tempDir } from '../helpers/temp-dir';

function problemCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error.code;
    throw error;
  }
  return 'no error';
}

function workbenchFile(dir: string): string {
  const path = join(dir, 'committee.sqlite');
  openWorkbenchDatabase(path).close();
  return path;
}

describe('opening the committee database', () => {
  it('creates a new file at the newest schema with WAL and foreign keys on', () => {
    const db = openWorkbenchDatabase(join(tempDir(), 'new.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare("INSERT INTO member (id, name, role, active_from, created_at, updated_at, created_by) VALUES ('a', 'A', 'member', '2026-01-01', 'x', 'x', 'nobody')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('refuses a file of a newer version and leaves it exactly as it was', () => {
    const path = workbenchFile(tempDir());
    const db = new Database(path);
    db.pragma(`user_version = ${latestSchemaVersion + 5}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = fileDigest(path);
    expect(problemCode(() => openWorkbenchDatabase(path))).toBe('db_newer_version');
    expect(fileDigest(path)).toBe(before);
  });

  it('refuses a file that is not SQLite, without changing it', () => {
    const path = join(tempDir(), 'minutes.sqlite');
    writeFileSync(path, 'Minutes of the meeting of 3 March\n');
    const before = fileDigest(path);
    expect(problemCode(() => openWorkbenchDatabase(path))).toBe('db_not_sqlite');
    expect(fileDigest(path)).toBe(before);
  });

  it('refuses a corrupt file, without changing it', () => {
    const path = workbenchFile(tempDir());
    const fd = openSync(path, 'r+');
    // Overwrite the second page (the first table's root) with garbage, keeping the header intact.
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096);
    closeSync(fd);
    const before = fileDigest(path);
    expect(problemCode(() => openWorkbenchDatabase(path))).toBe('db_corrupt');
    expect(fileDigest(path)).toBe(before);
  });

  it('refuses a truncated file, without changing it', () => {
    const path = workbenchFile(tempDir());
    const db = new Database(path);
    db.exec("CREATE TABLE filler (x TEXT); INSERT INTO filler SELECT hex(randomblob(500)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) SELECT i FROM n);");
    db.pragma('journal_mode = DELETE');
    db.close();
    const size = statSync(path).size;
    const head = Buffer.alloc(Math.floor(size / 3));
    const truncated = join(tempDir(), 'truncated.sqlite');
    const source = openSync(path, 'r');
    readSync(source, head, 0, head.length, 0);
    closeSync(source);
    writeFileSync(truncated, head);
    const before = fileDigest(truncated);
    expect(problemCode(() => openWorkbenchDatabase(truncated))).toBe('db_corrupt');
    expect(fileDigest(truncated)).toBe(before);
  });

  it("refuses another program's SQLite database", () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    other.close();
    const before = fileDigest(path);
    expect(problemCode(() => openWorkbenchDatabase(path))).toBe('db_not_workbench');
    expect(fileDigest(path)).toBe(before);
  });

  it('refuses a folder, and a file in a folder that does not exist', () => {
    const dir = tempDir();
    expect(problemCode(() => openWorkbenchDatabase(dir))).toBe('db_is_directory');
    expect(problemCode(() => openWorkbenchDatabase(join(dir, 'missing', 'x.sqlite')))).toBe('db_folder_missing');
  });

  it('puts a workspace on an unusable file into the problem state instead of throwing', () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'not a database');
    const workspace = new Workspace(path);
    expect(workspace.status()).toMatchObject({ status: 'problem', problem: { code: 'db_not_sqlite' } });
  });

  it('does not create a file for a workspace until a committee is set up', () => {
    const path = join(tempDir(), 'later.sqlite');
    const workspace = new Workspace(path);
    expect(workspace.status()).toEqual({ status: 'setup', path });
    expect(() => statSync(path)).toThrow();
  });
});
