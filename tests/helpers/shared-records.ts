import type Database from 'better-sqlite3';
import { exportDatabase } from '../../electron/core/export/export-database';

/**
 * The committee's records as an export shows them, for comparing devices: without what is each device's
 * own (preferences, its audit trail, its anonymous history, its place in the sharing) or `leaveOut`, and with
 * the rows of each table in the order of their content, since each device inserted them as they reached it.
 */
export function sharedRecords(db: Database.Database, leaveOut: readonly string[] = []): Record<string, string[]> {
  const own = new Set(['preference', 'audit_log', 'anonymous_history', 'sync_sharing', ...leaveOut]);
  return Object.fromEntries(
    Object.entries(exportDatabase(db).tables)
      .filter(([name]) => !own.has(name))
      .map(([name, rows]) => [name, rows.map((row) => JSON.stringify(row)).sort()]),
  );
}
