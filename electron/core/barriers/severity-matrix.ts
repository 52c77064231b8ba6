import type Database from 'better-sqlite3';
import { rowFields } from '../db/row-fields';

export type SeverityMatrix = { reviewDates: string[]; rows: { barrierId: string; severities: (number | null)[] }[] };

/** Severity by barrier and review date, for the heat map and its table: every register barrier, every review date. */
export function severityMatrix(db: Database.Database): SeverityMatrix {
  const dates = db
    .prepare('SELECT DISTINCT a.review_date FROM barrier_assessment a JOIN barrier b ON b.id = a.barrier_id WHERE b.archived_at IS NULL ORDER BY a.review_date')
    .pluck()
    .all()
    .map(String);
  const barrierIds = db.prepare('SELECT id FROM barrier WHERE archived_at IS NULL ORDER BY created_at').pluck().all().map(String);
  const severity = new Map<string, number>();
  for (const row of db.prepare('SELECT barrier_id, review_date, severity FROM barrier_assessment').all()) {
    const fields = rowFields(row);
    severity.set(`${String(fields.get('barrier_id'))}|${String(fields.get('review_date'))}`, Number(fields.get('severity')));
  }
  return { reviewDates: dates, rows: barrierIds.map((barrierId) => ({ barrierId, severities: dates.map((date) => severity.get(`${barrierId}|${date}`) ?? null) })) };
}
