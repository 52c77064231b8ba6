import type Database from 'better-sqlite3';
import { rowFields, text } from '../db/row-fields';
import { nowIso } from '../domain/now-iso';

/** Tables whose changes are not records of the committee: the audit trail itself and per-machine settings. */
const notAudited = new Set(['audit_log', 'preference', 'sqlite_sequence']);

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Audit triggers are created as TEMP triggers on each connection, from the live schema, so every table a
 * later migration adds is audited without writing triggers by hand. They read who is working from the
 * file's "working as" preference, the same for the app, the browser mode and the CLI. An insert records
 * no values: they are the record itself, or the old values of its first update, so nothing is lost and
 * a large import is not slowed by writing every row twice.
 */
export function installAuditTriggers(db: Database.Database): void {
  // The trail takes its time from the same clock as the records' created_at and updated_at, so a record
  // and its audit entry always agree on when a change happened.
  db.function('workbench_now', { deterministic: false }, () => nowIso());
  const tables = db
    .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all()
    .map(String)
    .filter((name) => !notAudited.has(name));
  const who = "(SELECT value FROM preference WHERE key = 'current_member_id')";
  for (const table of tables) {
    const columns = db.prepare(`PRAGMA main.table_info(${quoted(table)})`).all().map((row) => rowFields(row));
    const names = columns.map((column) => text(column.get('name')));
    const keyColumns = columns.filter((column) => Number(column.get('pk')) > 0).sort((a, b) => Number(a.get('pk')) - Number(b.get('pk'))).map((column) => text(column.get('name')));
    const key = (row: 'NEW' | 'OLD') => (keyColumns.length === 0 ? `${row}.rowid` : keyColumns.map((name) => `${row}.${quoted(name)}`).join(" || '|' || "));
    const values = (row: 'NEW' | 'OLD') => `json_object(${names.map((name) => `'${name}', ${row}.${quoted(name)}`).join(', ')})`;
    const insert = (action: string, recordId: string, oldValues: string, newValues: string, changedBy = who) =>
      `INSERT INTO audit_log (table_name, record_id, action, old_values, new_values, changed_at, changed_by) VALUES ('${table}', ${recordId}, '${action}', ${oldValues}, ${newValues}, workbench_now(), ${changedBy});`;
    // Nobody who touches an anonymous feedback entry (types it in, corrects it, answers it) is recorded
    // beside it, or the trail would point at a likely author.
    const anonymousEntry: Record<string, (row: 'NEW' | 'OLD') => string> = {
      feedback: (row) => `${row}.contributor_kind = 'anonymous'`,
      feedback_link: (row) => `(SELECT contributor_kind FROM main.feedback WHERE id = ${row}.feedback_id) = 'anonymous'`,
    };
    const condition = anonymousEntry[table];
    const by = (row: 'NEW' | 'OLD') => (condition === undefined ? who : `CASE WHEN ${condition(row)} THEN NULL ELSE ${who} END`);
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`audit_${table}_insert`)} AFTER INSERT ON main.${quoted(table)} BEGIN ${insert('insert', key('NEW'), 'NULL', 'NULL', by('NEW'))} END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`audit_${table}_update`)} AFTER UPDATE ON main.${quoted(table)} BEGIN ${insert('update', key('NEW'), values('OLD'), values('NEW'), by('NEW'))} END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`audit_${table}_delete`)} AFTER DELETE ON main.${quoted(table)} BEGIN ${insert('delete', key('OLD'), values('OLD'), 'NULL', by('OLD'))} END;
    `);
  }
}
