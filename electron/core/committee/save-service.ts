import type Database from 'better-sqlite3';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { serviceNameKey } from '../domain/service-name-key';
import { UserError } from '../api/user-error';

export type ServiceFields = { name: string; provider: string; startDate: string };

/** Adds an IPS service (no id) or changes one; two services may not share a name. */
export function saveService(db: Database.Database, fields: ServiceFields & { id?: string }, actor: string | null): string {
  const key = serviceNameKey(fields.name);
  return db.transaction(() => {
    const clash = db.prepare('SELECT id FROM service WHERE name_key = ?').pluck().get(key);
    if (clash !== undefined && clash !== fields.id) throw new UserError('service_name_taken', { name: fields.name.trim() }, 'name');
    const now = nowIso();
    if (fields.id === undefined) {
      const id = newId();
      db.prepare(
        'INSERT INTO service (id, name, name_key, provider, start_date, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(id, fields.name.trim(), key, fields.provider.trim(), fields.startDate, now, now, actor, actor);
      return id;
    }
    const result = db
      .prepare('UPDATE service SET name = ?, name_key = ?, provider = ?, start_date = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(fields.name.trim(), key, fields.provider.trim(), fields.startDate, now, actor, fields.id);
    if (result.changes === 0) throw new UserError('service_not_found', {}, 'id');
    return fields.id;
  }).immediate();
}
