import type Database from 'better-sqlite3';
import { rowFields, stringOrNull } from '../db/row-fields';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { UserError } from '../api/user-error';
import { checkReferences } from './check-references';

export type NewVoteRound = {
  title: string;
  heldOn: string;
  dotsPerMember: number;
  hiddenUntilClosed: boolean;
  showUserGroup: boolean;
  participantIds: string[];
  barrierIds: string[];
  ideas: string[];
};

export type VoteItem = {
  id: string;
  barrierId: string | null;
  idea: string | null;
  clusterId: string | null;
  position: number;
  /** Null while the round hides the others' votes. */
  total: number | null;
  userRepTotal: number | null;
  rank: number | null;
};

export type VoteRound = {
  id: string;
  title: string;
  heldOn: string;
  dotsPerMember: number;
  hiddenUntilClosed: boolean;
  showUserGroup: boolean;
  status: 'open' | 'closed';
  closedAt: string | null;
  participants: { memberId: string; name: string; isUserRep: boolean; dotsUsed: number; hasVoted: boolean }[];
  items: VoteItem[];
  /** What the member who is working now has cast, always visible to them. */
  myDots: Record<string, number>;
  resultsVisible: boolean;
};

function roundRow(db: Database.Database, roundId: string): Map<string, unknown> {
  const row = db.prepare('SELECT * FROM vote_round WHERE id = ?').get(roundId);
  if (row === undefined) throw new UserError('vote_round_not_found', {}, 'roundId');
  return rowFields(row);
}

function requireOpen(db: Database.Database, roundId: string): Map<string, unknown> {
  const round = roundRow(db, roundId);
  if (round.get('status') !== 'open') throw new UserError('vote_round_closed', {}, 'roundId');
  return round;
}

function insertItem(db: Database.Database, roundId: string, item: { barrierId: string | null; idea: string | null; clusterId: string | null }, actor: string | null): string {
  const id = newId();
  const position = Number(db.prepare('SELECT coalesce(max(position), 0) + 1 FROM vote_item WHERE round_id = ?').pluck().get(roundId));
  db.prepare('INSERT INTO vote_item (id, round_id, barrier_id, idea, cluster_id, position, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    id,
    roundId,
    item.barrierId,
    item.idea,
    item.clusterId,
    position,
    nowIso(),
    actor,
  );
  return id;
}

/**
 * Dot voting as in the Helsinki workshop: the items (barriers, or ideas collected in the meeting and
 * clustered under headings) get dots from each member present, a few each, several on one item if they
 * like; the most-dotted are discussed first.
 */
export const voteRounds = {
  open(db: Database.Database, round: NewVoteRound, actor: string | null): string {
    return db.transaction(() => {
      if (round.participantIds.length === 0) throw new UserError('vote_needs_participants', {}, 'participantIds');
      if (round.barrierIds.length + round.ideas.length === 0) throw new UserError('vote_needs_items', {}, 'items');
      for (const memberId of round.participantIds) checkReferences(db, { ownerId: memberId });
      checkReferences(db, { barrierIds: round.barrierIds });
      const id = newId();
      const now = nowIso();
      db.prepare(
        `INSERT INTO vote_round (id, title, held_on, dots_per_member, hidden_until_closed, show_user_group, status, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)`,
      ).run(id, round.title.trim(), round.heldOn, round.dotsPerMember, round.hiddenUntilClosed ? 1 : 0, round.showUserGroup ? 1 : 0, now, now, actor, actor);
      const addParticipant = db.prepare('INSERT OR IGNORE INTO vote_participant (round_id, member_id) VALUES (?, ?)');
      for (const memberId of round.participantIds) addParticipant.run(id, memberId);
      for (const barrierId of new Set(round.barrierIds)) insertItem(db, id, { barrierId, idea: null, clusterId: null }, actor);
      for (const idea of round.ideas) insertItem(db, id, { barrierId: null, idea: idea.trim(), clusterId: null }, actor);
      return id;
    }).immediate();
  },

  addIdea(db: Database.Database, roundId: string, idea: string, actor: string | null): void {
    db.transaction(() => {
      requireOpen(db, roundId);
      insertItem(db, roundId, { barrierId: null, idea: idea.trim(), clusterId: null }, actor);
    }).immediate();
  },

  /** Groups similar items under a heading; the heading collects the votes. */
  cluster(db: Database.Database, roundId: string, heading: string, itemIds: string[], actor: string | null): void {
    db.transaction(() => {
      requireOpen(db, roundId);
      const inRound = db.prepare('SELECT 1 FROM vote_item WHERE id = ? AND round_id = ?');
      for (const itemId of itemIds) if (inRound.get(itemId, roundId) === undefined) throw new UserError('vote_item_not_found', {}, 'itemIds');
      if (db.prepare(`SELECT 1 FROM vote_dot WHERE item_id IN (${itemIds.map(() => '?').join(', ')})`).get(...itemIds) !== undefined) {
        throw new UserError('vote_cluster_after_votes', {}, 'itemIds');
      }
      const headingId = insertItem(db, roundId, { barrierId: null, idea: heading.trim(), clusterId: null }, actor);
      const move = db.prepare('UPDATE vote_item SET cluster_id = ? WHERE id = ?');
      for (const itemId of itemIds) move.run(headingId, itemId);
    }).immediate();
  },

  /** One member's dots, replacing what they cast before in this round. */
  cast(db: Database.Database, roundId: string, memberId: string, dots: Record<string, number>): void {
    db.transaction(() => {
      const round = requireOpen(db, roundId);
      if (db.prepare('SELECT 1 FROM vote_participant WHERE round_id = ? AND member_id = ?').get(roundId, memberId) === undefined) {
        throw new UserError('voter_not_present', {}, 'memberId');
      }
      const limit = Number(round.get('dots_per_member'));
      const total = Object.values(dots).reduce((sum, count) => sum + count, 0);
      if (total > limit) throw new UserError('vote_beyond_dots', { used: total, limit }, 'dots');
      const topLevel = db.prepare('SELECT 1 FROM vote_item WHERE id = ? AND round_id = ? AND cluster_id IS NULL');
      for (const itemId of Object.keys(dots)) if (topLevel.get(itemId, roundId) === undefined) throw new UserError('vote_item_not_found', {}, 'dots');
      db.prepare('DELETE FROM vote_dot WHERE round_id = ? AND member_id = ?').run(roundId, memberId);
      const insert = db.prepare('INSERT INTO vote_dot (round_id, item_id, member_id, dots, cast_at) VALUES (?, ?, ?, ?, ?)');
      const now = nowIso();
      for (const [itemId, count] of Object.entries(dots)) if (count > 0) insert.run(roundId, itemId, memberId, count, now);
      // That the member has cast, without their dots: what the others' screens show while votes are hidden.
      if (total > 0) db.prepare('INSERT INTO vote_cast (round_id, member_id, cast_at) VALUES (?, ?, ?) ON CONFLICT (round_id, member_id) DO UPDATE SET cast_at = excluded.cast_at').run(roundId, memberId, now);
      else db.prepare('DELETE FROM vote_cast WHERE round_id = ? AND member_id = ?').run(roundId, memberId);
    }).immediate();
  },

  close(db: Database.Database, roundId: string, actor: string | null): void {
    db.transaction(() => {
      requireOpen(db, roundId);
      const now = nowIso();
      db.prepare("UPDATE vote_round SET status = 'closed', closed_at = ?, updated_at = ?, updated_by = ? WHERE id = ?").run(now, now, actor, roundId);
    }).immediate();
  },

  list(db: Database.Database): { id: string; title: string; heldOn: string; status: 'open' | 'closed' }[] {
    return db
      .prepare('SELECT id, title, held_on, status FROM vote_round ORDER BY held_on DESC, created_at DESC')
      .all()
      .map((row) => {
        const fields = rowFields(row);
        return { id: String(fields.get('id')), title: String(fields.get('title')), heldOn: String(fields.get('held_on')), status: fields.get('status') === 'closed' ? 'closed' : 'open' };
      });
  },

  /** A round as the member working now may see it: while votes are hidden, only their own dots show. */
  get(db: Database.Database, roundId: string, viewerId: string | null): VoteRound {
    const round = roundRow(db, roundId);
    const closed = round.get('status') === 'closed';
    const visible = closed || round.get('hidden_until_closed') === 0;
    const showUserGroup = round.get('show_user_group') === 1;
    const participants = db
      .prepare(
        `SELECT p.member_id, m.name, m.role, coalesce((SELECT sum(d.dots) FROM vote_dot d WHERE d.round_id = p.round_id AND d.member_id = p.member_id), 0) AS used,
                EXISTS (SELECT 1 FROM vote_cast c WHERE c.round_id = p.round_id AND c.member_id = p.member_id) AS cast
         FROM vote_participant p JOIN member m ON m.id = p.member_id WHERE p.round_id = ? ORDER BY m.name COLLATE NOCASE`,
      )
      .all(roundId)
      .map((row) => {
        const fields = rowFields(row);
        const used = Number(fields.get('used'));
        // On a shared committee the others' dots stay on their devices while the round hides them: that they
        // have cast is known all the same.
        return { memberId: String(fields.get('member_id')), name: String(fields.get('name')), isUserRep: fields.get('role') === 'service_user_rep', dotsUsed: used, hasVoted: used > 0 || fields.get('cast') === 1 };
      });
    const totals = new Map<string, { total: number; userRep: number }>();
    for (const row of db.prepare('SELECT d.item_id, d.dots, m.role FROM vote_dot d JOIN member m ON m.id = d.member_id WHERE d.round_id = ?').all(roundId)) {
      const fields = rowFields(row);
      const itemId = String(fields.get('item_id'));
      const entry = totals.get(itemId) ?? { total: 0, userRep: 0 };
      entry.total += Number(fields.get('dots'));
      if (fields.get('role') === 'service_user_rep') entry.userRep += Number(fields.get('dots'));
      totals.set(itemId, entry);
    }
    const items: VoteItem[] = db
      .prepare('SELECT * FROM vote_item WHERE round_id = ? ORDER BY position')
      .all(roundId)
      .map((row) => {
        const fields = rowFields(row);
        const id = String(fields.get('id'));
        const clusterId = stringOrNull(fields.get('cluster_id'));
        const tally = totals.get(id) ?? { total: 0, userRep: 0 };
        return {
          id,
          barrierId: stringOrNull(fields.get('barrier_id')),
          idea: stringOrNull(fields.get('idea')),
          clusterId,
          position: Number(fields.get('position')),
          total: visible && clusterId === null ? tally.total : null,
          userRepTotal: visible && showUserGroup && clusterId === null ? tally.userRep : null,
          rank: null,
        };
      });
    if (visible) {
      const ranked = items.filter((item) => item.clusterId === null).sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
      for (const item of ranked) item.rank = ranked.filter((other) => (other.total ?? 0) > (item.total ?? 0)).length + 1;
    }
    const myDots: Record<string, number> = {};
    if (viewerId !== null) {
      for (const row of db.prepare('SELECT item_id, dots FROM vote_dot WHERE round_id = ? AND member_id = ?').all(roundId, viewerId)) {
        const fields = rowFields(row);
        myDots[String(fields.get('item_id'))] = Number(fields.get('dots'));
      }
    }
    return {
      id: roundId,
      title: String(round.get('title')),
      heldOn: String(round.get('held_on')),
      dotsPerMember: Number(round.get('dots_per_member')),
      hiddenUntilClosed: round.get('hidden_until_closed') === 1,
      showUserGroup,
      status: closed ? 'closed' : 'open',
      closedAt: stringOrNull(round.get('closed_at')),
      participants,
      items,
      myDots,
      resultsVisible: visible,
    };
  },
};
