import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { rowFields, text } from '../db/row-fields';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';

function itemMeeting(db: Database.Database, itemId: string): { meetingId: string; position: number } {
  const row = db.prepare('SELECT meeting_id, position FROM agenda_item WHERE id = ?').get(itemId);
  if (row === undefined) throw new UserError('agenda_item_not_found', {}, 'agendaItemId');
  const fields = rowFields(row);
  return { meetingId: text(fields.get('meeting_id')), position: Number(fields.get('position')) };
}

/**
 * The coordinator's edits of an agenda. Dropping an item only hides it (and can be undone), so notes
 * typed into it are never lost by a slip of the mouse.
 */
export const agendaItems = {
  add(db: Database.Database, meetingId: string, title: string, actor: string | null): string {
    return db.transaction(() => {
      if (db.prepare('SELECT 1 FROM meeting WHERE id = ?').get(meetingId) === undefined) throw new UserError('meeting_not_found', {}, 'meetingId');
      const id = newId();
      const now = nowIso();
      const position = Number(db.prepare('SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = ?').pluck().get(meetingId));
      db.prepare(
        "INSERT INTO agenda_item (id, meeting_id, position, kind, title, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, 'other', ?, ?, ?, ?, ?)",
      ).run(id, meetingId, position, title.trim(), now, now, actor, actor);
      return id;
    }).immediate();
  },

  update(db: Database.Database, itemId: string, fields: { title: string; notes: string }, actor: string | null): void {
    db.transaction(() => {
      itemMeeting(db, itemId);
      db.prepare('UPDATE agenda_item SET title = ?, notes = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(fields.title.trim(), fields.notes, nowIso(), actor, itemId);
    }).immediate();
  },

  /** Swaps the item with its neighbour; at either end nothing changes. */
  move(db: Database.Database, itemId: string, direction: 'up' | 'down', actor: string | null): void {
    db.transaction(() => {
      const item = itemMeeting(db, itemId);
      const neighbour = db
        .prepare(
          direction === 'up'
            ? 'SELECT id, position FROM agenda_item WHERE meeting_id = ? AND position < ? ORDER BY position DESC LIMIT 1'
            : 'SELECT id, position FROM agenda_item WHERE meeting_id = ? AND position > ? ORDER BY position LIMIT 1',
        )
        .get(item.meetingId, item.position);
      if (neighbour === undefined) return;
      const other = rowFields(neighbour);
      const now = nowIso();
      const place = db.prepare('UPDATE agenda_item SET position = ?, updated_at = ?, updated_by = ? WHERE id = ?');
      place.run(Number(other.get('position')), now, actor, itemId);
      place.run(item.position, now, actor, text(other.get('id')));
    }).immediate();
  },

  setDropped(db: Database.Database, itemId: string, dropped: boolean, actor: string | null): void {
    db.transaction(() => {
      itemMeeting(db, itemId);
      db.prepare('UPDATE agenda_item SET dropped = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(dropped ? 1 : 0, nowIso(), actor, itemId);
    }).immediate();
  },
};
