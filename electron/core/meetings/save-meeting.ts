import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { rowFields, text } from '../db/row-fields';
import { readCommittee } from '../committee/read-committee';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import type { AgendaKind } from '../domain/meeting-terms';
import { translate } from '../../shared/translate';
import { quarterOfDate } from '../domain/quarter';
import { barriersDue } from './barriers-due';

export type MeetingFields = { heldOn: string; kind: 'regular' | 'extraordinary'; place: string; online: boolean };

function startingAgenda(db: Database.Database, heldOn: string): { kind: AgendaKind; title: string }[] {
  const language = readCommittee(db)?.language ?? 'en';
  const items: { kind: AgendaKind; title: string }[] = [];
  const openActions = Number(db.prepare("SELECT count(*) FROM action WHERE status IN ('open', 'in_progress')").pluck().get());
  if (openActions > 0) items.push({ kind: 'open_actions', title: translate(language, 'meetings.agenda.openActions') });
  if (barriersDue(db, heldOn).length > 0) items.push({ kind: 'barrier_review', title: translate(language, 'meetings.agenda.barrierReview') });
  // The latest quarter that had ended by the meeting: a meeting looks back, never at a quarter under way.
  const latest = db.prepare('SELECT max(quarter) FROM quarterly_figure WHERE quarter < ?').pluck().get(quarterOfDate(heldOn));
  if (typeof latest === 'string') {
    const quarter = translate(language, 'quarters.long', { q: latest.slice(6, 7), year: latest.slice(0, 4) });
    items.push({ kind: 'latest_figures', title: translate(language, 'meetings.agenda.latestFigures', { quarter }) });
  }
  const waiting = Number(db.prepare("SELECT count(*) FROM feedback WHERE status = 'received'").pluck().get());
  if (waiting > 0) items.push({ kind: 'feedback', title: translate(language, 'meetings.agenda.feedback') });
  return items;
}

/**
 * A new meeting comes prepared: the members active on its date are listed as present (the coordinator
 * marks apologies), and the agenda opens with the standing business — open actions, barriers due for
 * review, the latest figures, feedback waiting — in the committee's language.
 */
export const saveMeeting = {
  create(db: Database.Database, fields: MeetingFields, actor: string | null): string {
    return db.transaction(() => {
      const id = newId();
      const now = nowIso();
      db.prepare(
        'INSERT INTO meeting (id, held_on, kind, place, online, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(id, fields.heldOn, fields.kind, fields.place.trim(), fields.online ? 1 : 0, now, now, actor, actor);
      const attend = db.prepare("INSERT INTO meeting_attendee (id, meeting_id, member_id, role, organisation, presence, created_at, created_by) VALUES (?, ?, ?, ?, ?, 'present', ?, ?)");
      for (const row of db.prepare('SELECT id, role, organisation FROM member WHERE active_from <= ? AND (active_to IS NULL OR active_to >= ?)').all(fields.heldOn, fields.heldOn).map(rowFields)) {
        attend.run(newId(), id, text(row.get('id')), text(row.get('role')), text(row.get('organisation')), now, actor);
      }
      const insert = db.prepare(
        'INSERT INTO agenda_item (id, meeting_id, position, kind, title, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      startingAgenda(db, fields.heldOn).forEach((item, index) => insert.run(newId(), id, index + 1, item.kind, item.title, now, now, actor, actor));
      return id;
    }).immediate();
  },

  update(db: Database.Database, id: string, fields: MeetingFields, actor: string | null): void {
    db.transaction(() => {
      const result = db
        .prepare('UPDATE meeting SET held_on = ?, kind = ?, place = ?, online = ?, updated_at = ?, updated_by = ? WHERE id = ?')
        .run(fields.heldOn, fields.kind, fields.place.trim(), fields.online ? 1 : 0, nowIso(), actor, id);
      if (result.changes === 0) throw new UserError('meeting_not_found', {}, 'meetingId');
      const early = db.prepare("SELECT 1 FROM action WHERE meeting_id = ? AND due_date < ? AND status IN ('open', 'in_progress')").get(id, fields.heldOn);
      if (early !== undefined) throw new UserError('meeting_after_action_due', {}, 'heldOn');
      // Decisions carry the year of their meeting in their number, which the committee has already cited.
      const otherYear = db.prepare('SELECT year FROM decision WHERE meeting_id = ? AND year <> ? LIMIT 1').pluck().get(id, Number(fields.heldOn.slice(0, 4)));
      if (otherYear !== undefined) throw new UserError('meeting_year_has_decisions', { year: Number(otherYear) }, 'heldOn');
      const approvedOn = db.prepare('SELECT minutes_approved_on FROM meeting WHERE id = ?').pluck().get(id);
      if (typeof approvedOn === 'string' && approvedOn < fields.heldOn) throw new UserError('meeting_after_approval', { date: approvedOn }, 'heldOn');
    }).immediate();
  },
};
