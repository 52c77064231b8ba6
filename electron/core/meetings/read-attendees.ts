import type Database from 'better-sqlite3';
import { z } from 'zod';
import { memberRoles } from '../domain/member-roles';
import { attendancePresences } from '../domain/meeting-terms';
import { addressForms } from '../domain/address-forms';
import type { Attendee } from './meeting-types';

const attendeeRow = z.object({
  id: z.string(),
  member_id: z.string().nullable(),
  name: z.string(),
  role: z.enum([...memberRoles, 'guest']),
  organisation: z.string(),
  presence: z.enum(attendancePresences),
  address_form: z.enum(addressForms).nullable(),
});

/** Members in the order of the meeting's roles (chair first), guests last. */
export function readAttendees(db: Database.Database, meetingId: string): Attendee[] {
  return db
    .prepare(
      `SELECT a.id, a.member_id, coalesce(m.name, a.guest_name) AS name, a.role, a.organisation, a.presence, m.address_form
       FROM meeting_attendee a LEFT JOIN member m ON m.id = a.member_id WHERE a.meeting_id = ?
       ORDER BY a.member_id IS NULL, CASE a.role WHEN 'chair' THEN 0 WHEN 'coordinator' THEN 1 ELSE 2 END, name COLLATE NOCASE`,
    )
    .all(meetingId)
    .map((row) => attendeeRow.parse(row))
    .map((row) => ({ id: row.id, memberId: row.member_id, name: row.name, role: row.role, organisation: row.organisation, presence: row.presence, addressForm: row.address_form ?? 'neutral' }));
}
