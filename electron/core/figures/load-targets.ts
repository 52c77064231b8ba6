import type Database from 'better-sqlite3';
import { targetMeasures, type TargetMeasure } from '../domain/measures';
import { numberOrNull, rowFields } from '../db/row-fields';

export type Target = { id: string; year: number; serviceId: string | null } & Record<TargetMeasure, number | null>;

function toTarget(row: unknown): Target {
  const record = rowFields(row);
  const value = (key: string) => numberOrNull(record.get(key));
  const serviceId = record.get('service_id');
  return {
    id: String(record.get('id')),
    year: Number(record.get('year')),
    serviceId: typeof serviceId === 'string' ? serviceId : null,
    referrals: value('referrals'),
    engaged: value('engaged'),
    job_starts: value('job_starts'),
    sustained_13w: value('sustained_13w'),
  };
}

export function loadTargets(db: Database.Database, year?: number): Target[] {
  const columns = `id, year, service_id, ${targetMeasures.join(', ')}`;
  const rows =
    year === undefined
      ? db.prepare(`SELECT ${columns} FROM target ORDER BY year, service_id IS NOT NULL, service_id`).all()
      : db.prepare(`SELECT ${columns} FROM target WHERE year = ? ORDER BY service_id IS NOT NULL, service_id`).all(year);
  return rows.map(toTarget);
}
