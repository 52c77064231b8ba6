import { targetMeasures, type TargetMeasure } from '../domain/measures';
import { serviceNameKey } from '../domain/service-name-key';
import type { ImportIssue } from './import-issue';
import { cellIssue } from './cell-issue';
import { checkServiceName } from './check-service-name';
import { readFigureCell } from './read-figure-cell';
import type { ImportTable } from './read-import-table';
import type { Validated } from './validate-quarterly';

/** A year's targets for one service, or for the whole committee when the service is blank. */
export type TargetRecord = {
  rowNumber: number;
  serviceName: string | null;
  serviceKey: string | null;
  year: number;
  values: Record<TargetMeasure, number | null>;
};

export function validateTargets(table: ImportTable, file: string): Validated<TargetRecord> {
  const errors: ImportIssue[] = [];
  const records: TargetRecord[] = [];
  const firstRowOf = new Map<string, number>();
  const serviceColumn = table.columns.find((column) => column.key === 'service');
  const yearColumn = table.columns.find((column) => column.key === 'year');

  for (const row of table.dataRows) {
    const serviceName = serviceColumn === undefined ? '' : String(row.cells[serviceColumn.index] ?? '').trim();
    const yearText = yearColumn === undefined ? '' : String(row.cells[yearColumn.index] ?? '').trim();
    const issue = (column: string, value: string, code: string, params: Record<string, string | number> = {}): ImportIssue => cellIssue(file, row.rowNumber, column, value, code, params);
    let valid = true;
    // A blank service is the committee's own target; a named one is held to the service form's rules.
    const nameProblem = serviceName === '' ? null : checkServiceName(serviceName);
    if (nameProblem !== null) {
      errors.push(issue(serviceColumn?.header ?? 'service', serviceName, nameProblem.code, nameProblem.params));
      valid = false;
    }
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) {
      errors.push(issue(yearColumn?.header ?? 'year', yearText, 'year_unknown'));
      valid = false;
    }
    const values: Record<TargetMeasure, number | null> = { referrals: null, engaged: null, job_starts: null, sustained_13w: null };
    for (const measure of targetMeasures) {
      const column = table.columns.find((candidate) => candidate.key === measure);
      if (column === undefined) continue;
      const raw = row.cells[column.index] ?? '';
      const reading = readFigureCell(measure, raw);
      if (reading.ok) values[measure] = reading.value;
      else {
        errors.push(issue(measure, String(raw), reading.code, reading.params));
        valid = false;
      }
    }
    if (!valid) continue;
    const serviceKey = serviceName === '' ? null : serviceNameKey(serviceName);
    const key = `${serviceKey ?? ''}|${String(year)}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      errors.push(issue(serviceColumn?.header ?? 'service', serviceName, 'duplicate_target', { year, first }));
      continue;
    }
    firstRowOf.set(key, row.rowNumber);
    records.push({ rowNumber: row.rowNumber, serviceName: serviceName === '' ? null : serviceName, serviceKey, year, values });
  }
  return { records, errors, warnings: [] };
}
