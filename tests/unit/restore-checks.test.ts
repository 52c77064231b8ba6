import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { errorMessage } from '../../electron/cli/error-message';
import { Workspace } from '../../electron/core/api/workspace';
import { createBackup } from '../../electron/core/backup/create-backup';
import { describeBackup } from '../../electron/core/backup/describe-backup';
import { listBackups } from '../../electron/core/backup/list-backups';
import { backupFolder } from '../../electron/core/backup/backup-folder';
import { latestSchemaVersion } from '../../electron/core/db/migrations/migrations';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { fileDigest } from '../helpers/file-digest';
import { previousVersionFile } from '../helpers/previous-version-file';
import { tempDir } from '../helpers/temp-dir';
import { userErrorOf, userErrorOfAsync } from '../helpers/user-error-of';

const demoCommittee = 'Lipová Regional IPS Steering Committee (demo)';

function query(path: string, sql: string): unknown {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).pluck().get();
  } finally {
    db.close();
  }
}

/** A real backup of the demo committee, changed afterwards by `sql` as some other program might. */
async function alteredBackup(dir: string, name: string, sql: string): Promise<string> {
  const source = join(dir, 'source.sqlite');
  if (!existsSync(source)) expect((await runCli(['demo', source])).exitCode).toBe(0);
  const file = join(dir, name);
  expect((await runCli(['backup', source, '--out', file])).exitCode).toBe(0);
  const db = new Database(file);
  db.exec(sql);
  db.close();
  return file;
}

/** A file for the previous version of the workbench, with a committee and one member in it. */
function olderFile(path: string, committee: string): void {
  const older = previousVersionFile(path);
  older.prepare("INSERT INTO committee (id, name, region, language, created_at, updated_at) VALUES ('c', ?, 'Kraj', 'cs', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')").run(committee);
  older.prepare("INSERT INTO member (id, name, role, active_from, created_at, updated_at) VALUES ('m1', 'Jana Stará', 'member', '2026-01-01', 'x', 'x')").run();
  older.pragma('wal_checkpoint(TRUNCATE)');
  older.close();
}

type Case = { label: string; make: (dir: string) => Promise<string> | string; code: string; says: RegExp };

const refused: Case[] = [
  {
    label: 'a file that claims the current schema version but has no tables',
    make: (dir) => {
      const path = join(dir, 'claims.sqlite');
      const db = new Database(path);
      db.pragma(`user_version = ${String(latestSchemaVersion)}`);
      db.close();
      return path;
    },
    code: 'backup_not_workbench',
    says: /is not a workbench database/,
  },
  { label: 'a backup with a table of another program added', make: (dir) => alteredBackup(dir, 'extra.sqlite', 'CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)'), code: 'backup_not_workbench', says: /is not a workbench database/ },
  { label: 'a backup with one of its tables gone', make: (dir) => alteredBackup(dir, 'dropped.sqlite', 'DROP TABLE preference'), code: 'backup_not_workbench', says: /is not a workbench database/ },
  { label: 'a backup with a column added', make: (dir) => alteredBackup(dir, 'column.sqlite', 'ALTER TABLE member ADD COLUMN salary INTEGER'), code: 'backup_not_workbench', says: /is not a workbench database/ },
  { label: 'a backup whose audit trail is no longer append-only', make: (dir) => alteredBackup(dir, 'trigger.sqlite', 'DROP TRIGGER audit_log_no_update'), code: 'backup_not_workbench', says: /is not a workbench database/ },
  {
    label: "another program's SQLite database",
    make: (dir) => {
      const path = join(dir, 'invoices.sqlite');
      const db = new Database(path);
      db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
      db.close();
      return path;
    },
    code: 'backup_not_workbench',
    says: /is not a workbench database/,
  },
  {
    label: 'a file that is not a database',
    make: (dir) => {
      const path = join(dir, 'minutes.sqlite');
      writeFileSync(path, 'Minutes of the meeting of 3 March');
      return path;
    },
    code: 'backup_invalid',
    says: /is not a sound workbench backup/,
  },
  { label: 'a file that does not exist', make: (dir) => join(dir, 'nowhere.sqlite'), code: 'backup_invalid', says: /is not a sound workbench backup/ },
  {
    label: 'a damaged backup',
    make: async (dir) => {
      const path = await alteredBackup(dir, 'damaged.sqlite', 'PRAGMA journal_mode = DELETE');
      const fd = openSync(path, 'r+');
      writeSync(fd, Buffer.alloc(4096, 0x41), 0, 4096, 4096);
      closeSync(fd);
      return path;
    },
    code: 'backup_damaged',
    says: /is damaged: SQLite's checks found errors in it/,
  },
  {
    label: 'a backup whose records point to records it does not have',
    make: (dir) => alteredBackup(dir, 'orphans.sqlite', "PRAGMA foreign_keys = OFF; UPDATE member SET created_by = 'someone-deleted' WHERE role = 'chair'"),
    code: 'backup_damaged',
    says: /is damaged/,
  },
  {
    label: 'a backup holding a figure no import or form would take',
    make: (dir) => alteredBackup(dir, 'figures.sqlite', 'UPDATE quarterly_figure SET referrals = 2000000 WHERE rowid = (SELECT min(rowid) FROM quarterly_figure)'),
    code: 'backup_figures_invalid',
    says: /holds a value the workbench would refuse \("2000000" in quarterly_figure, column referrals\)/,
  },
  {
    label: 'a backup holding a service name with a control character',
    make: (dir) => alteredBackup(dir, 'names.sqlite', "UPDATE service SET name = 'Hradec' || char(0) || 'Králové' WHERE rowid = (SELECT min(rowid) FROM service)"),
    code: 'backup_figures_invalid',
    says: /"HradecU\+0000Králové" in service, column name/,
  },
  {
    label: 'a backup from a newer version of the workbench',
    make: (dir) => alteredBackup(dir, 'newer.sqlite', `PRAGMA user_version = ${String(latestSchemaVersion + 1)}`),
    code: 'backup_newer_version',
    says: /was made by a newer version of the workbench .*Update the workbench to its latest version/,
  },
];

describe('restoring refuses what is not the workbench’s own', () => {
  it.each(refused)('refuses $label, in the app, before describing it and on the command line, changing nothing', async ({ make, code, says }) => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    expect((await runCli(['demo', path])).exitCode).toBe(0);
    const backup = await make(dir);

    // Described before a restore: refused with the message the restore gives.
    const described = userErrorOf(() => describeBackup(backup));
    expect(described.code).toBe(code);
    expect(errorMessage(described)).toMatch(says);
    expect(errorMessage(described)).toContain(backup);

    // In the app: the open file stays open, as it was, and no safety backup is made.
    const workspace = new Workspace(path);
    const before = fileDigest(path);
    const inApp = await userErrorOfAsync(() => workspace.restoreFrom(backup));
    expect({ code: inApp.code, params: inApp.params }).toEqual({ code: described.code, params: described.params });
    expect(fileDigest(path)).toBe(before);
    expect(workspace.status().status).toBe('ready');
    expect(workspace.db().prepare('SELECT name FROM committee').pluck().get()).toBe(demoCommittee);
    workspace.close();
    expect(existsSync(backupFolder(path))).toBe(false);

    // On the command line: the same message, exit status 1, nothing written.
    const closed = fileDigest(path);
    const result = await runCli(['restore', path, '--from', backup]);
    expect(result).toEqual({ exitCode: 1, stdout: '', stderr: errorMessage(described) });
    expect(fileDigest(path)).toBe(closed);
    expect(existsSync(backupFolder(path))).toBe(false);
  });

  it('refuses a file that is unusable itself without setting the open one aside', async () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    expect((await runCli(['demo', path])).exitCode).toBe(0);
    // The committee's file is damaged, so the app shows the recovery screen; the chosen "backup" is no backup.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x41), 0, 4096, 4096);
    closeSync(fd);
    const damaged = fileDigest(path);
    const workspace = new Workspace(path);
    expect(workspace.status()).toMatchObject({ status: 'problem', problem: { code: 'db_corrupt' } });
    const claims = join(dir, 'claims.sqlite');
    const db = new Database(claims);
    db.pragma(`user_version = ${String(latestSchemaVersion)}`);
    db.close();
    expect((await userErrorOfAsync(() => workspace.restoreFrom(claims))).code).toBe('backup_not_workbench');
    expect(fileDigest(path)).toBe(damaged);
    expect(readdirSync(dir).filter((name) => name.includes('unusable'))).toEqual([]);
    workspace.close();
  });

  it('says in `check` that a file claiming the current version without its tables is not sound', async () => {
    const path = join(tempDir(), 'claims.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${String(latestSchemaVersion)}`);
    db.close();
    const result = await runCli(['check', path]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('schema: table committee is missing');
  });
});

describe('restoring takes the workbench’s own backups, older ones too', () => {
  it('restores a backup the previous version made and upgrades it exactly as opening it would', async () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    expect((await runCli(['demo', path])).exitCode).toBe(0);
    const older = join(dir, 'older.sqlite');
    olderFile(older, 'Výbor z loňska');
    expect(describeBackup(older)).toMatchObject({ committee: 'Výbor z loňska', schemaVersion: latestSchemaVersion - 1, counts: { member: 1 } });

    const workspace = new Workspace(path);
    const safety = await workspace.restoreFrom(older);
    expect(safety?.reason).toBe('restore');
    expect(workspace.status().status).toBe('ready');
    const db = workspace.db();
    expect(db.prepare('SELECT name FROM committee').pluck().get()).toBe('Výbor z loňska');
    expect(db.prepare('SELECT name FROM member').pluck().all()).toEqual(['Jana Stará']);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    workspace.close();
    // The upgrade made its own backup first, of the file as restored, just as on opening an older file.
    const reasons = listBackups(path).map((entry) => entry.reason);
    expect(reasons.sort()).toEqual(['migration', 'restore']);
    const upgradeBackup = listBackups(path).find((entry) => entry.reason === 'migration');
    expect(query(upgradeBackup?.path ?? '', 'PRAGMA user_version')).toBe(latestSchemaVersion - 1);
    expect(query(upgradeBackup?.path ?? '', 'SELECT name FROM committee')).toBe('Výbor z loňska');
    expect((await runCli(['check', path])).stdout).toBe('ok');
  });

  it("restores the app's own pre-upgrade backup from the command line", async () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    olderFile(path, 'Výbor');
    openWorkbenchDatabase(path).close();
    const [upgradeBackup] = listBackups(path);
    expect(upgradeBackup?.reason).toBe('migration');
    // Work done after the upgrade, which the restore then takes back.
    expect((await runCli(['import', path, 'tests/fixtures/quarterly-en-utf8-bom.csv'])).exitCode).toBe(0);
    expect(query(path, 'SELECT count(*) FROM quarterly_figure')).not.toBe(0);

    const restored = await runCli(['restore', path, '--from', upgradeBackup?.path ?? '']);
    expect(restored).toMatchObject({ exitCode: 0, stderr: '' });
    expect(query(path, 'SELECT count(*) FROM quarterly_figure')).toBe(0);
    expect(query(path, 'SELECT name FROM member')).toBe('Jana Stará');
    expect(query(path, 'PRAGMA user_version')).toBe(latestSchemaVersion);
    expect((await runCli(['check', path])).stdout).toBe('ok');
  });
});

describe('backup names', () => {
  it('never collide, even for backups made in the same millisecond, and sort by time', async () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    expect((await runCli(['demo', path])).exitCode).toBe(0);
    const db = openWorkbenchDatabase(path);
    const now = new Date();
    const made = await Promise.all([createBackup(db, path, 'import', now), createBackup(db, path, 'import', now), createBackup(db, path, 'import', now)]);
    const later = await createBackup(db, path, 'manual', new Date(now.getTime() + 1));
    db.close();
    const names = made.map((backup) => backup.fileName);
    expect(new Set(names).size).toBe(3);
    for (const name of [...names, later.fileName]) expect(name).toMatch(/^\d{8}T\d{6}\.\d{3}Z-(import|manual)-[0-9a-f]{6}\.sqlite$/);
    // Four within the last day: the rule keeps the three newest, the later one among them.
    const listed = listBackups(path);
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatchObject({ fileName: later.fileName, reason: 'manual', createdAt: new Date(now.getTime() + 1).toISOString() });
    for (const name of names) expect(name < later.fileName).toBe(true);
    for (const backup of listed) expect(describeBackup(backup.path).committee).toBe(demoCommittee);
  });

  it('lists and prunes the second-named backups of earlier versions beside the new ones', async () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    expect((await runCli(['demo', path])).exitCode).toBe(0);
    const db = openWorkbenchDatabase(path);
    const template = await createBackup(db, path, 'manual', new Date('2026-09-20T08:00:00.000Z'));
    const folder = backupFolder(path);
    // Two backups of one month in the names of earlier versions: only the newer of them is kept.
    copyFileSync(template.path, join(folder, '20260905T101500Z-import.sqlite'));
    copyFileSync(template.path, join(folder, '20260902T090000Z-periodic.sqlite'));
    expect(listBackups(path).map((backup) => [backup.createdAt, backup.reason])).toEqual([
      ['2026-09-20T08:00:00.000Z', 'manual'],
      ['2026-09-05T10:15:00.000Z', 'import'],
      ['2026-09-02T09:00:00.000Z', 'periodic'],
    ]);
    await createBackup(db, path, 'manual', new Date('2026-11-25T12:00:00.000Z'));
    db.close();
    expect(listBackups(path).map((backup) => backup.createdAt)).toEqual(['2026-11-25T12:00:00.000Z', '2026-09-20T08:00:00.000Z']);
  });
});
