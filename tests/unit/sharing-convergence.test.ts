import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { voteRounds } from '../../electron/core/barriers/vote-rounds';
import { saveMember } from '../../electron/core/committee/save-member';
import { saveService } from '../../electron/core/committee/save-service';
import { respondToFeedback } from '../../electron/core/feedback/respond-to-feedback';
import { saveFeedback } from '../../electron/core/feedback/save-feedback';
import { saveDecision } from '../../electron/core/meetings/save-decision';
import { saveMeeting } from '../../electron/core/meetings/save-meeting';
import { setAttendance } from '../../electron/core/meetings/set-attendance';
import { UserError } from '../../electron/core/api/user-error';
import { createInvite } from '../../electron/core/sync/create-invite';
import { joinCommittee } from '../../electron/core/sync/join-committee';
import { shareCommittee } from '../../electron/core/sync/share-committee';
import { syncOnce } from '../../electron/core/sync/sync-once';
import { committeeDb } from '../helpers/committee-db';
import { syncServerForTests, type RunningServer } from '../helpers/sync-server-for-tests';
import { tempDir } from '../helpers/temp-dir';
import { sharedRecords } from '../helpers/shared-records';

type Device = { db: Database.Database; path: string; memberId: string };
type Committee = { server: RunningServer; coordinator: Device; member: Device; rep: Device; meetingId: string; roundId: string };

const running: { server: RunningServer; dbs: Database.Database[] }[] = [];

afterEach(async () => {
  for (const entry of running.splice(0)) {
    for (const db of entry.dbs) db.close();
    await entry.server.stop();
  }
});

/** A committee shared by its coordinator, joined by a member and a representative, each on their own device. */
async function threeDevices(): Promise<Committee> {
  const server = await syncServerForTests();
  const owner = committeeDb();
  const memberId = saveMember(owner.db, { name: 'Jana Dvořáková', organisation: 'Úřad práce', role: 'member', activeFrom: '2026-01-01', activeTo: null }, owner.coordinatorId);
  const repId = saveMember(owner.db, { name: 'Karel Novotný', organisation: '', role: 'service_user_rep', activeFrom: '2026-01-01', activeTo: null }, owner.coordinatorId);
  saveService(owner.db, { name: 'IPS Hradec', provider: 'CDZ Hradec', startDate: '2025-01-01' }, owner.coordinatorId);
  const meetingId = saveMeeting.create(owner.db, { heldOn: '2026-11-10', kind: 'regular', place: 'Hradec Králové', online: false }, owner.coordinatorId);
  const roundId = voteRounds.open(owner.db, { title: 'Priority', heldOn: '2026-11-10', dotsPerMember: 5, hiddenUntilClosed: true, showUserGroup: true, participantIds: [owner.coordinatorId, memberId, repId], barrierIds: [], ideas: ['Dluhy', 'Doprava', 'Bydlení'] }, owner.coordinatorId);
  await shareCommittee(owner.db, owner.path, server.url);
  await syncOnce(owner.db, owner.path);
  const joined = async (id: string): Promise<Device> => {
    const path = join(tempDir(), `${id}.sqlite`);
    return { db: await joinCommittee(path, createInvite(owner.db, owner.path, { memberId: id, days: 30 }).code), path, memberId: id };
  };
  // The invites are in the access list on the server before anyone joins.
  await syncOnce(owner.db, owner.path);
  const member = await joined(memberId);
  const rep = await joined(repId);
  const coordinator = { db: owner.db, path: owner.path, memberId: owner.coordinatorId };
  running.push({ server, dbs: [coordinator.db, member.db, rep.db] });
  return { server, coordinator, member, rep, meetingId, roundId };
}


type Editor = 'coordinator' | 'member';
type Step =
  | { kind: 'service'; by: Editor; name: string }
  | { kind: 'provider'; by: Editor; pick: number; provider: string }
  | { kind: 'decision'; by: Editor; wording: string; votes: number | null }
  | { kind: 'attendance'; by: Editor; present: number }
  | { kind: 'feedback'; who: 'member' | 'rep'; anonymous: boolean; text: string }
  | { kind: 'answer'; by: Editor; pick: number; response: string }
  | { kind: 'vote'; who: 'coordinator' | 'member' | 'rep'; dots: number[] }
  | { kind: 'sync'; who: 'coordinator' | 'member' | 'rep' };

const editor = fc.constantFrom<Editor>('coordinator', 'member');
const words = fc.stringMatching(/^[A-Za-zÁČĎÉĚÍŇÓŘŠŤÚŮÝŽáčďéěíňóřšťúůýž]{3,12}$/);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('service' as const), by: editor, name: words }),
  fc.record({ kind: fc.constant('provider' as const), by: editor, pick: fc.nat(5), provider: words }),
  fc.record({ kind: fc.constant('decision' as const), by: editor, wording: words, votes: fc.option(fc.integer({ min: 1, max: 3 })) }),
  fc.record({ kind: fc.constant('attendance' as const), by: editor, present: fc.nat(3) }),
  fc.record({ kind: fc.constant('feedback' as const), who: fc.constantFrom('member' as const, 'rep' as const), anonymous: fc.boolean(), text: words }),
  fc.record({ kind: fc.constant('answer' as const), by: editor, pick: fc.nat(5), response: words }),
  fc.record({ kind: fc.constant('vote' as const), who: fc.constantFrom('coordinator' as const, 'member' as const, 'rep' as const), dots: fc.array(fc.nat(2), { minLength: 3, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('sync' as const), who: fc.constantFrom('coordinator' as const, 'member' as const, 'rep' as const) }),
);

/** A step the domain may refuse with a message, as on screen (more votes than present). */
function refusedOrDone(step: () => unknown): void {
  try {
    step();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
  }
}

/** One step on one device; a step the domain refuses (a service name taken) is refused there, as on screen. */
async function perform(committee: Committee, action: Step, index: number): Promise<void> {
  if (action.kind === 'sync') {
    const device = committee[action.who];
    await syncOnce(device.db, device.path);
    return;
  }
  if (action.kind === 'vote') {
    // Each member's dots on their own device (a ballot over the round's five dots is refused there, as on screen).
    const { db, memberId } = committee[action.who];
    const items = db.prepare('SELECT id FROM vote_item WHERE round_id = ? ORDER BY position').pluck().all(committee.roundId).map(String);
    if (action.dots.reduce((sum, dots) => sum + dots, 0) <= 5) voteRounds.cast(db, committee.roundId, memberId, Object.fromEntries(items.map((id, index) => [id, action.dots[index] ?? 0])));
    return;
  }
  if (action.kind === 'feedback') {
    const { db, memberId } = committee[action.who];
    saveFeedback(db, { text: `${action.text} ${String(index)}`, contributor: action.anonymous ? { kind: 'anonymous' } : { kind: 'member', memberId }, givenOn: '2026-11-20', tags: [], links: [], mayQuote: false, transcribed: false }, memberId);
    return;
  }
  const { db, memberId } = committee[action.by];
  if (action.kind === 'service') {
    const name = `${action.name} ${String(index)}`;
    saveService(db, { name, provider: 'Nový poskytovatel', startDate: '2026-01-01' }, memberId);
  } else if (action.kind === 'provider') {
    const services = db.prepare('SELECT id, name, start_date FROM service ORDER BY name').all() as { id: string; name: string; start_date: string }[];
    const service = services[action.pick % services.length];
    if (service !== undefined) saveService(db, { id: service.id, name: service.name, provider: action.provider, startDate: service.start_date }, memberId);
  } else if (action.kind === 'decision') {
    const votes = action.votes === null ? null : { for: action.votes, against: 0, abstain: 0 };
    refusedOrDone(() => saveDecision.record(db, committee.meetingId, { agendaItemId: null, wording: action.wording, rationale: '', method: votes === null ? 'consensus' : 'vote', votes, userRepPosition: '', dissent: [], links: [], changes: null }, memberId));
  } else if (action.kind === 'attendance') {
    // The first `present` of the three present, the others sending apologies; fewer than a vote counted is refused.
    const members = [committee.coordinator, committee.member, committee.rep].map((device, index) => ({ memberId: device.memberId, presence: index < action.present ? ('present' as const) : ('apologies' as const) }));
    refusedOrDone(() => setAttendance(db, committee.meetingId, { members, guests: [] }, memberId));
  } else {
    const entries = db.prepare('SELECT id FROM feedback ORDER BY id').pluck().all().map(String);
    const feedbackId = entries[action.pick % Math.max(entries.length, 1)];
    if (feedbackId !== undefined) respondToFeedback(db, { feedbackId, status: 'discussed', response: action.response, reason: '', meetingId: null, respondedOn: '2026-11-25', links: [] }, memberId, '2026-11-30');
  }
}

describe('three devices sharing a committee', () => {
  it('converge to the same records after random edits, random exchanges and long spells offline, with the rules that span records holding', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 24 }), async (steps) => {
        const committee = await threeDevices();
        for (const [index, action] of steps.entries()) await perform(committee, action, index);
        // Everyone comes back online: exchanges until nothing moves (a merge may settle a rule and share that).
        for (let round = 0; round < 2; round += 1) for (const who of ['coordinator', 'member', 'rep'] as const) await syncOnce(committee[who].db, committee[who].path);
        const { coordinator, member, rep } = committee;
        // While the round hides its votes, each device holds its own dots and knows who has cast.
        const cast = (db: Database.Database) => db.prepare('SELECT member_id FROM vote_cast ORDER BY member_id').pluck().all();
        expect(cast(member.db)).toEqual(cast(coordinator.db));
        expect(cast(rep.db)).toEqual(cast(coordinator.db));
        for (const device of [coordinator, member, rep]) expect(device.db.prepare('SELECT count(*) FROM vote_dot WHERE member_id <> ?').pluck().get(device.memberId)).toBe(0);
        // The coordinator closes the round: then every device holds every ballot.
        voteRounds.close(coordinator.db, committee.roundId, coordinator.memberId);
        for (let round = 0; round < 2; round += 1) for (const who of ['coordinator', 'member', 'rep'] as const) await syncOnce(committee[who].db, committee[who].path);
        expect(sharedRecords(member.db)).toEqual(sharedRecords(coordinator.db));
        // The representative holds everything but the feedback others gave (named or anonymous), which their role does not read.
        const givenByMember = new Set(steps.flatMap((action, index) => (action.kind === 'feedback' && action.who === 'member' ? [`${action.text} ${String(index)}`] : [])));
        const { feedback: all = [], ...rest } = sharedRecords(coordinator.db);
        const { feedback: held = [], ...repRest } = sharedRecords(rep.db);
        expect(repRest).toEqual(rest);
        expect(held).toEqual(all.filter((row) => !givenByMember.has(String((JSON.parse(row) as { text: unknown }).text))));
        // Decision numbers: one per decision in each year, from 1 with no gaps a reader would trip over more than once.
        const numbers = coordinator.db.prepare('SELECT year, number FROM decision ORDER BY year, number').all() as { year: number; number: number }[];
        expect(new Set(numbers.map((row) => `${String(row.year)}/${String(row.number)}`)).size).toBe(numbers.length);
        // Votes never exceed those present, on any device.
        for (const device of [coordinator, member, rep]) {
          const over = device.db.prepare("SELECT count(*) FROM decision d WHERE d.method = 'vote' AND d.votes_for + d.votes_against + d.votes_abstain > (SELECT count(*) FROM meeting_attendee a WHERE a.meeting_id = d.meeting_id AND a.presence = 'present')").pluck().get();
          expect(over).toBe(0);
        }
        // Nothing waits to be shared on the devices that may write.
        for (const device of [coordinator, member, rep]) expect(device.db.prepare('SELECT count(*) FROM sync_update WHERE shared = 0').pluck().get()).toBe(0);
        for (const entry of running.splice(0)) {
          for (const db of entry.dbs) db.close();
          await entry.server.stop();
        }
      }),
      { numRuns: Number(process.env.SYNC_RUNS ?? 6) },
    );
  });
});
