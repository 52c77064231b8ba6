import type Database from 'better-sqlite3';
import type { MemberRole } from '../domain/member-roles';
import type { AddressForm } from '../domain/address-forms';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { UserError } from '../api/user-error';

export type MemberFields = {
  name: string;
  organisation: string;
  role: MemberRole;
  /** Neutral when not given: nobody is addressed as a woman or a man without having said so. */
  addressForm?: AddressForm;
  activeFrom: string;
  activeTo: string | null;
};

/** Adds a member (no id) or changes one (id); returns the member's id. */
export function saveMember(db: Database.Database, fields: MemberFields & { id?: string }, actor: string | null): string {
  const now = nowIso();
  return db.transaction(() => {
    if (fields.id === undefined) {
      const id = newId();
      db.prepare(
        `INSERT INTO member (id, name, organisation, role, address_form, active_from, active_to, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, fields.name.trim(), fields.organisation.trim(), fields.role, fields.addressForm ?? 'neutral', fields.activeFrom, fields.activeTo, now, now, actor, actor);
      return id;
    }
    const result = db
      .prepare(
        `UPDATE member SET name = ?, organisation = ?, role = ?, address_form = ?, active_from = ?, active_to = ?, updated_at = ?, updated_by = ?
         WHERE id = ?`,
      )
      .run(fields.name.trim(), fields.organisation.trim(), fields.role, fields.addressForm ?? 'neutral', fields.activeFrom, fields.activeTo, now, actor, fields.id);
    if (result.changes === 0) throw new UserError('member_not_found', {}, 'id');
    return fields.id;
  }).immediate();
}
