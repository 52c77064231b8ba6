import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';

/** Links must point at records that exist; the message names the field that holds the bad link. */
export function checkReferences(db: Database.Database, references: { ownerId?: string | null; serviceIds?: readonly string[]; barrierIds?: readonly string[] }): void {
  if (references.ownerId !== undefined && references.ownerId !== null && db.prepare('SELECT 1 FROM member WHERE id = ?').get(references.ownerId) === undefined) {
    throw new UserError('member_not_found', {}, 'ownerId');
  }
  for (const serviceId of references.serviceIds ?? []) {
    if (db.prepare('SELECT 1 FROM service WHERE id = ?').get(serviceId) === undefined) throw new UserError('service_not_found', {}, 'serviceIds');
  }
  for (const barrierId of references.barrierIds ?? []) {
    if (db.prepare('SELECT 1 FROM barrier WHERE id = ? AND archived_at IS NULL').get(barrierId) === undefined) throw new UserError('barrier_not_found', {}, 'barrierId');
  }
}
