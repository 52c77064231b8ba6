import type Database from 'better-sqlite3';
import type { BarrierGroup, BarrierLevel, BarrierStatus } from '../domain/barrier-terms';
import type { Language } from '../domain/languages';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { UserError } from '../api/user-error';
import { catalogue, catalogueEntry } from './catalogue';
import { checkReferences } from './check-references';

type Common = { localWording: string; serviceIds: string[]; ownerId: string | null; status: BarrierStatus };

export type NewBarrier =
  | (Common & { source: 'catalogue'; catalogueId: string })
  | (Common & { source: 'custom'; name: string; description: string; group: BarrierGroup; level: BarrierLevel });

export type BarrierChanges = Common & { id: string; name?: string; description?: string; group?: BarrierGroup; level?: BarrierLevel };

function setServices(db: Database.Database, barrierId: string, serviceIds: readonly string[]): void {
  db.prepare('DELETE FROM barrier_service WHERE barrier_id = ?').run(barrierId);
  const insert = db.prepare('INSERT INTO barrier_service (barrier_id, service_id) VALUES (?, ?)');
  for (const serviceId of new Set(serviceIds)) insert.run(barrierId, serviceId);
}

/** Puts a catalogue barrier or the committee's own into the register; returns its id. */
export function addBarrier(db: Database.Database, barrier: NewBarrier, language: Language, actor: string | null): string {
  return db.transaction(() => {
    checkReferences(db, { ownerId: barrier.ownerId, serviceIds: barrier.serviceIds });
    const id = newId();
    const now = nowIso();
    if (barrier.source === 'catalogue') {
      const entry = catalogueEntry(barrier.catalogueId);
      if (entry === undefined) throw new UserError('catalogue_entry_unknown', { id: barrier.catalogueId }, 'catalogueId');
      if (db.prepare('SELECT 1 FROM barrier WHERE catalogue_id = ? AND archived_at IS NULL').get(entry.id) !== undefined) {
        throw new UserError('barrier_already_in_register', { name: entry.name[language] }, 'catalogueId');
      }
      db.prepare(
        `INSERT INTO barrier (id, catalogue_id, catalogue_version, name, description, local_wording, owner_id, status, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, entry.id, catalogue().version, entry.name[language], entry.description[language], barrier.localWording.trim(), barrier.ownerId, barrier.status, now, now, actor, actor);
    } else {
      db.prepare(
        `INSERT INTO barrier (id, custom_group, custom_level, name, description, local_wording, owner_id, status, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, barrier.group, barrier.level, barrier.name.trim(), barrier.description.trim(), barrier.localWording.trim(), barrier.ownerId, barrier.status, now, now, actor, actor);
    }
    setServices(db, id, barrier.serviceIds);
    return id;
  }).immediate();
}

/** Changes how a barrier shows locally, whom it affects, its owner and status (and, for the committee's own, its name and group). */
export function updateBarrier(db: Database.Database, changes: BarrierChanges, actor: string | null): void {
  db.transaction(() => {
    const row = db.prepare('SELECT catalogue_id FROM barrier WHERE id = ? AND archived_at IS NULL').get(changes.id);
    if (row === undefined) throw new UserError('barrier_not_found', {}, 'id');
    checkReferences(db, { ownerId: changes.ownerId, serviceIds: changes.serviceIds });
    const now = nowIso();
    db.prepare('UPDATE barrier SET local_wording = ?, owner_id = ?, status = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
      changes.localWording.trim(),
      changes.ownerId,
      changes.status,
      now,
      actor,
      changes.id,
    );
    const isCustom = db.prepare('SELECT 1 FROM barrier WHERE id = ? AND catalogue_id IS NULL').get(changes.id) !== undefined;
    if (isCustom && changes.name !== undefined) {
      db.prepare('UPDATE barrier SET name = ?, description = ?, custom_group = coalesce(?, custom_group), custom_level = coalesce(?, custom_level) WHERE id = ?').run(
        changes.name.trim(),
        (changes.description ?? '').trim(),
        changes.group ?? null,
        changes.level ?? null,
        changes.id,
      );
    }
    setServices(db, changes.id, changes.serviceIds);
  }).immediate();
}
