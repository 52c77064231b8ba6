import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { measures, targetMeasures } from '../domain/measures';
import type { Quarter } from '../domain/quarter';
import type { ImportIssue } from './import-issue';
import { figureKey, loadExistingRecords, targetKey, type ExistingRecords } from './existing-records';
import { readImportTable, type ColumnMapping, type ImportColumn, type ImportKind, type ImportOptions, type ImportTable } from './read-import-table';
import { validateQuarterly, type QuarterlyRecord } from './validate-quarterly';
import { validateTargets, type TargetRecord } from './validate-targets';
import type { TextEncoding } from '../domain/text-encodings';
import { columnMappingSchema } from './column-mapping-schema';
import { changesSomething } from './changes-something';
import { emptyPreview } from './empty-preview';
import { ImportRefusal } from './import-refusal';

export const importLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 200_000 } as const;

/**
 * How many added and replaced rows a preview lists one by one, with their values: every row of any
 * quarterly file a committee makes; the counts are always complete.
 */
const listedItems = 1000;

export type ImportFile = { fileName: string; bytes: Uint8Array; options: ImportOptions };

export type ValueChange = { measure: string; old: number | null; new: number | null };

export type FilePreview = {
  fileName: string;
  sha256: string;
  sizeBytes: number;
  kind: ImportKind;
  format: 'csv' | 'xlsx' | null;
  /** For a text file: the encoding read in (null when none could be), and the one detected (null when none was). */
  encoding: { used: TextEncoding | null; detected: TextEncoding | null } | null;
  delimiter: string | null;
  sheetNames: string[] | null;
  sheet: string | null;
  headerRow: number | null;
  columns: ImportColumn[];
  layoutKey: string;
  rowsRead: number;
  servicesToCreate: string[];
  added: number;
  replaced: number;
  unchanged: number;
  /** The rows to be added, with every value of the file's columns (null: not reported). */
  addedItems: { service: string; period: string; values: Record<string, number | null> }[];
  replacedItems: { service: string; period: string; changes: ValueChange[] }[];
  /** True for a file read without errors whose every row is already stored as it is. */
  changesNothing: boolean;
  errors: ImportIssue[];
  warnings: ImportIssue[];
};

export type PlannedFile = {
  preview: FilePreview;
  mapping: ColumnMapping | null;
  quarterly: QuarterlyRecord[];
  targets: TargetRecord[];
};

export type ImportPlan = { files: PlannedFile[]; canImport: boolean };

function rememberedMapping(db: Database.Database): (layoutKey: string) => ColumnMapping | null {
  const statement = db.prepare('SELECT mapping FROM import_mapping WHERE layout_key = ?').pluck();
  return (layoutKey) => {
    const stored: unknown = statement.get(layoutKey);
    if (typeof stored !== 'string') return null;
    const parsed = columnMappingSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  };
}

function fileIssue(file: string, code: string, params: Record<string, string | number> = {}): ImportIssue {
  return { file, row: null, column: null, value: null, code, params };
}

function tablePreview(preview: FilePreview, table: ImportTable): FilePreview {
  return {
    ...preview,
    kind: table.kind,
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheetNames: table.sheetNames,
    sheet: table.sheet,
    headerRow: table.headerRow,
    columns: table.columns,
    layoutKey: table.layoutKey,
    rowsRead: table.dataRows.length,
  };
}

/** One row of a file, seen against what is stored: `before` is undefined when nothing is stored for it yet. */
type Comparable = {
  serviceKey: string | null;
  serviceName: string | null;
  period: string;
  values: Readonly<Record<string, number | null>>;
  before: Readonly<Record<string, number | null>> | undefined;
};

/** Counts what the file would add, replace or leave as it is, and which services it would create. */
function compare(preview: FilePreview, rows: readonly Comparable[], fields: readonly string[], existing: ExistingRecords, newServices: Map<string, string>): FilePreview {
  let added = 0;
  let replaced = 0;
  let unchanged = 0;
  const addedItems: FilePreview['addedItems'] = [];
  const replacedItems: FilePreview['replacedItems'] = [];
  const created = new Set<string>();
  for (const row of rows) {
    if (row.serviceKey !== null && row.serviceName !== null && !existing.serviceIdByKey.has(row.serviceKey) && !newServices.has(row.serviceKey)) {
      newServices.set(row.serviceKey, row.serviceName);
      created.add(row.serviceName);
    }
    const service = row.serviceName ?? '';
    const before = row.before;
    if (before === undefined) {
      added += 1;
      if (addedItems.length < listedItems) addedItems.push({ service, period: row.period, values: Object.fromEntries(fields.map((field) => [field, row.values[field] ?? null])) });
      continue;
    }
    const changes = fields.filter((field) => before[field] !== row.values[field]).map((field) => ({ measure: field, old: before[field] ?? null, new: row.values[field] ?? null }));
    if (changes.length === 0) unchanged += 1;
    else {
      replaced += 1;
      if (replacedItems.length < listedItems) replacedItems.push({ service, period: row.period, changes });
    }
  }
  const counted = { ...preview, servicesToCreate: [...created], added, replaced, unchanged, addedItems, replacedItems };
  return { ...counted, changesNothing: !changesSomething(counted) };
}

function compareQuarterly(preview: FilePreview, records: QuarterlyRecord[], existing: ExistingRecords, newServices: Map<string, string>): FilePreview {
  const rows = records.map((record): Comparable => {
    const serviceId = existing.serviceIdByKey.get(record.serviceKey);
    return {
      serviceKey: record.serviceKey,
      serviceName: record.serviceName,
      period: record.quarter,
      values: record.values,
      before: serviceId === undefined ? undefined : existing.figures.get(figureKey(serviceId, record.quarter))?.values,
    };
  });
  return compare(preview, rows, measures, existing, newServices);
}

function compareTargets(preview: FilePreview, records: TargetRecord[], existing: ExistingRecords, newServices: Map<string, string>): FilePreview {
  const rows = records.map((record): Comparable => {
    const serviceId = record.serviceKey === null ? null : existing.serviceIdByKey.get(record.serviceKey);
    return {
      serviceKey: record.serviceKey,
      serviceName: record.serviceName,
      period: String(record.year),
      values: record.values,
      before: serviceId === undefined ? undefined : existing.targets.get(targetKey(serviceId, record.year))?.values,
    };
  });
  return compare(preview, rows, targetMeasures, existing, newServices);
}

/**
 * Reads and checks every file against the database without writing anything: the preview the user
 * sees, and the records that applying the plan will store. Any error in any file blocks all of them,
 * and so does a set of files that changes nothing.
 */
export function planImport(db: Database.Database, files: readonly ImportFile[], currentQuarter: Quarter): ImportPlan {
  const existing = loadExistingRecords(db);
  const mappingFor = rememberedMapping(db);
  const newServices = new Map<string, string>();
  const seen = new Map<string, string>();
  const planned = files.map((file): PlannedFile => {
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    let preview = emptyPreview(file, sha256);
    const blocked = (code: string, params: Record<string, string | number> = {}): PlannedFile => ({
      preview: { ...preview, errors: [fileIssue(file.fileName, code, params)] },
      mapping: null,
      quarterly: [],
      targets: [],
    });
    if (file.bytes.length > importLimits.maxBytes) return blocked('file_too_large', { limitMb: importLimits.maxBytes / 1024 / 1024 });
    if (file.bytes.length === 0) return blocked('file_empty');
    let table: ImportTable;
    try {
      table = readImportTable(file.bytes, file.options, mappingFor);
    } catch (error) {
      if (!(error instanceof ImportRefusal)) return blocked('file_unreadable');
      preview = { ...preview, format: error.encoding === null ? 'xlsx' : 'csv', encoding: error.encoding };
      return blocked(error.code, error.params);
    }
    preview = tablePreview(preview, table);
    if (table.dataRows.length > importLimits.maxRows) return blocked('too_many_rows', { rows: table.dataRows.length, limit: importLimits.maxRows });
    if (table.kind === 'unknown') return blocked(table.headerRow === null ? 'no_header' : 'unknown_layout');
    // A fidelity review belongs to a service and a date, which the file does not say: it is imported on its own.
    if (table.kind === 'fidelity') return blocked('fidelity_file_alone');
    if (table.dataRows.length === 0) return blocked('no_rows');
    const mapping = file.options.mapping ?? null;

    if (table.kind === 'targets') {
      const result = validateTargets(table, file.fileName);
      for (const record of result.records) {
        const key = `target|${record.serviceKey ?? ''}|${String(record.year)}`;
        const other = seen.get(key);
        if (other !== undefined) result.errors.push({ ...fileIssue(file.fileName, 'duplicate_across_files', { other }), row: record.rowNumber });
        else seen.set(key, file.fileName);
      }
      return { preview: { ...compareTargets(preview, result.records, existing, newServices), errors: result.errors, warnings: result.warnings }, mapping, quarterly: [], targets: result.records };
    }

    const earlier = (serviceKey: string, quarter: Quarter, measure: (typeof measures)[number]) => {
      const serviceId = existing.serviceIdByKey.get(serviceKey);
      return serviceId === undefined ? null : (existing.figures.get(figureKey(serviceId, quarter))?.values[measure] ?? null);
    };
    const result = validateQuarterly(table, file.fileName, currentQuarter, earlier);
    for (const record of result.records) {
      const key = `quarter|${record.serviceKey}|${record.quarter}`;
      const other = seen.get(key);
      if (other !== undefined) result.errors.push({ ...fileIssue(file.fileName, 'duplicate_across_files', { other }), row: record.rowNumber });
      else seen.set(key, file.fileName);
    }
    return { preview: { ...compareQuarterly(preview, result.records, existing, newServices), errors: result.errors, warnings: result.warnings }, mapping, quarterly: result.records, targets: [] };
  });
  // Files that only repeat what is stored can be imported with others, but alone they are nothing to import.
  const canImport = planned.length > 0 && planned.every((file) => file.preview.errors.length === 0) && planned.some((file) => changesSomething(file.preview));
  return { files: planned, canImport };
}
