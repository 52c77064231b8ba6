import type Database from 'better-sqlite3';
import { figureRules } from '../domain/figure-rules';
import { measures, targetMeasures, type Measure } from '../domain/measures';
import { textRules } from '../domain/text-rules';
import { rowFields } from '../db/row-fields';

export type StoredFigureProblem = { table: 'quarterly_figure' | 'target' | 'service'; id: string; column: string; value: string };

/**
 * Figures and service names in a database that the workbench's rules would refuse (see figureRules and
 * textRules): a file to be restored is checked with this, so that nothing comes back by a restore that
 * could not come in by an import or a form. At most `limit` are listed; older backups are checked for the
 * tables and columns they have.
 */
export function storedFigureProblems(db: Database.Database, limit = 5): StoredFigureProblem[] {
  const problems: StoredFigureProblem[] = [];
  // An older backup may lack a table or a column; what it has is checked.
  const present = (table: string) => new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table).map(String));
  const check = (table: 'quarterly_figure' | 'target', measuresOf: readonly Measure[]) => {
    const has = present(table);
    const columns = measuresOf.filter((measure) => has.has(measure));
    if (!has.has('id') || columns.length === 0) return;
    for (const row of db.prepare(`SELECT id, ${columns.join(', ')} FROM ${table}`).iterate()) {
      const fields = rowFields(row);
      for (const measure of columns) {
        const value = fields.get(measure);
        if (value === null || value === undefined) continue;
        if (typeof value === 'number' && figureRules.problem(measure, value) === null) continue;
        problems.push({ table, id: String(fields.get('id')), column: measure, value: typeof value === 'number' || typeof value === 'string' ? String(value) : typeof value });
        if (problems.length >= limit) return;
      }
    }
  };
  check('quarterly_figure', measures);
  if (problems.length < limit) check('target', targetMeasures);
  if (problems.length < limit && present('service').has('name')) {
    for (const row of db.prepare('SELECT id, name FROM service').iterate()) {
      const fields = rowFields(row);
      const name = String(fields.get('name'));
      if (name.length > textRules.maxNameLength || textRules.hasControlInName(name)) problems.push({ table: 'service', id: String(fields.get('id')), column: 'name', value: textRules.quoted(name) });
      if (problems.length >= limit) break;
    }
  }
  return problems;
}
