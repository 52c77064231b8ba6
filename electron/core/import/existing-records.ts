import type Database from 'better-sqlite3';
import { emptyMeasures, measures, targetMeasures, type Measure, type TargetMeasure } from '../domain/measures';
import { numberOrNull, rowFields } from '../db/row-fields';

export type ExistingFigure = { id: string; importId: string | null; values: Record<Measure, number | null> };
export type ExistingTarget = { id: string; values: Record<TargetMeasure, number | null> };

export type ExistingRecords = {
  serviceIdByKey: Map<string, string>;
  figures: Map<string, ExistingFigure>;
  targets: Map<string, ExistingTarget>;
};

export function figureKey(serviceId: string, quarter: string): string {
  return `${serviceId}|${quarter}`;
}

export function targetKey(serviceId: string | null, year: number): string {
  return `${serviceId ?? ''}|${String(year)}`;
}

/** What an import is compared with: the services by name and every stored figure and target. */
export function loadExistingRecords(db: Database.Database): ExistingRecords {
  const serviceIdByKey = new Map<string, string>();
  for (const row of db.prepare('SELECT id, name_key FROM service').all()) {
    const record = rowFields(row);
    serviceIdByKey.set(String(record.get('name_key')), String(record.get('id')));
  }
  const figures = new Map<string, ExistingFigure>();
  for (const row of db.prepare(`SELECT id, service_id, quarter, import_id, ${measures.join(', ')} FROM quarterly_figure`).all()) {
    const record = rowFields(row);
    const values = emptyMeasures();
    for (const measure of measures) values[measure] = numberOrNull(record.get(measure));
    const importId = record.get('import_id');
    figures.set(figureKey(String(record.get('service_id')), String(record.get('quarter'))), {
      id: String(record.get('id')),
      importId: typeof importId === 'string' ? importId : null,
      values,
    });
  }
  const targets = new Map<string, ExistingTarget>();
  for (const row of db.prepare(`SELECT id, service_id, year, ${targetMeasures.join(', ')} FROM target`).all()) {
    const record = rowFields(row);
    const serviceId = record.get('service_id');
    targets.set(targetKey(typeof serviceId === 'string' ? serviceId : null, Number(record.get('year'))), {
      id: String(record.get('id')),
      values: {
        referrals: numberOrNull(record.get('referrals')),
        engaged: numberOrNull(record.get('engaged')),
        job_starts: numberOrNull(record.get('job_starts')),
        sustained_13w: numberOrNull(record.get('sustained_13w')),
      },
    });
  }
  return { serviceIdByKey, figures, targets };
}
