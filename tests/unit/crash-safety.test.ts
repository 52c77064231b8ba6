import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { backupFolder } from '../../electron/core/backup/backup-folder';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { checkDatabase } from '../../electron/core/db/check-database';
import { measures } from '../../electron/core/domain/measures';
import { addQuarters } from '../../electron/core/domain/quarter';
import { tempDir } from '../helpers/temp-dir';
import { committeeDb } from '../helpers/committee-db';
import { syncServerForTests } from '../helpers/sync-server-for-tests';
import { shareCommittee } from '../../electron/core/sync/share-committee';
import { docxParts } from '../helpers/docx-parts';
import { apiFor } from '../helpers/api-for';
import { storageFailure } from '../../electron/core/db/storage-failure';

const services = 20;
const quarters = 20;

function quarterlyCsv(path: string): void {
  const lines = [['service', 'quarter', ...measures].join(';')];
  for (let s = 0; s < services; s += 1) {
    for (let q = 0; q < quarters; q += 1) lines.push([`Služba ${String(s)}`, addQuarters('2026-Q2', -q), 9, 7, 30, 12, 3, 2, 1, 0, 1, 1, '1,5'].join(';'));
  }
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
}

/**
 * Runs a CLI command that stops at a named point (WORKBENCH_STOP_AT, see electron/core/testing/stop-point)
 * and kills its whole process group with SIGKILL the moment it says it is there; no clocks involved.
 * Fails when the command ends without reaching the point, so a renamed point cannot pass silently.
 */
function runAndKillAt(args: string[], point: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['electron/cli/main.ts', ...args], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WORKBENCH_STOP_AT: point },
    });
    let output = '';
    let killed = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!killed && output.includes(`stopped at ${point}\n`) && child.pid !== undefined) {
        killed = true;
        process.kill(-child.pid, 'SIGKILL');
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', () => (killed ? resolve() : reject(new Error(`${args[0] ?? ''} ended without reaching ${point}:\n${output}`))));
  });
}

function countRows(path: string, sql: string): number {
  const file = new Database(path, { readonly: true });
  try {
    return Number(file.prepare(sql).pluck().get());
  } finally {
    file.close();
  }
}

describe('crash safety', () => {
  // Each point the import passes, with what a kill there must leave: the import wholly absent or wholly present.
  const importPoints = [
    ['import:checked', 'absent'],
    ['backup:copied', 'absent'],
    ['import:backed-up', 'absent'],
    ['import:rows-written', 'absent'],
    ['import:committed', 'present'],
  ] as const;

  it.each(importPoints)('leaves a sound database when the import is killed at %s: the import is %s', async (point, expected) => {
    const dir = tempDir();
    const db = join(dir, 'committee.sqlite');
    expect((await runCli(['init', db, '--committee', 'Výbor', '--region', 'Kraj'])).exitCode).toBe(0);
    const csv = join(dir, 'quarterly.csv');
    quarterlyCsv(csv);
    await runAndKillAt(['import', db, csv], point);
    expect(checkDatabase(db)).toEqual({ ok: true });
    const figures = countRows(db, 'SELECT count(*) FROM quarterly_figure');
    const batches = countRows(db, 'SELECT count(*) FROM import_batch');
    const serviceCount = countRows(db, 'SELECT count(*) FROM service');
    const outcome =
      figures === 0 && batches === 0 && serviceCount === 0
        ? 'absent'
        : figures === services * quarters && batches === 1 && serviceCount === services
          ? 'present'
          : `partial: ${String(figures)} figures, ${String(batches)} batches, ${String(serviceCount)} services`;
    expect(outcome).toBe(expected);
    // A backup killed while it was being copied never gets a backup's name; the next backup clears it away.
    const backups = existsSync(backupFolder(db)) ? readdirSync(backupFolder(db)) : [];
    expect(backups.filter((name) => name.endsWith('.sqlite'))).toHaveLength(point === 'import:checked' || point === 'backup:copied' ? 0 : 1);
  });
});

describe('crash safety of a shared committee', () => {
  it('writes a change and the update that shares it in one transaction: killed before the commit, neither is there', async () => {
    const server = await syncServerForTests();
    try {
      const owner = committeeDb();
      await shareCommittee(owner.db, owner.path, server.url);
      owner.db.close();
      const updates = countRows(owner.path, 'SELECT count(*) FROM sync_update');
      const csv = join(tempDir(), 'quarterly.csv');
      quarterlyCsv(csv);
      await runAndKillAt(['import', owner.path, csv], 'sync:update-stored');
      expect(checkDatabase(owner.path)).toEqual({ ok: true });
      expect(countRows(owner.path, 'SELECT count(*) FROM quarterly_figure')).toBe(0);
      expect(countRows(owner.path, 'SELECT count(*) FROM sync_update')).toBe(updates);
      expect(countRows(owner.path, 'SELECT count(*) FROM sync_outbox')).toBe(0);
      // Not killed: the figures and the updates that carry them, waiting to be shared. (The killed import's lock
      // is removed, as its message tells the user to.)
      rmSync(`${owner.path}.lock`);
      const again = await runCli(['import', owner.path, csv]);
      expect(again.stderr).toBe('');
      expect(again.exitCode).toBe(0);
      expect(countRows(owner.path, 'SELECT count(*) FROM quarterly_figure')).toBe(services * quarters);
      expect(countRows(owner.path, 'SELECT count(*) FROM sync_update WHERE shared = 0')).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
});

describe('a full disk', () => {
  it('turns a failed write into a clear message and leaves the records as they were', async () => {
    const api = apiFor(join(tempDir(), 'full.sqlite'));
    await api.call('createDemoCommittee', { language: 'en' });
    const before = (await api.call('listMembers', {})).length;
    // SQLite reports a full disk when the database may not grow: cap it at its current size.
    const db = api.context.workspace.db();
    db.pragma(`max_page_count = ${String(db.pragma('page_count', { simple: true }))}`);
    const filler = 'x'.repeat(190);
    let response;
    for (let attempt = 0; attempt < 200; attempt += 1) {
      response = await api.raw('addMember', { name: `${filler}${String(attempt)}`, organisation: filler, role: 'member', activeFrom: '2026-01-01', activeTo: null });
      if (!response.ok) break;
    }
    expect(response).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    db.pragma('max_page_count = 1073741823');
    expect(checkDatabase(api.context.workspace.path)).toEqual({ ok: true });
    expect((await api.call('listMembers', {})).length).toBeGreaterThanOrEqual(before);
  });
});

describe('disk failures from the file system', () => {
  it('are put in words too: a full disk, an I/O error, a read-only file system', () => {
    const failure = (code: string) => Object.assign(new Error(code), { code });
    expect(storageFailure(failure('ENOSPC'))?.code).toBe('disk_full');
    expect(storageFailure(failure('SQLITE_FULL'))?.code).toBe('disk_full');
    expect(storageFailure(failure('EIO'))?.code).toBe('disk_error');
    expect(storageFailure(failure('SQLITE_IOERR_WRITE'))?.params).toEqual({ detail: 'SQLITE_IOERR_WRITE' });
    expect(storageFailure(failure('EROFS'))?.code).toBe('db_became_read_only');
    expect(storageFailure(failure('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFailure('not an error')).toBeNull();
  });
});

describe('crash safety of the report export', () => {
  // Each point the export passes: before the file is in place there is neither a file nor a record of it.
  const reportPoints = [
    ['report:document-made', 'absent'],
    ['file:half-written', 'absent'],
    ['file:in-place', 'written'],
    ['report:recording', 'written'],
    ['report:recorded', 'written and recorded'],
  ] as const;

  it.each(reportPoints)('leaves a sound database when the report export is killed at %s: the file is %s', async (point, expected) => {
    const dir = tempDir();
    const db = join(dir, 'demo.sqlite');
    expect((await runCli(['demo', db, '--lang', 'cs'])).exitCode).toBe(0);
    const out = join(dir, 'report.docx');
    await runAndKillAt(['report', db, '--period', '2026-H1', '--out', out], point);
    expect(checkDatabase(db)).toEqual({ ok: true });
    const recorded = countRows(db, 'SELECT count(*) FROM report WHERE last_exported_at IS NOT NULL') > 0;
    let outcome = 'absent';
    if (existsSync(out)) {
      // A file under the asked-for name is always a whole Word document.
      expect(docxParts(readFileSync(out)).text('/word/document.xml')).toContain('</w:body>');
      outcome = recorded ? 'written and recorded' : 'written';
    } else {
      expect(recorded).toBe(false);
    }
    expect(outcome).toBe(expected);
  });
});
