import type Database from 'better-sqlite3';
import { rowFields, text } from '../db/row-fields';
import { nowIso } from '../domain/now-iso';
import { notAudited } from './not-audited';

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
    const insert = (action: string, recordId: string, oldValues: string, newValues: string) =>
      `INSERT INTO audit_log (table_name, record_id, action, old_values, new_values, changed_at, changed_by) VALUES ('${table}', ${recordId}, '${action}', ${oldValues}, ${newValues}, workbench_now(), ${who});`;
    // An anonymous feedback entry and its links keep their history apart (anonymous_history): with the day
    // of each change and its place in the entry's own history, but no member, no time of day and no place
    // in the committee's trail, whose neighbours would show who was at the keyboard.
    const anonymousEntry: Record<string, (row: 'NEW' | 'OLD') => string> = {
      feedback: (row) => `${row}.contributor_kind = 'anonymous'`,
      feedback_link: (row) => `(SELECT contributor_kind FROM main.feedback WHERE id = ${row}.feedback_id) = 'anonymous'`,
    };
    const condition = anonymousEntry[table];
    const apart = (action: string, recordId: string, oldValues: string, newValues: string) =>
      `INSERT INTO main.anonymous_history (id, table_name, record_id, version, action, old_values, new_values, changed_on)
       VALUES (lower(hex(randomblob(16))), '${table}', ${recordId},
               coalesce((SELECT max(version) FROM main.anonymous_history WHERE table_name = '${table}' AND record_id = ${recordId}), 0) + 1,
               '${action}', ${oldValues}, ${newValues}, substr(workbench_now(), 1, 10));`;
    const when = (row: 'NEW' | 'OLD', anonymous: boolean) => (condition === undefined ? '' : `WHEN ${anonymous ? '' : 'NOT '}(${condition(row)})`);
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`audit_${table}_insert`)} AFTER INSERT ON main.${quoted(table)} ${when('NEW', false)} BEGIN ${insert('insert', key('NEW'), 'NULL', 'NULL')} END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`audit_${table}_update`)} AFTER UPDATE ON main.${quoted(table)} ${when('NEW', false)} BEGIN ${insert('update', key('NEW'), values('OLD'), values('NEW'))} END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`audit_${table}_delete`)} AFTER DELETE ON main.${quoted(table)} ${when('OLD', false)} BEGIN ${insert('delete', key('OLD'), values('OLD'), 'NULL')} END;
    `);
    if (condition === undefined) continue;
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`apart_${table}_insert`)} AFTER INSERT ON main.${quoted(table)} ${when('NEW', true)} BEGIN ${apart('insert', key('NEW'), 'NULL', 'NULL')} END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`apart_${table}_update`)} AFTER UPDATE ON main.${quoted(table)} ${when('NEW', true)} BEGIN ${apart('update', key('NEW'), values('OLD'), values('NEW'))} END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(`apart_${table}_delete`)} AFTER DELETE ON main.${quoted(table)} ${when('OLD', true)} BEGIN ${apart('delete', key('OLD'), values('OLD'), 'NULL')} END;
    `);
  }
}
