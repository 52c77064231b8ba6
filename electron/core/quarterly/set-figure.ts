import type Database from 'better-sqlite3';
import { figureRules } from '../domain/figure-rules';
import { measures, type Measure } from '../domain/measures';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { UserError } from '../api/user-error';
import { rowFields } from '../db/row-fields';

export type FigureEdit = { serviceId: string; quarter: string; measure: Measure; value: number | null };

/**
 * A figure typed in by hand, held to the same rules as an import; the edit is recorded with who and
 * when, so the figure's source shows as a manual edit from now on.
 */
export function setFigure(db: Database.Database, edit: FigureEdit, actor: string | null): void {
  const problem = edit.value === null ? null : figureRules.problem(edit.measure, edit.value);
  if (problem === 'too_large') throw new UserError('figure_too_large', { max: figureRules.max(edit.measure) }, 'value');
  if (problem !== null) throw new UserError(`figure_${problem}`, {}, 'value');
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM service WHERE id = ?').get(edit.serviceId) === undefined) throw new UserError('service_not_found', {}, 'serviceId');
    const now = nowIso();
    const row = db.prepare(`SELECT id, ${measures.join(', ')} FROM quarterly_figure WHERE service_id = ? AND quarter = ?`).get(edit.serviceId, edit.quarter);
    const current = rowFields(row);
    const after = (measure: Measure): number | null => {
      if (measure === edit.measure) return edit.value;
      const value = current.get(measure);
      return typeof value === 'number' ? value : null;
    };
    const served = after('served');
    const worked = after('worked');
    if (served !== null && worked !== null && worked > served) throw new UserError('figure_worked_over_served', { worked, served }, 'value');
    const ended = (after('ended_employed') ?? 0) + (after('ended_unemployed') ?? 0);
    if (served !== null && ended > served) throw new UserError('figure_ended_over_served', { ended, served }, 'value');

    let figureId: string;
    const old = current.get(edit.measure);
    if (row === undefined) {
      figureId = newId();
      db.prepare(`INSERT INTO quarterly_figure (id, service_id, quarter, ${edit.measure}, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
        figureId,
        edit.serviceId,
        edit.quarter,
        edit.value,
        now,
        now,
        actor,
        actor,
      );
    } else {
      figureId = String(current.get('id'));
      db.prepare(`UPDATE quarterly_figure SET ${edit.measure} = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(edit.value, now, actor, figureId);
    }
    db.prepare("INSERT INTO figure_change (id, figure_id, measure, old_value, new_value, source, import_id, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, 'manual', NULL, ?, ?)").run(
      newId(),
      figureId,
      edit.measure,
      typeof old === 'number' ? old : null,
      edit.value,
      now,
      actor,
    );
  }).immediate();
}
