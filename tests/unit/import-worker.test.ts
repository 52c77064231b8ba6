import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder } from '../../electron/core/backup/backup-folder';
import { exportDatabase } from '../../electron/core/export/export-database';
import type { ImportFile } from '../../electron/core/import/plan-import';
import { runImport } from '../../electron/core/import/run-import';
import { setFigure } from '../../electron/core/quarterly/set-figure';
import { apiFor, type TestApi } from '../helpers/api-for';
import { hostileFiles } from '../helpers/hostile-files';
import { tempDir } from '../helpers/temp-dir';

const header = 'service;quarter;referrals;engaged;served;worked;job_starts;sustained_13w;in_education;sheltered;ended_employed;ended_unemployed;es_fte';
const upload = (file: ImportFile) => ({ fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64'), options: file.options });
const small = upload({ fileName: 'q1.csv', bytes: new TextEncoder().encode(`${header}\r\nHradec Králové;2026-Q1;12;9;40;16;4;2;1;0;1;1;1,5\r\n`), options: {} });

async function committee(): Promise<{ api: TestApi; path: string }> {
  const path = join(tempDir(), 'committee.sqlite');
  const api = apiFor(path);
  await api.call('setUpCommittee', { name: 'Výbor', region: 'Kraj', language: 'cs' });
  return { api, path };
}

const backups = (path: string) => (existsSync(backupFolder(path)) ? readdirSync(backupFolder(path)) : []);

/** Settles with the error's code instead of throwing, so the order of settling can be recorded. */
async function outcome<T>(promise: Promise<T>): Promise<T | string> {
  try {
    return await promise;
  } catch (error) {
    return error instanceof Error ? error.message.split(' ')[0] ?? '' : String(error);
  }
}

describe('files are read in a worker', () => {
  it('answers other requests at once while a 14 MB file is being read', async () => {
    const { api } = await committee();
    const order: string[] = [];
    const big = upload(hostileFiles.manyRows(199_000));
    const reading = api.call('previewImport', { files: [big] }).then((result) => {
      order.push('preview');
      return result;
    });
    await api.call('getWorkspace', {});
    order.push('workspace');
    await api.call('listImports', {});
    order.push('imports');
    const preview = await reading;
    expect(order).toEqual(['workspace', 'imports', 'preview']);
    expect(preview.files[0]).toMatchObject({ rowsRead: 199_000, errors: [] });
  });

  it('stops reading when the page cancels, and imports nothing', async () => {
    const { api, path } = await committee();
    const before = JSON.stringify(exportDatabase(api.context.workspace.db()).tables);
    const importing = outcome(api.call('commitImport', { files: [upload(hostileFiles.manyRows(100_000))], requestId: 'reading-1' }));
    expect(await api.call('cancelImport', { requestId: 'reading-1' })).toEqual({ cancelled: true });
    expect(await importing).toBe('import_cancelled');
    expect(JSON.stringify(exportDatabase(api.context.workspace.db()).tables)).toBe(before);
    expect(backups(path)).toEqual([]);
    // Nothing is left running under that name, and the next reading works.
    expect(await api.call('cancelImport', { requestId: 'reading-1' })).toEqual({ cancelled: false });
    expect((await api.call('commitImport', { files: [small] })).stored).toBe(true);
  });

  it('plans again under the write lock when the records changed while the worker read them', async () => {
    const { api } = await committee();
    const [service] = await api.call('addService', { name: 'Hradec Králové', provider: '', startDate: '2020-01-01' });
    if (service === undefined) throw new Error('no service');
    // A hand edit lands after the worker read the records: the figure the file would add now exists.
    const handEdit = () => setFigure(api.context.workspace.db(), { serviceId: service.id, quarter: '2026-Q1', measure: 'referrals', value: 3 }, null);
    const result = await runImport(api.context, [small], true, undefined, handEdit);
    expect(result.stored).toBe(true);
    expect(result.files[0]).toMatchObject({ added: 0, replaced: 1 });
    expect(await api.call('getFigureDetails', { serviceId: service.id, quarter: '2026-Q1' })).toMatchObject({ values: { referrals: 12 } });
  });

  it('removes the backup it made when the import then fails', async () => {
    const { api, path } = await committee();
    const logged: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const importing = outcome(api.call('commitImport', { files: [small] }));
      // Something goes wrong as the import is stored (here its table is gone).
      api.context.workspace.db().exec('DROP TABLE import_replaced_row; DROP TABLE import_batch');
      expect(await importing).toBe('internal');
    } finally {
      console.error = log;
    }
    expect(logged).toHaveLength(1);
    expect(backups(path)).toEqual([]);
  });
});
