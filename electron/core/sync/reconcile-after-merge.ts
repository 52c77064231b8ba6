import type Database from 'better-sqlite3';
import { rowFields, text } from '../db/row-fields';

/**
 * Rules that span records, checked after every merge before it commits. A record deleted on one device
 * while another device added to it leaves rows pointing at nothing: an optional reference is cleared, a
 * row that cannot exist without its parent goes with it. Every device draws the same consequence from the
 * same merged state, so they agree without telling each other.
 */
export function reconcileAfterMerge(db: Database.Database): void {
  for (let round = 0; round < 20; round += 1) {
    const problems = db.prepare('PRAGMA foreign_key_check').all().map((row) => rowFields(row));
    if (problems.length === 0) return;
    const seen = new Set<string>();
    for (const problem of problems) {
      const table = text(problem.get('table'));
      const fkid = Number(problem.get('fkid'));
      if (seen.has(`${table} ${String(fkid)}`)) continue;
      seen.add(`${table} ${String(fkid)}`);
      const keys = db.prepare(`PRAGMA foreign_key_list("${table}")`).all().map((row) => rowFields(row)).filter((row) => Number(row.get('id')) === fkid);
      const parent = text(keys[0]?.get('table'));
      const from = keys.map((row) => text(row.get('from')));
      const to = keys.map((row, index) => text(row.get('to')) || (index === 0 ? 'id' : ''));
      const missing = `(${from.map((column) => `"${column}"`).join(', ')}) NOT IN (SELECT ${to.map((column) => `"${column}"`).join(', ')} FROM main."${parent}") AND ${from.map((column) => `"${column}" IS NOT NULL`).join(' AND ')}`;
      const required = db.prepare(`PRAGMA table_info("${table}")`).all().map((row) => rowFields(row)).some((row) => from.includes(text(row.get('name'))) && Number(row.get('notnull')) === 1);
      if (required) db.prepare(`DELETE FROM main."${table}" WHERE ${missing}`).run();
      else db.prepare(`UPDATE main."${table}" SET ${from.map((column) => `"${column}" = NULL`).join(', ')} WHERE ${missing}`).run();
    }
  }
}
