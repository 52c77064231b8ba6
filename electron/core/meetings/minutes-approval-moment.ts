import type Database from 'better-sqlite3';

/**
 * When a meeting's minutes were approved, to the second, from the audit trail: the moment the minutes
 * are frozen at. Null while they are a draft (or for minutes approved before the trail existed).
 */
export function minutesApprovalMoment(db: Database.Database, meetingId: string): string | null {
  const moment: unknown = db
    .prepare(
      `SELECT changed_at FROM audit_log
       WHERE table_name = 'meeting' AND record_id = ? AND action = 'update'
         AND json_extract(old_values, '$.minutes_approved_on') IS NULL AND json_extract(new_values, '$.minutes_approved_on') IS NOT NULL
       ORDER BY seq DESC LIMIT 1`,
    )
    .pluck()
    .get(meetingId);
  return typeof moment === 'string' ? moment : null;
}
