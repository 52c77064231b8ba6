import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { rowFields, stringOrNull, text } from '../db/row-fields';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { parseQuarter } from '../domain/quarter';
import type { DecisionLinkKind } from '../domain/meeting-terms';

export type DecisionInput = {
  agendaItemId: string | null;
  wording: string;
  rationale: string;
  method: 'consensus' | 'vote';
  votes: { for: number; against: number; abstain: number } | null;
  userRepPosition: string;
  dissent: { memberId: string; words: string }[];
  links: { kind: DecisionLinkKind; ref: string }[];
  changes: { kind: 'amends' | 'revokes'; decisionId: string } | null;
};

const linkTables: Record<Exclude<DecisionLinkKind, 'quarter'>, string> = { barrier: 'barrier', service: 'service', feedback: 'feedback' };

function checkDecision(db: Database.Database, meetingId: string, decision: DecisionInput, selfId: string | null): void {
  if (decision.wording.trim() === '') throw new UserError('decision_wording_required', {}, 'wording');
  if (decision.method === 'vote') {
    if (decision.votes === null) throw new UserError('decision_votes_required', {}, 'votes');
    const present = Number(db.prepare("SELECT count(*) FROM meeting_attendee WHERE meeting_id = ? AND presence = 'present'").pluck().get(meetingId));
    const cast = decision.votes.for + decision.votes.against + decision.votes.abstain;
    if (cast === 0) throw new UserError('decision_votes_required', {}, 'votes');
    if (cast > present) throw new UserError('decision_votes_exceed_attendees', { votes: cast, present }, 'votes');
  }
  if (decision.agendaItemId !== null && db.prepare('SELECT 1 FROM agenda_item WHERE id = ? AND meeting_id = ?').get(decision.agendaItemId, meetingId) === undefined) {
    throw new UserError('agenda_item_not_found', {}, 'agendaItemId');
  }
  const attended = db.prepare('SELECT 1 FROM meeting_attendee WHERE meeting_id = ? AND member_id = ?');
  for (const entry of decision.dissent) {
    if (attended.get(meetingId, entry.memberId) === undefined) throw new UserError('dissent_member_not_present', {}, 'dissent');
  }
  for (const link of decision.links) {
    if (link.kind === 'quarter') {
      // A decision may concern a quarter still to come (a target, a plan), but it must be a quarter.
      if (parseQuarter(link.ref) === null) throw new UserError('decision_quarter_invalid', { value: link.ref }, 'links');
      continue;
    }
    if (db.prepare(`SELECT 1 FROM ${linkTables[link.kind]} WHERE id = ?`).get(link.ref) === undefined) throw new UserError('decision_link_not_found', { kind: link.kind }, 'links');
  }
  if (decision.changes !== null) {
    const target = db.prepare('SELECT m.held_on FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE d.id = ?').pluck().get(decision.changes.decisionId);
    if (typeof target !== 'string' || decision.changes.decisionId === selfId) throw new UserError('decision_not_found', {}, 'changes');
    const heldOn = db.prepare('SELECT held_on FROM meeting WHERE id = ?').pluck().get(meetingId);
    // A decision changes only what was decided before it; following the chain back must never reach itself.
    if (typeof heldOn === 'string' && target > heldOn) throw new UserError('decision_changes_later', {}, 'changes');
    if (selfId !== null) {
      const earlier = db.prepare('SELECT changes_decision_id FROM decision WHERE id = ?').pluck();
      let step: unknown = decision.changes.decisionId;
      for (let hops = 0; typeof step === 'string' && hops < 10_000; hops += 1) {
        if (step === selfId) throw new UserError('decision_changes_circle', {}, 'changes');
        step = earlier.get(step);
      }
    }
    const revoked = db.prepare("SELECT 1 FROM decision WHERE changes_decision_id = ? AND change_kind = 'revokes' AND id IS NOT ?").get(decision.changes.decisionId, selfId);
    if (revoked !== undefined) throw new UserError('decision_already_revoked', {}, 'changes');
  }
}

function writeParts(db: Database.Database, decisionId: string, decision: DecisionInput, now: string, actor: string | null): void {
  db.prepare('DELETE FROM decision_dissent WHERE decision_id = ?').run(decisionId);
  db.prepare('DELETE FROM decision_link WHERE decision_id = ?').run(decisionId);
  const dissent = db.prepare('INSERT OR REPLACE INTO decision_dissent (id, decision_id, member_id, words, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)');
  for (const entry of decision.dissent) dissent.run(newId(), decisionId, entry.memberId, entry.words.trim(), now, actor);
  const link = db.prepare('INSERT OR IGNORE INTO decision_link (decision_id, kind, ref) VALUES (?, ?, ?)');
  for (const entry of decision.links) link.run(decisionId, entry.kind, entry.ref);
}

/**
 * Decisions are numbered within the year of their meeting and never deleted. After the minutes are
 * approved, an edit keeps the text that was approved (and each later text) in decision_version.
 */
export const saveDecision = {
  record(db: Database.Database, meetingId: string, decision: DecisionInput, actor: string | null): string {
    return db.transaction(() => {
      const meeting = db.prepare('SELECT held_on FROM meeting WHERE id = ?').pluck().get(meetingId);
      if (typeof meeting !== 'string') throw new UserError('meeting_not_found', {}, 'meetingId');
      checkDecision(db, meetingId, decision, null);
      const year = Number(meeting.slice(0, 4));
      const number = Number(db.prepare('SELECT coalesce(max(number), 0) + 1 FROM decision WHERE year = ?').pluck().get(year));
      const id = newId();
      const now = nowIso();
      db.prepare(
        `INSERT INTO decision (id, year, number, meeting_id, agenda_item_id, wording, rationale, method, votes_for, votes_against, votes_abstain,
           user_rep_position, changes_decision_id, change_kind, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id, year, number, meetingId, decision.agendaItemId, decision.wording.trim(), decision.rationale.trim(), decision.method,
        decision.method === 'vote' ? (decision.votes?.for ?? 0) : null,
        decision.method === 'vote' ? (decision.votes?.against ?? 0) : null,
        decision.method === 'vote' ? (decision.votes?.abstain ?? 0) : null,
        decision.userRepPosition.trim(), decision.changes?.decisionId ?? null, decision.changes?.kind ?? null, now, now, actor, actor,
      );
      writeParts(db, id, decision, now, actor);
      return id;
    }).immediate();
  },

  update(db: Database.Database, id: string, decision: DecisionInput, actor: string | null): void {
    db.transaction(() => {
      const row = db.prepare('SELECT d.*, m.minutes_approved_on FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE d.id = ?').get(id);
      if (row === undefined) throw new UserError('decision_not_found', {}, 'id');
      const current = rowFields(row);
      const meetingId = text(current.get('meeting_id'));
      checkDecision(db, meetingId, decision, id);
      const now = nowIso();
      let version = Number(current.get('version'));
      if (stringOrNull(current.get('minutes_approved_on')) !== null) {
        db.prepare('INSERT OR IGNORE INTO decision_version (decision_id, version, wording, rationale, approved, saved_at, saved_by) VALUES (?, ?, ?, ?, 0, ?, ?)').run(
          id, version, text(current.get('wording')), text(current.get('rationale')), text(current.get('updated_at')), stringOrNull(current.get('updated_by')),
        );
        version += 1;
      }
      db.prepare(
        `UPDATE decision SET agenda_item_id = ?, wording = ?, rationale = ?, method = ?, votes_for = ?, votes_against = ?, votes_abstain = ?,
           user_rep_position = ?, changes_decision_id = ?, change_kind = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
      ).run(
        decision.agendaItemId, decision.wording.trim(), decision.rationale.trim(), decision.method,
        decision.method === 'vote' ? (decision.votes?.for ?? 0) : null,
        decision.method === 'vote' ? (decision.votes?.against ?? 0) : null,
        decision.method === 'vote' ? (decision.votes?.abstain ?? 0) : null,
        decision.userRepPosition.trim(), decision.changes?.decisionId ?? null, decision.changes?.kind ?? null, version, now, actor, id,
      );
      writeParts(db, id, decision, now, actor);
    }).immediate();
  },
};
