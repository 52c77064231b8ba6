import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { checkDatabase } from '../../electron/core/db/check-database';
import { measures } from '../../electron/core/domain/measures';
import { addQuarters } from '../../electron/core/domain/quarter';
import { tempDir } from '../helpers/temp-dir';
import { docxParts } from '../helpers/docx-parts';
import { apiFor } from '../helpers/api-for';
import { storageFailure } from '../../electron/core/db/storage-failure';

const services = 250;
const quarters = 80;

function largeCsv(path: string): void {
  const lines = [['service', 'quarter', ...measures].join(';')];
  for (let s = 0; s < services; s += 1) {
    for (let q = 0; q < quarters; q += 1) lines.push([`Služba ${String(s)}`, addQuarters('2026-Q2', -q), 9, 7, 30, 12, 3, 2, 1, 0, 1, 1, '1,5'].join(';'));
  }
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
}

/** Runs a CLI command and kills its whole process group with SIGKILL after `afterMs`; resolves when it is gone. */
function runAndKill(args: string[], afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/tsx', ['electron/cli/main.ts', ...args], { detached: true, stdio: 'ignore' });
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // It finished before the kill: that is one of the outcomes being tested.
      }
    }, afterMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('crash safety', () => {
  it('leaves a sound database with the import wholly present or wholly absent, wherever the process is killed', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.sqlite');
    expect((await runCli(['init', empty, '--committee', 'Výbor', '--region', 'Kraj'])).exitCode).toBe(0);
    const csv = join(dir, 'large.csv');
    largeCsv(csv);
    const outcomes = new Set<string>();
    // Kill points spread from tool start-up, through parsing and the backup, into the write and past it.
    for (const [index, afterMs] of [150, 400, 700, 1000, 1300, 1600, 1900, 2200, 2600, 3200, 4500, 8000].entries()) {
      const db = join(dir, `run-${String(index)}.sqlite`);
      // The closed, checkpointed empty database is copied as a file only to give each run the same start.
      copyFileSync(empty, db);
      await runAndKill(['import', db, csv], afterMs);
      expect(checkDatabase(db), `killed after ${String(afterMs)} ms`).toEqual({ ok: true });
      const file = new Database(db, { readonly: true });
      const figures = Number(file.prepare('SELECT count(*) FROM quarterly_figure').pluck().get());
      const batches = Number(file.prepare('SELECT count(*) FROM import_batch').pluck().get());
      const serviceCount = Number(file.prepare('SELECT count(*) FROM service').pluck().get());
      file.close();
      const outcome = figures === 0 && batches === 0 && serviceCount === 0 ? 'absent' : figures === services * quarters && batches === 1 && serviceCount === services ? 'present' : `partial: ${String(figures)} figures, ${String(batches)} batches, ${String(serviceCount)} services`;
      expect(outcome, `killed after ${String(afterMs)} ms`).not.toMatch(/^partial/);
      outcomes.add(outcome);
    }
    // Both outcomes occurred, so the kills really landed before and after the commit.
    expect([...outcomes].sort()).toEqual(['absent', 'present']);
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
  it('leaves a sound database and either no report file or a whole one, wherever the process is killed', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const demo = join(dir, 'demo.sqlite');
    expect((await runCli(['demo', demo, '--lang', 'cs'])).exitCode).toBe(0);
    const outcomes = new Set<string>();
    for (const [index, afterMs] of [200, 500, 800, 1100, 1400, 1700, 2000, 2400, 3000, 6000].entries()) {
      const db = join(dir, `run-${String(index)}.sqlite`);
      copyFileSync(demo, db);
      const out = join(dir, `report-${String(index)}.docx`);
      await runAndKill(['report', db, '--period', '2026-H1', '--out', out], afterMs);
      expect(checkDatabase(db), `killed after ${String(afterMs)} ms`).toEqual({ ok: true });
      const file = new Database(db, { readonly: true });
      const exported = Number(file.prepare('SELECT count(*) FROM report WHERE last_exported_at IS NOT NULL').pluck().get());
      file.close();
      if (existsSync(out)) {
        // A file under the asked-for name is always a whole Word document.
        expect(docxParts(readFileSync(out)).text('/word/document.xml')).toContain('</w:body>');
        outcomes.add('written');
      } else {
        expect(exported, `killed after ${String(afterMs)} ms`).toBe(0);
        outcomes.add('absent');
      }
    }
    expect([...outcomes].sort()).toEqual(['absent', 'written']);
  });
});
