import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { backupsToKeep } from '../../electron/core/backup/prune-backups';
import { createBackup } from '../../electron/core/backup/create-backup';
import { listBackups } from '../../electron/core/backup/list-backups';
import { describeBackup } from '../../electron/core/backup/describe-backup';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { migrations } from '../../electron/core/db/migrations/migrations';
import { fileDigest } from '../helpers/file-digest';
import { fixturePath } from '../helpers/fixture';
import { tempDir } from '../helpers/temp-dir';
import { apiFor } from '../helpers/api-for';

function memberNames(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT name FROM member ORDER BY name').pluck().all().map(String);
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('writes a checked copy with the online backup API and lists it with its reason', async () => {
    const dir = tempDir();
    const path = join(dir, 'demo.sqlite');
    expect((await runCli(['demo', path])).exitCode).toBe(0);
    const db = openWorkbenchDatabase(path);
    const backup = await createBackup(db, path, 'manual', new Date('2026-11-25T10:00:00Z'));
    db.close();
    expect(backup.fileName).toBe('20261125T100000Z-manual.sqlite');
    expect(listBackups(path).map((entry) => [entry.reason, entry.createdAt])).toEqual([['manual', '2026-11-25T10:00:00.000Z']]);
    expect(describeBackup(backup.path)).toMatchObject({ committee: 'Lipová Regional IPS Steering Committee (demo)', counts: { member: 9, service: 3 } });
    expect((await runCli(['check', backup.path])).stdout).toBe('ok');
  });

  it('saves the database as it was before an upgrade changes its schema', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = new Database(path);
    old.exec(migrations[0]?.sql ?? '');
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO committee (id, name, region, language, created_at, updated_at) VALUES ('c', 'Old committee', 'Region', 'cs', 'x', 'x')").run();
    old.close();
    openWorkbenchDatabase(path).close();
    const [backup] = listBackups(path);
    expect(backup?.reason).toBe('migration');
    const copy = new Database(backup?.path ?? '', { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT name FROM committee').pluck().get()).toBe('Old committee');
    copy.close();
    openWorkbenchDatabase(path).close();
    expect(listBackups(path)).toHaveLength(1);
  });

  it('keeps the three newest of the last day, one a day for 30 days and one a month for 12 months', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000).toISOString();
    const lastDay = [1, 2, 3, 4, 5].map(hoursAgo);
    const daily = [30, 31, 54, 78].map(hoursAgo);
    const monthly = ['2026-09-10T08:00:00.000Z', '2026-09-02T08:00:00.000Z', '2026-05-01T08:00:00.000Z', '2025-11-01T08:00:00.000Z', '2024-01-01T08:00:00.000Z'];
    const keep = backupsToKeep([...lastDay, ...daily, ...monthly], now);
    expect([...lastDay].filter((iso) => keep.has(iso))).toEqual(lastDay.slice(0, 3));
    expect(keep.has(daily[0] ?? '')).toBe(true);
    expect(keep.has(daily[1] ?? '')).toBe(false);
    expect(keep.has(daily[2] ?? '')).toBe(true);
    expect(keep.has('2026-09-10T08:00:00.000Z')).toBe(true);
    expect(keep.has('2026-09-02T08:00:00.000Z')).toBe(false);
    expect(keep.has('2026-05-01T08:00:00.000Z')).toBe(true);
    expect(keep.has('2024-01-01T08:00:00.000Z')).toBe(false);
  });

  it('restores a backup from the command line, after backing up the state it replaces', async () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    await runCli(['init', path, '--committee', 'Výbor', '--region', 'Kraj']);
    const copy = join(dir, 'before.sqlite');
    expect(await runCli(['backup', path, '--out', copy])).toMatchObject({ exitCode: 0 });
    const db = openWorkbenchDatabase(path);
    db.prepare("INSERT INTO member (id, name, role, active_from, created_at, updated_at) VALUES ('m1', 'Added later', 'member', '2026-01-01', 'x', 'x')").run();
    db.close();
    const restored = await runCli(['restore', path, '--from', copy]);
    expect(restored.exitCode).toBe(0);
    expect(memberNames(path)).toEqual([]);
    const safety = listBackups(path).find((backup) => backup.reason === 'restore');
    expect(safety).toBeDefined();
    expect(memberNames(safety?.path ?? '')).toEqual(['Added later']);
    expect((await runCli(['check', path])).stdout).toBe('ok');
  });

  it('refuses to restore a file that is not a workbench backup, and changes nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    await runCli(['demo', path]);
    const before = fileDigest(path);
    const bogus = join(dir, 'notes.sqlite');
    writeFileSync(bogus, 'not a database');
    const result = await runCli(['restore', path, '--from', bogus]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/not a workbench database|not a sound workbench backup/);
    expect(fileDigest(path)).toBe(before);
    expect(existsSync(join(dir, 'committee.sqlite.backups'))).toBe(false);
  });

  it('backs up before an import that stores something, and not before one that fails', async () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    await runCli(['init', path, '--committee', 'Výbor', '--region', 'Kraj']);
    expect((await runCli(['import', path, fixturePath('quarterly-broken.csv')])).exitCode).toBe(1);
    expect(listBackups(path)).toEqual([]);
    expect((await runCli(['import', path, fixturePath('quarterly-en-utf8-bom.csv')])).exitCode).toBe(0);
    expect(listBackups(path).map((backup) => backup.reason)).toEqual(['import']);
  });
});

describe('recovering a damaged file', () => {
  it('restores one of its backups and keeps the damaged file beside it, renamed', async () => {
    const dir = tempDir();
    const path = join(dir, 'committee.sqlite');
    await runCli(['demo', path]);
    const db = openWorkbenchDatabase(path);
    await createBackup(db, path, 'manual');
    db.close();
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x41), 0, 4096, 4096);
    closeSync(fd);
    const damaged = fileDigest(path);

    const api = apiFor(path);
    expect((await api.call('getWorkspace', {})).status).toBe('problem');
    const [backup] = await api.call('listBackups', {});
    const view = await api.call('restoreBackup', { path: backup?.path ?? '' });
    expect(view).toMatchObject({ status: 'ready', committee: { name: 'Lipová Regional IPS Steering Committee (demo)' } });
    const kept = readdirSync(dir).find((name) => name.startsWith('committee.sqlite.unusable-'));
    expect(kept).toBeDefined();
    expect(fileDigest(join(dir, kept ?? ''))).toBe(damaged);
  });
});
