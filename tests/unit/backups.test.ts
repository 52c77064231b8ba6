import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
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
import { apiFor, type TestApi } from '../helpers/api-for';
import type { FilePurpose } from '../../electron/core/api/host';
import { translate } from '../../electron/shared/translate';

/** A stand-in for the desktop app's host: its "dialog" answers with the paths a test queues (null for Cancel). */
function desktopDialog(api: TestApi) {
  const answers: (string | null)[] = [];
  const asked: FilePurpose[] = [];
  api.context.host = {
    kind: 'desktop',
    pickDatabasePath: (purpose) => {
      asked.push(purpose);
      return Promise.resolve(answers.shift() ?? null);
    },
  };
  return { answers, asked };
}

/** Everything in a folder and what each file holds, to show that a refusal wrote nothing anywhere in it. */
function folderDigest(dir: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    digests[path] = entry.isFile() ? fileDigest(path) : entry.isSymbolicLink() ? 'link' : 'folder';
  }
  return digests;
}

/** A demo committee with one manual backup, a file outside the backup folder, and the API on it. */
async function committeeWithBackup() {
  const dir = tempDir();
  const path = join(dir, 'committee.sqlite');
  await runCli(['demo', path]);
  const db = openWorkbenchDatabase(path);
  const backup = await createBackup(db, path, 'manual', new Date('2026-11-25T10:00:00Z'));
  db.close();
  const outside = join(dir, 'outside.sqlite');
  await runCli(['init', outside, '--committee', 'Someone else', '--region', 'Elsewhere']);
  return { dir, path, backup, outside, api: apiFor(path) };
}

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
    // When and why, in the name; the naming of this version adds milliseconds and a random part.
    expect(backup.fileName).toMatch(/^20261125T100000(\.000)?Z-manual(-[0-9a-f]+)?\.sqlite$/);
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
    const view = await api.call('restoreBackup', { backupId: backup?.fileName ?? '' });
    expect(view).toMatchObject({ status: 'ready', committee: { name: 'Lipová Regional IPS Steering Committee (demo)' } });
    const kept = readdirSync(dir).find((name) => name.startsWith('committee.sqlite.unusable-'));
    expect(kept).toBeDefined();
    expect(fileDigest(join(dir, kept ?? ''))).toBe(damaged);
  });
});

describe('backups chosen by the page', () => {
  it('are named by id, and any id that is not a listed backup is refused with a message and nothing written', async () => {
    const { dir, backup, outside, api } = await committeeWithBackup();
    // A file in the backup folder that is no backup, and a backup-like name that links elsewhere.
    const folder = join(dir, 'committee.sqlite.backups');
    writeFileSync(join(folder, 'notes.sqlite'), 'not a backup');
    symlinkSync(outside, join(folder, '20261126T100000Z-manual.sqlite'));
    const before = folderDigest(dir);
    const passwd = existsSync('/etc/passwd') ? fileDigest('/etc/passwd') : null;

    const ids = ['../../etc/passwd', '/etc/passwd', backup.path, outside, '..', '../committee.sqlite', 'notes.sqlite', '20261126T100000Z-manual.sqlite', '20990101T000000Z-manual.sqlite', `${backup.fileName}/`, `.\\${backup.fileName}`];
    for (const backupId of ids) {
      for (const method of ['describeBackup', 'restoreBackup', 'downloadBackup']) {
        const refused = await api.raw(method, { backupId });
        expect(refused, `${method} ${backupId}`).toEqual({ ok: false, error: { code: 'backup_unknown', params: { backupId }, field: 'backupId' } });
      }
    }
    expect(translate('en', 'errors.backup_unknown', { backupId: '../../etc/passwd' })).toBe(
      '“../../etc/passwd” is not one of this file\'s backups. Choose a backup from the list of backups; in the desktop app, a backup kept elsewhere can be chosen with “Restore from a file…”.',
    );
    expect(translate('cs', 'errors.backup_unknown', { backupId: 'x' })).toContain('Vyberte zálohu ze seznamu záloh');

    // The old way, a path in place of an id, is refused by the contract itself.
    for (const method of ['describeBackup', 'restoreBackup', 'downloadBackup', 'backUpNow']) {
      expect(await api.raw(method, { path: outside }), method).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(await api.raw('backUpNow', { path: join(dir, 'elsewhere.sqlite') })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await api.raw('restoreBackup', { backupId: backup.fileName, path: outside })).toMatchObject({ ok: false, error: { code: 'validation' } });

    expect(folderDigest(dir)).toEqual(before);
    if (passwd !== null) expect(fileDigest('/etc/passwd')).toBe(passwd);
    expect((await api.call('getWorkspace', {})).committee?.name).toBe('Lipová Regional IPS Steering Committee (demo)');
    expect(api.context.workspace.status().status).toBe('ready');
  });

  it('describes, downloads and restores a listed backup by its id', async () => {
    const { path, backup, api } = await committeeWithBackup();
    const [listed] = await api.call('listBackups', {});
    expect(listed?.fileName).toBe(backup.fileName);
    expect(await api.call('describeBackup', { backupId: backup.fileName })).toMatchObject({ counts: { member: 9 } });
    const download = await api.call('downloadBackup', { backupId: backup.fileName });
    expect(download.fileName).toBe(`committee-${backup.fileName}`);
    expect(Buffer.from(download.contentBase64, 'base64').equals(readFileSync(backup.path))).toBe(true);

    const db = openWorkbenchDatabase(path);
    db.prepare("INSERT INTO member (id, name, role, active_from, created_at, updated_at) VALUES ('m1', 'Added later', 'member', '2026-01-01', 'x', 'x')").run();
    db.close();
    const restored = await api.call('restoreBackup', { backupId: backup.fileName });
    expect(restored.safetyBackup).not.toBeNull();
    expect(memberNames(path)).not.toContain('Added later');
  });

  it('back up now writes only into the backup folder, and a backup to a file of the user\'s choosing needs the desktop dialog', async () => {
    const { dir, path, api } = await committeeWithBackup();
    const made = await api.call('backUpNow', {});
    expect(made.path).toBe(join(dir, 'committee.sqlite.backups', made.fileName));

    // The browser mode: no dialog, nothing written anywhere.
    const before = folderDigest(dir);
    expect(await api.call('backUpToFile', {})).toEqual({ supported: false, path: null });
    expect(folderDigest(dir)).toEqual(before);

    const dialog = desktopDialog(api);
    dialog.answers.push(null);
    expect(await api.call('backUpToFile', {})).toEqual({ supported: true, path: null });
    expect(folderDigest(dir)).toEqual(before);

    const chosen = join(dir, 'copy for the chair.sqlite');
    dialog.answers.push(chosen);
    expect(await api.call('backUpToFile', {})).toEqual({ supported: true, path: chosen });
    expect(memberNames(chosen)).toEqual(memberNames(path));

    // Over an existing file, even one the dialog's "replace?" was answered for, nothing is written.
    for (const existing of [path, chosen]) {
      const unchanged = folderDigest(dir);
      dialog.answers.push(existing);
      const refused = await api.raw('backUpToFile', {});
      expect(refused).toEqual({ ok: false, error: { code: 'db_exists', params: { path: existing } } });
      expect(translate('en', 'errors.db_exists', { path: existing })).toContain('Choose another name');
      expect(folderDigest(dir)).toEqual(unchanged);
    }
    expect(dialog.asked).toEqual(['backup', 'backup', 'backup', 'backup']);
  });

  it('restores from a file chosen in the desktop dialog, and refuses the open file itself or a file that is no backup, writing nothing', async () => {
    const { dir, path, outside, api } = await committeeWithBackup();
    const before = folderDigest(dir);
    expect(await api.call('restoreFromFile', {})).toEqual({ supported: false, restored: null });
    const dialog = desktopDialog(api);
    dialog.answers.push(null);
    expect(await api.call('restoreFromFile', {})).toEqual({ supported: true, restored: null });
    expect(folderDigest(dir)).toEqual(before);

    dialog.answers.push(path);
    expect(await api.raw('restoreFromFile', {})).toEqual({ ok: false, error: { code: 'restore_from_open_file', params: { path } } });
    // A link to the open file, or another spelling of its name, is the open file too.
    const link = join(dir, 'link to committee.sqlite');
    symlinkSync(path, link);
    for (const spelling of [link, join(dir, '.', 'committee.sqlite'), join(dir, 'sub', '..', 'committee.sqlite')]) {
      dialog.answers.push(spelling);
      expect(await api.raw('restoreFromFile', {}), spelling).toMatchObject({ ok: false, error: { code: 'restore_from_open_file' } });
    }
    rmSync(link);
    expect(translate('en', 'errors.restore_from_open_file', { path })).toBe(`${path} is the open file itself. Choose a backup of it instead.`);
    expect(folderDigest(dir)).toEqual(before);

    const bogus = join(dir, 'minutes.sqlite');
    writeFileSync(bogus, 'These are the minutes, not a database.');
    const withBogus = folderDigest(dir);
    dialog.answers.push(bogus);
    const notABackup = await api.raw('restoreFromFile', {});
    if (notABackup.ok) throw new Error('a text file was restored');
    // The restore's own checks say what is wrong with the file (backup_invalid, backup_not_workbench…) and what to do.
    expect(notABackup.error.code).toMatch(/^backup_/);
    expect(notABackup.error.params.path).toBe(bogus);
    expect(translate('en', `errors.${notABackup.error.code}`, notABackup.error.params)).toMatch(/^\/.*minutes\.sqlite .*Choose (another|a) backup/);
    expect(folderDigest(dir)).toEqual(withBogus);

    dialog.answers.push(outside);
    const restored = await api.call('restoreFromFile', {});
    expect(restored.restored).toMatchObject({ status: 'ready', committee: { name: 'Someone else' } });
    expect(dialog.asked).toEqual(Array<string>(7).fill('restore'));
    const safety = listBackups(path).find((entry) => entry.reason === 'restore');
    expect(safety?.path).toBe(restored.restored?.safetyBackup);
  });
});
