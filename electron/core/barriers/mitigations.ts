import type Database from 'better-sqlite3';
import { rowFields } from '../db/row-fields';
import { mitigationStatuses, type MitigationStatus } from '../domain/barrier-terms';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { UserError } from '../api/user-error';
import { checkReferences } from './check-references';

export type Mitigation = { id: string; text: string; fromCatalogue: boolean; status: MitigationStatus; updatedAt: string };

/** The strategies a barrier is met with: taken from the catalogue's suggestions or the committee's own. */
export const mitigations = {
  list(db: Database.Database, barrierId: string): Mitigation[] {
    return db
      .prepare('SELECT * FROM barrier_mitigation WHERE barrier_id = ? ORDER BY created_at')
      .all(barrierId)
      .map((row) => {
        const fields = rowFields(row);
        return {
          id: String(fields.get('id')),
          text: String(fields.get('text')),
          fromCatalogue: fields.get('from_catalogue') === 1,
          status: mitigationStatuses.find((status) => status === fields.get('status')) ?? 'planned',
          updatedAt: String(fields.get('updated_at')),
        };
      });
  },

  add(db: Database.Database, input: { barrierId: string; text: string; fromCatalogue: boolean; status: MitigationStatus }, actor: string | null): string {
    return db.transaction(() => {
      checkReferences(db, { barrierIds: [input.barrierId] });
      const id = newId();
      const now = nowIso();
      db.prepare(
        'INSERT INTO barrier_mitigation (id, barrier_id, from_catalogue, text, status, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(id, input.barrierId, input.fromCatalogue ? 1 : 0, input.text.trim(), input.status, now, now, actor, actor);
      return id;
    }).immediate();
  },

  setStatus(db: Database.Database, id: string, status: MitigationStatus, actor: string | null): string {
    return db.transaction(() => {
      const barrierId: unknown = db.prepare('SELECT barrier_id FROM barrier_mitigation WHERE id = ?').pluck().get(id);
      if (typeof barrierId !== 'string') throw new UserError('mitigation_not_found', {}, 'id');
      db.prepare('UPDATE barrier_mitigation SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(status, nowIso(), actor, id);
      return barrierId;
    }).immediate();
  },
};
