import { countMeasures, emptyMeasures, isMeasure, type Measure } from '../domain/measures';
import { addQuarters, parseQuarter, type Quarter } from '../domain/quarter';
import { serviceNameKey } from '../domain/service-name-key';
import type { ImportIssue } from './import-issue';
import { cellIssue } from './cell-issue';
import { checkServiceName } from './check-service-name';
import { readFigureCell } from './read-figure-cell';
import type { ImportTable } from './read-import-table';

export type QuarterlyRecord = {
  rowNumber: number;
  serviceName: string;
  serviceKey: string;
  quarter: Quarter;
  values: Record<Measure, number | null>;
};

export type Validated<T> = { records: T[]; errors: ImportIssue[]; warnings: ImportIssue[] };

/** The value a service had for a measure in a quarter before this file; null when unknown. */
export type EarlierValue = (serviceKey: string, quarter: Quarter, measure: Measure) => number | null;

const changeFactor = 3;

/** The rules of a quarterly file: numbers that are numbers, one row per service and quarter, totals that add up. */
export function validateQuarterly(table: ImportTable, file: string, currentQuarter: Quarter, earlier: EarlierValue): Validated<QuarterlyRecord> {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const records: QuarterlyRecord[] = [];
  const firstRowOf = new Map<string, number>();
  const byKey = new Map<string, QuarterlyRecord>();
  const column = (key: string) => table.columns.find((candidate) => candidate.key === key);
  const serviceColumn = column('service');
  const quarterColumn = column('quarter');
  const issue = (row: number, columnName: string | null, value: string | null, code: string, params: Record<string, string | number> = {}): ImportIssue =>
    cellIssue(file, row, columnName, value, code, params);

  for (const row of table.dataRows) {
    const cell = (index: number | undefined) => (index === undefined ? '' : (row.cells[index] ?? ''));
    const serviceName = String(cell(serviceColumn?.index)).trim();
    const quarterText = String(cell(quarterColumn?.index)).trim();
    let valid = true;
    const nameProblem = serviceName === '' ? { code: 'service_missing', params: {} } : checkServiceName(serviceName);
    if (nameProblem !== null) {
      errors.push(issue(row.rowNumber, serviceColumn?.header ?? 'service', serviceName, nameProblem.code, nameProblem.params));
      valid = false;
    }
    const quarter = parseQuarter(quarterText);
    if (quarter === null) {
      errors.push(issue(row.rowNumber, quarterColumn?.header ?? 'quarter', quarterText, quarterText === '' ? 'quarter_missing' : 'quarter_unknown'));
      valid = false;
    }
    const values = emptyMeasures();
    for (const columnInfo of table.columns) {
      const measure = columnInfo.key;
      if (measure === null || !isMeasure(measure)) continue;
      const raw = row.cells[columnInfo.index] ?? '';
      const reading = readFigureCell(measure, raw);
      if (reading.ok) values[measure] = reading.value;
      else {
        errors.push(issue(row.rowNumber, measure, String(raw), reading.code, reading.params));
        valid = false;
      }
    }
    if (values.worked !== null && values.served !== null && values.worked > values.served) {
      errors.push(issue(row.rowNumber, 'worked', String(values.worked), 'worked_over_served', { served: values.served }));
      valid = false;
    }
    if (values.served !== null && (values.ended_employed ?? 0) + (values.ended_unemployed ?? 0) > values.served) {
      const ended = (values.ended_employed ?? 0) + (values.ended_unemployed ?? 0);
      errors.push(issue(row.rowNumber, 'ended_employed', String(ended), 'ended_over_served', { ended, served: values.served }));
      valid = false;
    }
    if (!valid || quarter === null) continue;

    const serviceKey = serviceNameKey(serviceName);
    const key = `${serviceKey}|${quarter}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      errors.push(issue(row.rowNumber, serviceColumn?.header ?? 'service', serviceName, 'duplicate_row', { quarter, first }));
      continue;
    }
    firstRowOf.set(key, row.rowNumber);
    const record = { rowNumber: row.rowNumber, serviceName, serviceKey, quarter, values };
    records.push(record);
    byKey.set(key, record);
  }

  for (const record of records) {
    if (record.quarter > currentQuarter) warnings.push(issue(record.rowNumber, 'quarter', record.quarter, 'future_quarter'));
    const previousQuarter = addQuarters(record.quarter, -1);
    const previous = byKey.get(`${record.serviceKey}|${previousQuarter}`);
    for (const measure of countMeasures) {
      const now = record.values[measure];
      const before = previous === undefined ? earlier(record.serviceKey, previousQuarter, measure) : previous.values[measure];
      if (now === null || before === null || before === 0 || now === 0) continue;
      if (now > before * changeFactor || now * changeFactor < before) {
        warnings.push(issue(record.rowNumber, measure, String(now), 'big_change', { previous: before, previousQuarter }));
      }
    }
  }
  return { records, errors, warnings };
}
