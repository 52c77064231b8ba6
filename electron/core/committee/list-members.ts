import type Database from 'better-sqlite3';
import { z } from 'zod';
import { memberRoles } from '../domain/member-roles';
import { addressForms } from '../domain/address-forms';
import type { Member } from './committee-types';

const memberRow = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string(),
  role: z.enum(memberRoles),
  address_form: z.enum(addressForms),
  active_from: z.string(),
  active_to: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  created_by: z.string().nullable(),
  updated_by: z.string().nullable(),
});

function toMember(row: unknown): Member {
  const parsed = memberRow.parse(row);
  return {
    id: parsed.id,
    name: parsed.name,
    organisation: parsed.organisation,
    role: parsed.role,
    addressForm: parsed.address_form,
    activeFrom: parsed.active_from,
    activeTo: parsed.active_to,
    createdAt: parsed.created_at,
    updatedAt: parsed.updated_at,
    createdBy: parsed.created_by,
    updatedBy: parsed.updated_by,
  };
}

/** Current members first, then former ones; alphabetical within each by the database's collation. */
export function listMembers(db: Database.Database, id?: string): Member[] {
  const rows =
    id === undefined
      ? db.prepare('SELECT * FROM member ORDER BY active_to IS NOT NULL, name COLLATE NOCASE').all()
      : db.prepare('SELECT * FROM member WHERE id = ?').all(id);
  return rows.map(toMember);
}
