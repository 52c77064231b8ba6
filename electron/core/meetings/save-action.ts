import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { rowFields, stringOrNull, text } from '../db/row-fields';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import type { ActionStatus } from './minutes-data';

export type ActionFields = {
  title: string;
  ownerMemberId: string | null;
  ownerOrganisation: string;
  dueDate: string;
  decisionId: string | null;
  barrierId: string | null;
};

export type NewAction = ActionFields & { meetingId: string | null; agendaItemId: string | null };

export type ActionChange = { status: ActionStatus; note: string; dropReason: string };

function checkFields(db: Database.Database, fields: ActionFields, notBefore: string): void {
  if (fields.title.trim() === '') throw new UserError('action_title_required', {}, 'title');
  if (fields.ownerMemberId === null && fields.ownerOrganisation.trim() === '') throw new UserError('action_owner_required', {}, 'owner');
  if (fields.ownerMemberId !== null && db.prepare('SELECT 1 FROM member WHERE id = ?').get(fields.ownerMemberId) === undefined) throw new UserError('member_not_found', {}, 'owner');
  if (fields.dueDate < notBefore) throw new UserError('action_due_before_meeting', { date: notBefore }, 'dueDate');
  if (fields.decisionId !== null && db.prepare('SELECT 1 FROM decision WHERE id = ?').get(fields.decisionId) === undefined) throw new UserError('decision_not_found', {}, 'decisionId');
  if (fields.barrierId !== null && db.prepare('SELECT 1 FROM barrier WHERE id = ?').get(fields.barrierId) === undefined) throw new UserError('barrier_not_found', {}, 'barrierId');
}

function checkChange(change: ActionChange): void {
  if (change.status === 'dropped' && change.dropReason.trim() === '') throw new UserError('action_drop_reason_required', {}, 'dropReason');
}

function actionRow(db: Database.Database, id: string): Map<string, unknown> {
  const row = db.prepare('SELECT a.*, m.held_on FROM action a LEFT JOIN meeting m ON m.id = a.meeting_id WHERE a.id = ?').get(id);
  if (row === undefined) throw new UserError('action_not_found', {}, 'actionId');
  return rowFields(row);
}

function recordProgress(db: Database.Database, actionId: string, change: ActionChange, notedOn: string, meetingId: string | null, actor: string | null): void {
  const now = nowIso();
  db.prepare('UPDATE action SET status = ?, drop_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    change.status, change.status === 'dropped' ? change.dropReason.trim() : '', now, actor, actionId,
  );
  db.prepare('INSERT INTO action_progress (id, action_id, noted_on, note, status, meeting_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    newId(), actionId, notedOn, change.note.trim(), change.status, meetingId, now, actor,
  );
}

/**
 * Who does what by when. The due date may not fall before the meeting that set the action (or, for an
 * action set between meetings, before the day it was set); every change of status is a dated progress
 * entry, and a meeting's review of an action is one tied to that meeting.
 */
export const saveAction = {
  add(db: Database.Database, action: NewAction, today: string, actor: string | null): string {
    return db.transaction(() => {
      let notBefore = today;
      if (action.meetingId !== null) {
        const heldOn = db.prepare('SELECT held_on FROM meeting WHERE id = ?').pluck().get(action.meetingId);
        if (typeof heldOn !== 'string') throw new UserError('meeting_not_found', {}, 'meetingId');
        notBefore = heldOn;
        if (action.agendaItemId !== null && db.prepare('SELECT 1 FROM agenda_item WHERE id = ? AND meeting_id = ?').get(action.agendaItemId, action.meetingId) === undefined) {
          throw new UserError('agenda_item_not_found', {}, 'agendaItemId');
        }
      }
      checkFields(db, action, notBefore);
      const id = newId();
      const now = nowIso();
      db.prepare(
        `INSERT INTO action (id, title, owner_member_id, owner_organisation, due_date, status, meeting_id, agenda_item_id, decision_id, barrier_id, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, action.title.trim(), action.ownerMemberId, action.ownerOrganisation.trim(), action.dueDate, action.meetingId, action.meetingId === null ? null : action.agendaItemId, action.decisionId, action.barrierId, now, now, actor, actor);
      return id;
    }).immediate();
  },

  update(db: Database.Database, id: string, fields: ActionFields, change: ActionChange, today: string, actor: string | null): void {
    db.transaction(() => {
      const current = actionRow(db, id);
      checkFields(db, fields, stringOrNull(current.get('held_on')) ?? text(current.get('created_at')).slice(0, 10));
      checkChange(change);
      db.prepare('UPDATE action SET title = ?, owner_member_id = ?, owner_organisation = ?, due_date = ?, decision_id = ?, barrier_id = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
        fields.title.trim(), fields.ownerMemberId, fields.ownerMemberId === null ? fields.ownerOrganisation.trim() : '', fields.dueDate, fields.decisionId, fields.barrierId, nowIso(), actor, id,
      );
      if (change.status !== text(current.get('status')) || change.note.trim() !== '') recordProgress(db, id, change, today, null, actor);
    }).immediate();
  },

  /**
   * What a meeting recorded about an earlier action: replaces that meeting's earlier entry, if any. The
   * action's status is then the one of its latest entry, so correcting an old meeting's record does not
   * undo what a later meeting said.
   */
  review(db: Database.Database, actionId: string, meetingId: string, change: ActionChange, actor: string | null): void {
    db.transaction(() => {
      const action = actionRow(db, actionId);
      checkChange(change);
      const heldOn = db.prepare('SELECT held_on FROM meeting WHERE id = ?').pluck().get(meetingId);
      if (typeof heldOn !== 'string') throw new UserError('meeting_not_found', {}, 'meetingId');
      const setOn = stringOrNull(action.get('held_on')) ?? text(action.get('created_at')).slice(0, 10);
      if (heldOn < setOn) throw new UserError('action_reviewed_before_set', { date: setOn }, 'meetingId');
      db.prepare('DELETE FROM action_progress WHERE action_id = ? AND meeting_id = ?').run(actionId, meetingId);
      recordProgress(db, actionId, change, heldOn, meetingId, actor);
      const latest = rowFields(db.prepare('SELECT status, note FROM action_progress WHERE action_id = ? ORDER BY noted_on DESC, created_at DESC LIMIT 1').get(actionId));
      const status = text(latest.get('status'));
      db.prepare('UPDATE action SET status = ?, drop_reason = CASE WHEN ? = \'dropped\' THEN drop_reason ELSE \'\' END WHERE id = ?').run(status, status, actionId);
    }).immediate();
  },
};
