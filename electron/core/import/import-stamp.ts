import type Database from 'better-sqlite3';

/**
 * Where the committee's records stand: every change to services, figures, targets and remembered
 * column mappings adds to the audit trail, so an unchanged stamp means a plan made against the records
 * still holds for them.
 */
export function importStamp(db: Database.Database): number {
  return Number(db.prepare('SELECT coalesce(max(seq), 0) FROM audit_log').pluck().get());
}
