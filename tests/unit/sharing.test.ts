import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { saveMember } from '../../electron/core/committee/save-member';
import { saveService } from '../../electron/core/committee/save-service';
import { saveFeedback } from '../../electron/core/feedback/save-feedback';
import { respondToFeedback } from '../../electron/core/feedback/respond-to-feedback';
import { voteRounds } from '../../electron/core/barriers/vote-rounds';
import { createInvite } from '../../electron/core/sync/create-invite';
import { deviceSyncs } from '../../electron/core/sync/device-syncs';
import { lateBallots } from '../../electron/core/sync/late-ballots';
import { joinCommittee } from '../../electron/core/sync/join-committee';
import { shareCommittee } from '../../electron/core/sync/share-committee';
import { syncOnce } from '../../electron/core/sync/sync-once';
import { committeeDb } from '../helpers/committee-db';
import { syncServerForTests, type RunningServer } from '../helpers/sync-server-for-tests';
import { tempDir } from '../helpers/temp-dir';
import { sharedRecords } from '../helpers/shared-records';
import { userErrorOf } from '../helpers/user-error-of';

const servers: RunningServer[] = [];
const open: Database.Database[] = [];

afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const server of servers.splice(0)) await server.stop();
});


async function sharedCommittee() {
  const server = await syncServerForTests();
  servers.push(server);
  const coordinator = committeeDb();
  open.push(coordinator.db);
  const memberId = saveMember(coordinator.db, { name: 'Jana Dvořáková', organisation: 'Úřad práce', role: 'member', activeFrom: '2026-01-01', activeTo: null }, coordinator.coordinatorId);
  const repId = saveMember(coordinator.db, { name: 'Karel Novotný', organisation: '', role: 'service_user_rep', activeFrom: '2026-01-01', activeTo: null }, coordinator.coordinatorId);
  saveService(coordinator.db, { name: 'IPS Hradec', provider: 'CDZ Hradec', startDate: '2025-01-01' }, coordinator.coordinatorId);
  await shareCommittee(coordinator.db, coordinator.path, server.url);
  await syncOnce(coordinator.db, coordinator.path);
  return { server, coordinator, memberId, repId };
}

async function joined(code: string): Promise<{ db: Database.Database; path: string }> {
  const path = join(tempDir(), 'joined.sqlite');
  const db = await joinCommittee(path, code);
  open.push(db);
  return { db, path };
}

describe('sharing a committee', () => {
  it('gives a member who joins the whole committee, and carries edits both ways', async () => {
    const { coordinator, memberId } = await sharedCommittee();
    const invite = createInvite(coordinator.db, coordinator.path, { memberId, days: 14 });
    const member = await joined(invite.code);
    expect(sharedRecords(member.db)).toEqual(sharedRecords(coordinator.db));

    saveService(member.db, { name: 'IPS Trutnov', provider: 'Trutnov', startDate: '2026-02-01' }, memberId);
    await syncOnce(member.db, member.path);
    await syncOnce(coordinator.db, coordinator.path);
    expect(coordinator.db.prepare("SELECT provider FROM service WHERE name = 'IPS Trutnov'").pluck().get()).toBe('Trutnov');
    expect(sharedRecords(member.db)).toEqual(sharedRecords(coordinator.db));
  });

  it("keeps a representative's anonymous entry free of anything that names them, on the server too", async () => {
    const { server, coordinator, repId } = await sharedCommittee();
    const rep = await joined(createInvite(coordinator.db, coordinator.path, { memberId: repId, days: 14 }).code);
    saveFeedback(rep.db, { text: 'Nikdo se mě nezeptal, co chci dělat.', contributor: { kind: 'anonymous' }, givenOn: '2026-11-20', tags: [], links: [], mayQuote: false, transcribed: false }, repId);
    await syncOnce(rep.db, rep.path);
    await syncOnce(coordinator.db, coordinator.path);
    expect(coordinator.db.prepare("SELECT contributor_kind, created_by FROM feedback WHERE text LIKE 'Nikdo%'").get()).toEqual({ contributor_kind: 'anonymous', created_by: null });
    const stored = server.store.state(`${String(coordinator.db.prepare('SELECT id FROM committee').pluck().get())}/drop-box`);
    expect(stored).not.toBeNull();
    expect(Buffer.from(stored ?? new Uint8Array()).includes(Buffer.from(repId))).toBe(false);
    // Nor do the drop box's changes carry the Yjs client of the representative's own documents.
    saveFeedback(rep.db, { text: 'Chci pracovat v zahradnictví.', contributor: { kind: 'member', memberId: repId }, givenOn: '2026-11-21', tags: [], links: [], mayQuote: true, transcribed: false }, repId);
    await syncOnce(rep.db, rep.path);
    const committeeId = String(coordinator.db.prepare('SELECT id FROM committee').pluck().get());
    // What the server holds of each document (in memory: it stores a moment later).
    const clients = (name: string) => {
      const held = server.server.hocuspocus.documents.get(`${committeeId}/${name}`);
      return held === undefined ? [] : [...Y.decodeStateVector(Y.encodeStateVector(held)).keys()];
    };
    expect(clients(`feedback/${repId}`).length).toBeGreaterThan(0);
    for (const client of clients('drop-box')) expect([...clients(`feedback/${repId}`), ...clients('records')]).not.toContain(client);
  });

  it('keeps each ballot of a hidden dot vote on its member’s device until the round closes, while everyone sees who has voted', async () => {
    const { coordinator, memberId, repId } = await sharedCommittee();
    const member = await joined(createInvite(coordinator.db, coordinator.path, { memberId, days: 14 }).code);
    const rep = await joined(createInvite(coordinator.db, coordinator.path, { memberId: repId, days: 14 }).code);
    const roundId = voteRounds.open(coordinator.db, { title: 'Co řešit nejdřív', heldOn: '2026-11-25', dotsPerMember: 3, hiddenUntilClosed: true, showUserGroup: true, participantIds: [coordinator.coordinatorId, memberId, repId], barrierIds: [], ideas: ['Dluhy', 'Doprava'] }, coordinator.coordinatorId);
    await syncOnce(coordinator.db, coordinator.path);
    for (const device of [member, rep]) await syncOnce(device.db, device.path);
    const items = member.db.prepare('SELECT id FROM vote_item WHERE round_id = ? ORDER BY position').pluck().all(roundId).map(String);
    voteRounds.cast(member.db, roundId, memberId, { [items[0] ?? '']: 2, [items[1] ?? '']: 1 });
    voteRounds.cast(rep.db, roundId, repId, { [items[1] ?? '']: 3 });
    for (const device of [member, rep, coordinator, member, rep]) await syncOnce(device.db, device.path);
    // Open: each device holds its own dots only, yet the shared screen shows both have voted.
    for (const [device, own] of [[coordinator, coordinator.coordinatorId], [member, memberId], [rep, repId]] as const) {
      expect(device.db.prepare('SELECT DISTINCT member_id FROM vote_dot').pluck().all().filter((id) => id !== own)).toEqual([]);
    }
    const open = voteRounds.get(coordinator.db, roundId, coordinator.coordinatorId);
    expect(open.participants.filter((participant) => participant.hasVoted).map((participant) => participant.memberId).sort()).toEqual([memberId, repId].sort());
    expect(open.items.every((item) => item.total === null)).toBe(true);
    // Closed on the coordinator's device: every device then receives every ballot and shows the same totals.
    voteRounds.close(coordinator.db, roundId, coordinator.coordinatorId);
    for (const device of [coordinator, member, rep, coordinator]) await syncOnce(device.db, device.path);
    for (const device of [coordinator, member, rep]) {
      const totals = voteRounds.get(device.db, roundId, null).items.map((item) => item.total);
      expect(totals).toEqual([2, 4]);
    }
  });

  it('keeps dots a coordinator types in for a member during a hidden round on the coordinator’s device until it closes the round', async () => {
    const { coordinator, memberId, repId } = await sharedCommittee();
    const member = await joined(createInvite(coordinator.db, coordinator.path, { memberId, days: 14 }).code);
    const roundId = voteRounds.open(coordinator.db, { title: 'Co řešit nejdřív', heldOn: '2026-11-25', dotsPerMember: 3, hiddenUntilClosed: true, showUserGroup: true, participantIds: [coordinator.coordinatorId, memberId, repId], barrierIds: [], ideas: ['Dluhy', 'Doprava'] }, coordinator.coordinatorId);
    await syncOnce(coordinator.db, coordinator.path);
    await syncOnce(member.db, member.path);
    const items = coordinator.db.prepare('SELECT id FROM vote_item WHERE round_id = ? ORDER BY position').pluck().all(roundId).map(String);
    // The representative has no device of their own: their dots are typed in at the shared screen.
    voteRounds.cast(coordinator.db, roundId, repId, { [items[1] ?? '']: 2 });
    await syncOnce(coordinator.db, coordinator.path);
    await syncOnce(member.db, member.path);
    expect(member.db.prepare('SELECT count(*) FROM vote_dot').pluck().get()).toBe(0);
    expect(voteRounds.get(member.db, roundId, memberId).participants.find((participant) => participant.memberId === repId)?.hasVoted).toBe(true);
    // A member's device may not type in someone else's dots while the round hides them.
    expect(userErrorOf(() => voteRounds.cast(member.db, roundId, coordinator.coordinatorId, { [items[0] ?? '']: 1 })).code).toBe('sync_ballot_others');
    expect(member.db.prepare('SELECT count(*) FROM vote_dot').pluck().get()).toBe(0);
    voteRounds.close(coordinator.db, roundId, coordinator.coordinatorId);
    await syncOnce(coordinator.db, coordinator.path);
    await syncOnce(member.db, member.path);
    for (const device of [coordinator, member]) expect(voteRounds.get(device.db, roundId, null).items.map((item) => item.total)).toEqual([0, 2]);
    expect(sharedRecords(member.db)).toEqual(sharedRecords(coordinator.db));
  });

  it('shares the dots a coordinator typed in when another coordinator’s device closes the round', async () => {
    const { coordinator, repId } = await sharedCommittee();
    const second = await joined(createInvite(coordinator.db, coordinator.path, { memberId: coordinator.coordinatorId, role: 'coordinator', days: 14 }).code);
    const roundId = voteRounds.open(coordinator.db, { title: 'Co řešit nejdřív', heldOn: '2026-11-25', dotsPerMember: 3, hiddenUntilClosed: true, showUserGroup: true, participantIds: [coordinator.coordinatorId, repId], barrierIds: [], ideas: ['Dluhy', 'Doprava'] }, coordinator.coordinatorId);
    const items = coordinator.db.prepare('SELECT id FROM vote_item WHERE round_id = ? ORDER BY position').pluck().all(roundId).map(String);
    voteRounds.cast(coordinator.db, roundId, repId, { [items[0] ?? '']: 3 });
    await syncOnce(coordinator.db, coordinator.path);
    await syncOnce(second.db, second.path);
    voteRounds.close(second.db, roundId, coordinator.coordinatorId);
    for (const device of [second, coordinator, second]) await syncOnce(device.db, device.path);
    for (const device of [coordinator, second]) expect(voteRounds.get(device.db, roundId, null).items.map((item) => item.total)).toEqual([3, 0]);
  });

  it('drops dots cast on a device that had not heard the round was closed, so every device shows the same totals and nothing waits', async () => {
    const { coordinator, memberId } = await sharedCommittee();
    const member = await joined(createInvite(coordinator.db, coordinator.path, { memberId, days: 14 }).code);
    const roundId = voteRounds.open(coordinator.db, { title: 'Co řešit nejdřív', heldOn: '2026-11-25', dotsPerMember: 3, hiddenUntilClosed: true, showUserGroup: true, participantIds: [coordinator.coordinatorId, memberId], barrierIds: [], ideas: ['Dluhy', 'Doprava'] }, coordinator.coordinatorId);
    await syncOnce(coordinator.db, coordinator.path);
    await syncOnce(member.db, member.path);
    const items = coordinator.db.prepare('SELECT id FROM vote_item WHERE round_id = ? ORDER BY position').pluck().all(roundId).map(String);
    voteRounds.cast(coordinator.db, roundId, coordinator.coordinatorId, { [items[0] ?? '']: 3 });
    voteRounds.close(coordinator.db, roundId, coordinator.coordinatorId);
    await syncOnce(coordinator.db, coordinator.path);
    // Offline all along, the member's device still shows the round open and takes their dots.
    voteRounds.cast(member.db, roundId, memberId, { [items[1] ?? '']: 3 });
    await syncOnce(member.db, member.path);
    await syncOnce(coordinator.db, coordinator.path);
    for (const device of [coordinator, member]) {
      expect(voteRounds.get(device.db, roundId, null).items.map((item) => item.total), device === member ? 'member' : 'coordinator').toEqual([3, 0]);
      expect(voteRounds.get(device.db, roundId, null).participants.filter((participant) => participant.hasVoted).map((participant) => participant.memberId)).toEqual([coordinator.coordinatorId]);
    }
    expect(deviceSyncs.of(member.db)?.waitingChanges()).toBe(0);
    expect(sharedRecords(member.db)).toEqual(sharedRecords(coordinator.db));
    // The member is told on their own device that those dots were not counted; nobody else is.
    expect(lateBallots.list(member.db)).toEqual([{ roundId, title: 'Co řešit nejdřív' }]);
    expect(lateBallots.list(coordinator.db)).toEqual([]);
  });

  it("sends nothing of a member's anonymous entry, nor of its answer, over the member's own credential", async () => {
    const { server, coordinator, memberId, repId } = await sharedCommittee();
    const member = await joined(createInvite(coordinator.db, coordinator.path, { memberId, days: 14 }).code);
    const entryId = saveFeedback(member.db, { text: 'Porady jsou příliš dlouhé.', contributor: { kind: 'anonymous' }, givenOn: '2026-11-22', tags: [], links: [], mayQuote: false, transcribed: false }, memberId);
    await syncOnce(member.db, member.path);
    await syncOnce(coordinator.db, coordinator.path);
    respondToFeedback(coordinator.db, { feedbackId: entryId, status: 'discussed', response: 'Zkrátíme program.', reason: '', meetingId: null, respondedOn: '2026-11-25', links: [] }, coordinator.coordinatorId, '2026-11-30');
    await syncOnce(coordinator.db, coordinator.path);
    await syncOnce(member.db, member.path);
    const committeeId = String(coordinator.db.prepare('SELECT id FROM committee').pluck().get());
    const held = (name: string) => server.server.hocuspocus.documents.get(`${committeeId}/${name}`);
    const key = JSON.stringify([entryId]);
    // The entry is in the drop box only; the answer is in the records, written by the coordinator, with no stamp in the drop box.
    const inRecords = held('records')?.getMap('feedback').get(key);
    expect(inRecords instanceof Y.Map ? inRecords.has('text') : false).toBe(false);
    expect(inRecords instanceof Y.Map ? inRecords.get('response') : null).toBe('Zkrátíme program.');
    const inDropBox = held('drop-box')?.getMap('feedback').get(key);
    expect(inDropBox instanceof Y.Map ? inDropBox.get('text') : null).toBe('Porady jsou příliš dlouhé.');
    expect(inDropBox instanceof Y.Map ? inDropBox.get('updated_at') : null).toBe(inDropBox instanceof Y.Map ? inDropBox.get('created_at') : undefined);
    expect(member.db.prepare('SELECT response FROM feedback WHERE id = ?').pluck().get(entryId)).toBe('Zkrátíme program.');
    // The member's next anonymous entry is sent without what the server sent the member's own connection of the
    // drop box (the entry above, received back): the upload could otherwise be matched to that connection.
    saveFeedback(member.db, { text: 'Chybí mi tlumočník.', contributor: { kind: 'anonymous' }, givenOn: '2026-11-23', tags: [], links: [], mayQuote: false, transcribed: false }, memberId);
    const serverDropBox = server.server.hocuspocus.documents.get(`${committeeId}/drop-box`);
    const pending = deviceSyncs.of(member.db)?.dropBoxPending(serverDropBox === undefined ? null : Y.encodeStateAsUpdate(serverDropBox));
    const onServer = Y.decodeStateVector(Y.encodeStateVector(serverDropBox ?? new Y.Doc()));
    expect(Y.decodeUpdate(pending?.update ?? new Uint8Array()).structs.filter((struct) => struct.id.clock < (onServer.get(struct.id.client) ?? 0))).toEqual([]);
    const after = new Y.Doc();
    Y.applyUpdate(after, Y.encodeStateAsUpdate(serverDropBox ?? new Y.Doc()));
    Y.applyUpdate(after, pending?.update ?? new Uint8Array());
    expect(after.getMap('feedback').size).toBe(2);
    // A representative's device is given nobody's anonymous entries, nor the answers to them.
    const rep = await joined(createInvite(coordinator.db, coordinator.path, { memberId: repId, days: 14 }).code);
    await syncOnce(rep.db, rep.path);
    expect(rep.db.prepare('SELECT count(*) FROM feedback WHERE id = ?').pluck().get(entryId)).toBe(0);
  });
});

