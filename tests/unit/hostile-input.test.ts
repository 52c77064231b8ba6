import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../electron/core/api/contract';
import { csvCell } from '../../electron/core/export/csv-cell';
import { importFiles } from '../../electron/core/import/import-files';
import { apiFor } from '../helpers/api-for';
import { committeeDb } from '../helpers/committee-db';
import { fileDigest } from '../helpers/file-digest';
import { tempDir } from '../helpers/temp-dir';

function counts(db: ReturnType<typeof committeeDb>['db']) {
  return ['quarterly_figure', 'service', 'target', 'import_batch'].map((table) => Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()));
}

const header = fc.constantFrom('service;quarter;referrals;served;worked', 'service,quarter,engaged,job_starts', 'Služba;Čtvrtletí;Doporučení', 'item,score,note', 'x;y;z', '');
const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2026-Q1', 'Q2 2026', '12', '-3', '6,5', '1 020', '=HYPERLINK("http://x")', '"', '\r\n', 'Hradec Králové'));
const csv = fc.tuple(header, fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }), fc.constantFrom(';', ',', '\t')).map(([head, rows, delimiter]) => `${head}\r\n${rows.map((row) => row.join(delimiter)).join('\r\n')}`);

describe('hostile input', () => {
  it('the import parser never crashes and never stores part of a file', () => {
    const { db } = committeeDb();
    fc.assert(
      fc.property(fc.oneof(csv.map((text) => new TextEncoder().encode(text)), fc.uint8Array({ maxLength: 2000 })), (bytes) => {
        const before = counts(db);
        const result = importFiles(db, [{ fileName: 'random.csv', bytes, options: {} }], { dryRun: false, actor: null, currentQuarter: '2026-Q4' });
        const after = counts(db);
        if (!result.stored) expect(after).toEqual(before);
        else expect(after[3]).toBe((before[3] ?? 0) + 1);
        for (const file of result.files) for (const issue of file.errors) expect(typeof issue.code).toBe('string');
      }),
      { numRuns: 150 },
    );
  });

  it('every contract method answers random input with a result or a clear error, never a crash', async () => {
    // Every method is given anything, the file ones too: none takes a path from the page any more (backups go
    // by id, other files through the host's dialog, which this browser-mode host has not got), so random input
    // cannot write files wherever it points. Only the temporary folder may change.
    const dir = tempDir();
    const api = apiFor(join(dir, 'fuzz.sqlite'));
    await api.call('createDemoCommittee', { language: 'en' });
    for (const method of methodNames) {
      await fc.assert(
        fc.asyncProperty(fc.anything(), async (input) => {
          const response = await api.raw(method, input);
          expect(typeof response.ok).toBe('boolean');
          if (!response.ok) expect(response.error.code, `${method}: ${JSON.stringify(response.error)}`).not.toBe('internal');
        }),
        { numRuns: 25 },
      );
    }
    expect(readdirSync(dir).filter((name) => !name.startsWith('fuzz.sqlite'))).toEqual([]);
  });

  it('no file method can be pointed at a file by the page, whatever path or id it sends', async () => {
    const dir = tempDir();
    const path = join(dir, 'fuzz.sqlite');
    const api = apiFor(path);
    await api.call('createDemoCommittee', { language: 'en' });
    await api.call('backUpNow', {});
    const victim = join(dir, 'victim.sqlite');
    const victimApi = apiFor(victim);
    await victimApi.call('createDemoCommittee', { language: 'cs' });
    victimApi.context.workspace.close();
    const before = fileDigest(victim);
    const pathLike = fc.constantFrom(victim, 'victim.sqlite', '../victim.sqlite', `fuzz.sqlite.backups/../victim.sqlite`, '../../etc/passwd', '/etc/passwd', '..', '.', '', 'C:\\Windows\\win.ini', `${victim}\0.sqlite`);
    const fileMethods = ['openDatabase', 'describeBackup', 'downloadBackup', 'backUpNow', 'backUpToFile', 'restoreBackup', 'restoreFromFile'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fileMethods), fc.record({ path: pathLike, backupId: pathLike, purpose: fc.constantFrom('open', 'create') }, { requiredKeys: [] }), async (method, input) => {
        const response = await api.raw(method, input);
        if (!response.ok) expect(['validation', 'backup_unknown'], `${method} ${JSON.stringify(input)}: ${JSON.stringify(response.error)}`).toContain(response.error.code);
        expect(api.context.workspace.path).toBe(path);
      }),
      { numRuns: 200 },
    );
    expect(fileDigest(victim)).toBe(before);
    expect((await api.call('getWorkspace', {})).committee?.name).toBe('Lipová Regional IPS Steering Committee (demo)');
  });

  it('CSV cells the workbench writes cannot run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")', ';')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell('+420 123', ',')).toBe("'+420 123");
    expect(csvCell('-1', ',')).toBe("'-1");
    expect(csvCell('@SUM(A1)', ',')).toBe("'@SUM(A1)");
    expect(csvCell('Hradec Králové; sever', ';')).toBe('"Hradec Králové; sever"');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = csvCell(text, ',');
        expect(written.startsWith('"') ? written.slice(1) : written).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
