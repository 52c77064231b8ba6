import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../electron/core/import/import-files';
import { undoLastImport } from '../../electron/core/import/undo-last-import';
import { listImports } from '../../electron/core/import/list-imports';
import { setFigure } from '../../electron/core/quarterly/set-figure';
import { figureDetails } from '../../electron/core/quarterly/figure-details';
import { formatIssue } from '../../electron/cli/format-issue';
import { UserError } from '../../electron/core/api/user-error';
import type { ImportFile } from '../../electron/core/import/plan-import';
import { committeeDb } from '../helpers/committee-db';
import { fixture, textFile } from '../helpers/fixture';
import { languages } from '../../electron/core/domain/languages';
import { localQuarterlyCsv } from '../helpers/local-quarterly-file';

const currentQuarter = '2026-Q4';

function run(db: Database.Database, files: ImportFile[], dryRun = false) {
  return importFiles(db, files, { dryRun, actor: null, currentQuarter });
}

function figure(db: Database.Database, service: string, quarter: string): Record<string, unknown> | undefined {
  const row: unknown = db
    .prepare('SELECT f.* FROM quarterly_figure f JOIN service s ON s.id = f.service_id WHERE s.name = ? AND f.quarter = ?')
    .get(service, quarter);
  return row === undefined ? undefined : Object.fromEntries(Object.entries(row as object));
}

function counts(db: Database.Database) {
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  return { figures: count('quarterly_figure'), services: count('service'), targets: count('target'), batches: count('import_batch'), changes: count('figure_change') };
}

describe('importing quarterly figures', () => {
  it.each(languages)('reads a file filled in from the %s template, with that language’s quarter and decimal sign', (language) => {
    const { db } = committeeDb();
    const result = run(db, [textFile(`ips-${language}.csv`, localQuarterlyCsv(language, 'IPS Nord'))]);
    expect(result.files[0]?.errors ?? [], language).toEqual([]);
    expect(result.stored, language).toBe(true);
    expect(figure(db, 'IPS Nord', '2026-Q1'), language).toMatchObject({ referrals: 12, served: 30, es_fte: 1.5 });
  });

  it('reads a Czech Windows-1250 export with title rows, decimal commas and thousands separators', () => {
    const { db } = committeeDb();
    const result = run(db, [fixture('quarterly-cs-windows1250.csv')]);
    expect(result.stored).toBe(true);
    const [preview] = result.files;
    expect(preview).toMatchObject({ kind: 'quarterly', headerRow: 4, rowsRead: 5, added: 5, encoding: { detected: 'windows-1250' }, delimiter: ';' });
    expect(preview?.servicesToCreate).toEqual(['Hradec Králové', 'Náchod', 'Jičín']);
    expect(figure(db, 'Hradec Králové', '2026-Q2')).toMatchObject({ referrals: 14, served: 38, es_fte: 1.5, sheltered: 1 });
    expect(figure(db, 'Náchod', '2026-Q2')).toMatchObject({ served: 1020 });
    expect(figure(db, 'Náchod', '2026-Q1')).toMatchObject({ in_education: null, sheltered: 0 });
    expect(figure(db, 'Jičín', '2026-Q1')).toMatchObject({ sustained_13w: null, es_fte: 0.8 });
    expect(preview?.warnings.map(formatIssue)).toEqual(['quarterly-cs-windows1250.csv, row 8, served: 1020 is more than three times, or less than a third of, 19 in 2026-Q1']);
  });

  it('matches service names regardless of case and spaces, and keeps a missing column as not reported', () => {
    const { db } = committeeDb();
    run(db, [fixture('quarterly-cs-windows1250.csv')]);
    const result = run(db, [fixture('quarterly-en-utf8-bom.csv')]);
    expect(result.files[0]?.servicesToCreate).toEqual(['Trutnov']);
    expect(db.prepare("SELECT count(*) FROM service WHERE name_key = 'hradec králové'").pluck().get()).toBe(1);
    expect(figure(db, 'Hradec Králové', '2026-Q3')).toMatchObject({ referrals: 13, sheltered: null, es_fte: 1.5 });
  });

  it('reads XLSX numbers stored as numbers or text, and finds the sheet that holds the table', () => {
    const { db } = committeeDb();
    expect(run(db, [fixture('quarterly-first-sheet.xlsx')]).stored).toBe(true);
    expect(figure(db, 'Náchod', '2026-Q1')).toMatchObject({ referrals: 7, engaged: 5, served: 19, es_fte: 1 });
    const second = run(db, [fixture('quarterly-second-sheet.xlsx')]);
    expect(second.files[0]).toMatchObject({ sheet: 'Data', sheetNames: ['Poznámky', 'Data'], headerRow: 3, added: 2 });
    const forced = run(db, [fixture('quarterly-second-sheet.xlsx', { sheet: 'Poznámky' })], true);
    expect(forced.files[0]?.errors.map((error) => error.code)).toEqual(['no_header']);
  });

  it('points out every mistake with row, column, value and reason, and stores nothing', () => {
    const { db } = committeeDb();
    const before = counts(db);
    const result = run(db, [fixture('quarterly-broken.csv')]);
    expect(result.stored).toBe(false);
    expect(result.files[0]?.errors.map(formatIssue)).toEqual([
      'quarterly-broken.csv, row 3, job_starts: "12a" is not a whole number',
      'quarterly-broken.csv, row 4, referrals: "-3" is negative; counts cannot be below zero',
      'quarterly-broken.csv, row 5, engaged: "6,5" is a fraction; counts are whole numbers',
      'quarterly-broken.csv, row 6, quarter: "2026-Q5" is not a quarter; write it as 2026-Q1, 2026 Q1, Q1 2026, Q1/2026 or 1Q2026',
      'quarterly-broken.csv, row 7, service: 2026-Q1 for this service already appears in row 2',
      'quarterly-broken.csv, row 8, worked: 12 people working is more than the 9 people served',
      'quarterly-broken.csv, row 9, ended_employed: 11 people who left is more than the 9 people served',
    ]);
    expect(counts(db)).toEqual(before);
  });

  it('stores nothing from any file when one of several files has an error', () => {
    const { db } = committeeDb();
    const before = counts(db);
    const result = run(db, [fixture('quarterly-en-utf8-bom.csv'), fixture('quarterly-broken.csv')]);
    expect(result.stored).toBe(false);
    expect(result.files[0]?.errors).toEqual([]);
    expect(counts(db)).toEqual(before);
  });

  it('warns about a quarter that has not ended, without refusing it', () => {
    const { db } = committeeDb();
    const result = run(db, [textFile('future.csv', 'service,quarter,referrals\nNáchod,2027-Q2,4\n')]);
    expect(result.stored).toBe(true);
    expect(result.files[0]?.warnings.map((warning) => warning.code)).toEqual(['future_quarter']);
  });

  it('replaces a re-imported quarter, shows old and new values first, and records what changed', () => {
    const { db } = committeeDb();
    run(db, [fixture('quarterly-en-utf8-bom.csv')]);
    const corrected = textFile('corrected.csv', 'service,quarter,referrals,engaged,served,worked\nNáchod,2026-Q3,10,7,22,9\n');
    const preview = run(db, [corrected], true);
    expect(preview.files[0]).toMatchObject({ added: 0, replaced: 1 });
    expect(preview.files[0]?.replacedItems[0]?.changes).toEqual(
      expect.arrayContaining([
        { measure: 'referrals', old: 9, new: 10 },
        { measure: 'worked', old: 8, new: 9 },
        { measure: 'job_starts', old: 3, new: null },
      ]),
    );
    expect(figure(db, 'Náchod', '2026-Q3')).toMatchObject({ referrals: 9 });
    run(db, [corrected]);
    expect(figure(db, 'Náchod', '2026-Q3')).toMatchObject({ referrals: 10, job_starts: null });
    const changes = db.prepare("SELECT measure, old_value, new_value FROM figure_change WHERE source = 'import' ORDER BY measure").all();
    expect(changes).toContainEqual({ measure: 'referrals', old_value: 9, new_value: 10 });
  });

  it('imports files chosen together as one import, undone together', () => {
    const { db } = committeeDb();
    run(db, [fixture('quarterly-en-utf8-bom.csv')]);
    const afterFirst = counts(db);
    const result = run(db, [textFile('q3.csv', 'service,quarter,referrals\nNáchod,2026-Q3,10\n'), textFile('q4.csv', 'service,quarter,referrals\nBroumov,2026-Q4,3\n')]);
    expect(result.stored).toBe(true);
    const history = listImports(db);
    expect(history.map((record) => [record.fileName, record.canUndo])).toEqual([
      ['q4.csv', true],
      ['q3.csv', true],
      ['quarterly-en-utf8-bom.csv', false],
    ]);
    expect(history[0]?.group).toBe(history[1]?.group);
    expect(history[2]?.group).not.toBe(history[0]?.group);
    expect(undoLastImport(db, null).fileNames).toEqual(['q3.csv', 'q4.csv']);
    expect({ ...counts(db), batches: afterFirst.batches, changes: afterFirst.changes }).toEqual(afterFirst);
    expect(listImports(db).map((record) => [record.fileName, record.undoneAt === null, record.canUndo])).toEqual([
      ['q4.csv', false, false],
      ['q3.csv', false, false],
      ['quarterly-en-utf8-bom.csv', true, true],
    ]);
  });

  it('says a file changes nothing when every row is stored as it is, and does not record it as an import', () => {
    const { db } = committeeDb();
    run(db, [fixture('quarterly-en-utf8-bom.csv')]);
    const before = counts(db);
    const again = run(db, [fixture('quarterly-en-utf8-bom.csv')]);
    expect(again.stored).toBe(false);
    expect(again.files[0]).toMatchObject({ added: 0, replaced: 0, changesNothing: true, errors: [] });
    expect(counts(db)).toEqual(before);
    // With a file that changes something, the unchanged one is left out of the import, not recorded.
    const mixed = run(db, [fixture('quarterly-en-utf8-bom.csv'), textFile('new.csv', 'service,quarter,referrals\nBroumov,2026-Q4,3\n')]);
    expect(mixed.stored).toBe(true);
    expect(listImports(db).map((record) => record.fileName)).toEqual(['new.csv', 'quarterly-en-utf8-bom.csv']);
  });

  it('lists every row to be added with its values, and every replaced value old and new', () => {
    const { db } = committeeDb();
    run(db, [textFile('first.csv', 'service,quarter,referrals,served\nNáchod,2026-Q3,9,20\n')]);
    const preview = run(db, [textFile('second.csv', 'service,quarter,referrals,served\nNáchod,2026-Q3,10,20\nBroumov,2026-Q3,3,\n')], true).files[0];
    expect(preview?.addedItems.map((item) => [item.service, item.period, item.values.referrals, item.values.served])).toEqual([['Broumov', '2026-Q3', 3, null]]);
    expect(preview?.replacedItems).toEqual([{ service: 'Náchod', period: '2026-Q3', changes: [{ measure: 'referrals', old: 9, new: 10 }] }]);
  });

  it('undoes the last import: replaced values come back, added rows and services go', () => {
    const { db } = committeeDb();
    run(db, [fixture('quarterly-en-utf8-bom.csv')]);
    const afterFirst = counts(db);
    run(db, [textFile('second.csv', 'service,quarter,referrals\nNáchod,2026-Q3,10\nBroumov,2026-Q3,3\n')]);
    expect(figure(db, 'Náchod', '2026-Q3')).toMatchObject({ referrals: 10, engaged: null });
    expect(undoLastImport(db, null).fileNames).toEqual(['second.csv']);
    expect(figure(db, 'Náchod', '2026-Q3')).toMatchObject({ referrals: 9, engaged: 7 });
    expect(figure(db, 'Broumov', '2026-Q3')).toBeUndefined();
    expect(db.prepare("SELECT count(*) FROM service WHERE name = 'Broumov'").pluck().get()).toBe(0);
    expect({ ...counts(db), batches: afterFirst.batches, changes: afterFirst.changes }).toEqual(afterFirst);
    const history = listImports(db);
    expect(history.map((record) => [record.fileName, record.undoneAt === null, record.canUndo])).toEqual([
      ['second.csv', false, false],
      ['quarterly-en-utf8-bom.csv', true, true],
    ]);
  });

  it('refuses to undo an import whose figures were edited by hand afterwards', () => {
    const { db, coordinatorId } = committeeDb();
    run(db, [fixture('quarterly-en-utf8-bom.csv')]);
    const serviceId = String(db.prepare("SELECT id FROM service WHERE name = 'Náchod'").pluck().get());
    setFigure(db, { serviceId, quarter: '2026-Q3', measure: 'referrals', value: 11 }, coordinatorId);
    expect(() => undoLastImport(db, null)).toThrow(UserError);
    expect(figure(db, 'Náchod', '2026-Q3')).toMatchObject({ referrals: 11 });
  });

  it('tells for each figure whether it came from an import or a hand edit', () => {
    const { db, coordinatorId } = committeeDb();
    run(db, [fixture('quarterly-en-utf8-bom.csv')]);
    const serviceId = String(db.prepare("SELECT id FROM service WHERE name = 'Náchod'").pluck().get());
    setFigure(db, { serviceId, quarter: '2026-Q3', measure: 'served', value: 23 }, coordinatorId);
    const details = figureDetails(db, serviceId, '2026-Q3');
    expect(details?.sources.referrals).toMatchObject({ kind: 'import', fileName: 'quarterly-en-utf8-bom.csv' });
    expect(details?.sources.referrals.kind === 'import' ? details.sources.referrals.sha256 : '').toMatch(/^[0-9a-f]{64}$/);
    expect(details?.sources.served).toMatchObject({ kind: 'manual', by: 'Petra Malá' });
    expect(details?.values.served).toBe(23);
  });

  it('holds hand edits to the same rules as an import', () => {
    const { db, coordinatorId } = committeeDb();
    run(db, [fixture('quarterly-en-utf8-bom.csv')]);
    const serviceId = String(db.prepare("SELECT id FROM service WHERE name = 'Náchod'").pluck().get());
    const edit = (measure: 'worked' | 'referrals', value: number) => () => setFigure(db, { serviceId, quarter: '2026-Q3', measure, value }, coordinatorId);
    expect(edit('worked', 40)).toThrow(/figure_worked_over_served/);
    expect(edit('referrals', 2.5)).toThrow(/figure_fraction/);
    expect(figure(db, 'Náchod', '2026-Q3')).toMatchObject({ worked: 8, referrals: 9 });
  });

  it('imports targets for the committee (service left blank) and per service', () => {
    const { db } = committeeDb();
    run(db, [fixture('targets-cs.csv')]);
    const targets = db.prepare('SELECT service_id IS NULL AS committee, year, referrals, sustained_13w FROM target ORDER BY service_id IS NOT NULL').all();
    expect(targets).toEqual([
      { committee: 1, year: 2026, referrals: 350, sustained_13w: 99 },
      { committee: 0, year: 2026, referrals: 120, sustained_13w: 32 },
    ]);
  });

  it('lets the user map an unknown layout, and remembers the mapping for the next file like it', () => {
    const { db } = committeeDb();
    const first = run(db, [fixture('quarterly-other-layout.csv')], true);
    expect(first.files[0]).toMatchObject({ kind: 'unknown', headerRow: 1 });
    expect(first.files[0]?.errors.map((error) => error.code)).toEqual(['unknown_layout']);
    const mapping = { '0': 'service', '1': 'quarter', '2': 'referrals', '3': 'engaged', '4': 'served', '5': 'worked' } as const;
    expect(run(db, [fixture('quarterly-other-layout.csv', { mapping, headerRow: 1 })]).stored).toBe(true);
    expect(figure(db, 'Náchod', '2026-Q1')).toMatchObject({ referrals: 7, served: 19, worked: 6 });
    const again = run(db, [textFile('next-quarter.csv', 'Team name,Reporting period,New referrals,First appointments,Open cases,In paid work\nNáchod,2026-Q2,8,6,20,7\n')]);
    expect(again.stored).toBe(true);
    expect(figure(db, 'Náchod', '2026-Q2')).toMatchObject({ referrals: 8, worked: 7 });
  });

  it('refuses files over the size limit and files with no rows, with a message', () => {
    const { db } = committeeDb();
    const huge = { fileName: 'huge.csv', bytes: new Uint8Array(21 * 1024 * 1024), options: {} };
    expect(run(db, [huge]).files[0]?.errors.map(formatIssue)).toEqual(['huge.csv: the file is larger than 20 MB; split it into smaller files']);
    expect(run(db, [textFile('empty.csv', '')]).files[0]?.errors.map((error) => error.code)).toEqual(['file_empty']);
    expect(run(db, [textFile('header-only.csv', 'service,quarter,referrals\n')]).files[0]?.errors.map((error) => error.code)).toEqual(['no_rows']);
  });
});
