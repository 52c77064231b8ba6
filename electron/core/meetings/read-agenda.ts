import type Database from 'better-sqlite3';
import { z } from 'zod';
import { agendaKinds } from '../domain/meeting-terms';
import type { AgendaItem } from './meeting-types';

const agendaRow = z.object({ id: z.string(), position: z.number(), kind: z.enum(agendaKinds), title: z.string(), notes: z.string(), dropped: z.number() });

export function readAgenda(db: Database.Database, meetingId: string): AgendaItem[] {
  return db
    .prepare('SELECT id, position, kind, title, notes, dropped FROM agenda_item WHERE meeting_id = ? ORDER BY position')
    .all(meetingId)
    .map((row) => agendaRow.parse(row))
    .map((row) => ({ id: row.id, position: row.position, kind: row.kind, title: row.title, notes: row.notes, dropped: row.dropped === 1 }));
}
