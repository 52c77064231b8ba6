import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../electron/core/barriers/catalogue';
import { listRegister } from '../../electron/core/barriers/list-register';
import { recordReview } from '../../electron/core/barriers/record-review';
import { removeBarrier, restoreBarrier } from '../../electron/core/barriers/remove-barrier';
import { addBarrier } from '../../electron/core/barriers/save-barrier';
import { severityMatrix } from '../../electron/core/barriers/severity-matrix';
import { voteRounds } from '../../electron/core/barriers/vote-rounds';
import { saveMember } from '../../electron/core/committee/save-member';
import { saveAction } from '../../electron/core/meetings/save-action';
import { UserError } from '../../electron/core/api/user-error';
import { barrierGroups } from '../../electron/core/domain/barrier-terms';
import { apiFor } from '../helpers/api-for';
import { committeeDb } from '../helpers/committee-db';

function code(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error.code;
    throw error;
  }
  return 'no error';
}

function firstBarrier(db: Database.Database, actor: string | null): string {
  const entry = catalogue().entries[0];
  if (entry === undefined) throw new Error('catalogue has entries');
  return addBarrier(db, { source: 'catalogue', catalogueId: entry.id, localWording: 'Here it shows as…', serviceIds: [], ownerId: actor, status: 'active' }, 'cs', actor);
}

describe('the catalogue', () => {
  it('covers every group with several barriers, each with levels, a CFIR domain, sources and mitigations in both languages', () => {
    const data = catalogue();
    expect(data.entries.length).toBeGreaterThanOrEqual(28);
    for (const group of barrierGroups) expect(data.entries.filter((entry) => entry.group === group && entry.kind === 'barrier').length, group).toBeGreaterThanOrEqual(3);
    expect(data.entries.some((entry) => entry.kind === 'facilitator')).toBe(true);
    for (const entry of data.entries) {
      expect(entry.name.cs, entry.id).not.toBe(entry.name.en);
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      expect(entry.mitigations.length, entry.id).toBeGreaterThan(0);
    }
    for (const source of data.sources) expect(source.citation.length, source.id).toBeGreaterThan(30);
  });
});

describe('the register', () => {
  it('takes a catalogue barrier once, with the name in the committee language, and a custom barrier beside it', () => {
    const { db, coordinatorId } = committeeDb();
    firstBarrier(db, coordinatorId);
    expect(() => firstBarrier(db, coordinatorId)).toThrow(UserError);
    addBarrier(db, { source: 'custom', name: 'Bus', description: '', group: 'infrastructure', level: 'contextual', localWording: '', serviceIds: [], ownerId: null, status: 'monitoring' }, 'cs', coordinatorId);
    const register = listRegister(db);
    expect(register.map((entry) => entry.name)).toEqual([catalogue().entries[0]?.name.cs, 'Bus']);
    expect(register[1]).toMatchObject({ catalogueId: null, group: 'infrastructure', levels: ['contextual'], status: 'monitoring' });
  });

  it('refuses links to services and members that do not exist, naming the field', () => {
    const { db } = committeeDb();
    const entry = catalogue().entries[1];
    if (entry === undefined) throw new Error('catalogue has entries');
    const bad = (serviceIds: string[], ownerId: string | null) => () => addBarrier(db, { source: 'catalogue', catalogueId: entry.id, localWording: '', serviceIds, ownerId, status: 'active' }, 'en', null);
    expect(code(bad(['00000000-0000-4000-8000-000000000000'], null))).toBe('service_not_found');
    expect(code(bad([], '00000000-0000-4000-8000-000000000000'))).toBe('member_not_found');
    expect(listRegister(db)).toEqual([]);
  });

  it('shows the latest review and the change since the one before', () => {
    const { db, coordinatorId } = committeeDb();
    const id = firstBarrier(db, coordinatorId);
    recordReview(db, { reviewDate: '2026-03-14', assessments: [{ barrierId: id, severity: 2, trend: 'same', note: '' }] }, coordinatorId);
    expect(listRegister(db)[0]).toMatchObject({ latest: { severity: 2 }, previous: null, change: null });
    recordReview(db, { reviewDate: '2026-06-14', assessments: [{ barrierId: id, severity: 4, trend: 'worse', note: 'two offers lost' }] }, coordinatorId);
    recordReview(db, { reviewDate: '2026-06-14', assessments: [{ barrierId: id, severity: 5, trend: 'worse', note: 'corrected' }] }, coordinatorId);
    expect(listRegister(db)[0]).toMatchObject({ latest: { severity: 5, note: 'corrected', by: 'Petra Malá' }, previous: { severity: 2 }, change: 3 });
    expect(severityMatrix(db)).toEqual({ reviewDates: ['2026-03-14', '2026-06-14'], rows: [{ barrierId: id, severities: [2, 5] }] });
  });

  it('deletes a barrier without history at once, and archives one with history only after confirmation', () => {
    const { db, coordinatorId } = committeeDb();
    const plain = firstBarrier(db, coordinatorId);
    expect(removeBarrier(db, plain, false, coordinatorId)).toEqual({ outcome: 'deleted' });
    const acted = firstBarrier(db, coordinatorId);
    saveAction.add(db, { title: 'Call the ministry', ownerMemberId: coordinatorId, ownerOrganisation: '', dueDate: '2099-01-01', decisionId: null, barrierId: acted, meetingId: null, agendaItemId: null }, '2026-01-01', coordinatorId);
    expect(removeBarrier(db, acted, false, coordinatorId)).toMatchObject({ outcome: 'needs_confirmation', links: 1 });
    expect(removeBarrier(db, acted, true, coordinatorId)).toEqual({ outcome: 'archived' });
    const reviewed = firstBarrier(db, coordinatorId);
    recordReview(db, { reviewDate: '2026-03-14', assessments: [{ barrierId: reviewed, severity: 3, trend: 'same', note: '' }] }, coordinatorId);
    expect(removeBarrier(db, reviewed, false, coordinatorId)).toEqual({ outcome: 'needs_confirmation', assessments: 1, mitigations: 0, votes: 0, links: 0 });
    expect(listRegister(db)).toHaveLength(1);
    expect(removeBarrier(db, reviewed, true, coordinatorId)).toEqual({ outcome: 'archived' });
    expect(listRegister(db)).toHaveLength(0);
    expect(db.prepare('SELECT count(*) FROM barrier_assessment').pluck().get()).toBe(1);
    restoreBarrier(db, reviewed, coordinatorId);
    expect(listRegister(db)[0]?.latest?.severity).toBe(3);
  });
});

describe('dot voting', () => {
  function setUp() {
    const { db, coordinatorId } = committeeDb();
    const userRep = saveMember(db, { name: 'Lucie Horáková', organisation: '', role: 'service_user_rep', activeFrom: '2026-01-01', activeTo: null }, coordinatorId);
    const absent = saveMember(db, { name: 'Karel Nepřítomný', organisation: '', role: 'member', activeFrom: '2026-01-01', activeTo: null }, coordinatorId);
    const barrier = firstBarrier(db, coordinatorId);
    const roundId = voteRounds.open(
      db,
      { title: 'First?', heldOn: '2026-06-14', dotsPerMember: 3, hiddenUntilClosed: true, showUserGroup: true, participantIds: [coordinatorId, userRep], barrierIds: [barrier], ideas: ['Employer breakfast', 'Meet the job centre', 'Job centre liaison'] },
      coordinatorId,
    );
    const items = voteRounds.get(db, roundId, null).items;
    return { db, coordinatorId, userRep, absent, roundId, items };
  }

  it('ranks the items by dots once closed, and shows the service-user representatives as a group', () => {
    const { db, coordinatorId, userRep, roundId, items } = setUp();
    const [barrierItem, breakfast, meet, liaison] = items.map((item) => item.id);
    if (barrierItem === undefined || breakfast === undefined || meet === undefined || liaison === undefined) throw new Error('four items');
    voteRounds.cluster(db, roundId, 'Work with the job centre', [meet, liaison], coordinatorId);
    const heading = voteRounds.get(db, roundId, null).items.find((item) => item.idea === 'Work with the job centre')?.id ?? '';
    voteRounds.cast(db, roundId, coordinatorId, { [heading]: 2, [barrierItem]: 1 });
    voteRounds.cast(db, roundId, userRep, { [breakfast]: 3 });
    const hidden = voteRounds.get(db, roundId, coordinatorId);
    expect(hidden.resultsVisible).toBe(false);
    expect(hidden.items.every((item) => item.total === null)).toBe(true);
    expect(hidden.myDots).toEqual({ [heading]: 2, [barrierItem]: 1 });
    voteRounds.close(db, roundId, coordinatorId);
    const result = voteRounds.get(db, roundId, null);
    const ranked = result.items.filter((item) => item.clusterId === null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    expect(ranked.map((item) => [item.idea ?? 'barrier', item.total, item.userRepTotal, item.rank])).toEqual([
      ['Employer breakfast', 3, 3, 1],
      ['Work with the job centre', 2, 0, 2],
      ['barrier', 1, 0, 3],
    ]);
    expect(code(() => voteRounds.cast(db, roundId, userRep, { [breakfast]: 1 }))).toBe('vote_round_closed');
  });

  it('refuses dots beyond a member’s share, votes by someone not present, and votes for a grouped item', () => {
    const { db, coordinatorId, absent, roundId, items } = setUp();
    const [first, second, third] = items.map((item) => item.id);
    if (first === undefined || second === undefined || third === undefined) throw new Error('items');
    expect(code(() => voteRounds.cast(db, roundId, coordinatorId, { [first]: 2, [second]: 2 }))).toBe('vote_beyond_dots');
    expect(code(() => voteRounds.cast(db, roundId, absent, { [first]: 1 }))).toBe('voter_not_present');
    voteRounds.cluster(db, roundId, 'Together', [second, third], coordinatorId);
    expect(code(() => voteRounds.cast(db, roundId, coordinatorId, { [second]: 1 }))).toBe('vote_item_not_found');
    expect(db.prepare('SELECT count(*) FROM vote_dot').pluck().get()).toBe(0);
  });

  it('turns away bad input at the contract with a message naming the field', async () => {
    const api = apiFor(':memory:');
    expect(await api.raw('recordReview', { reviewDate: '2026-06-14', assessments: [{ barrierId: '00000000-0000-4000-8000-000000000000', severity: 6, trend: 'worse', note: '' }] })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'assessments.0.severity' },
    });
    expect(await api.raw('addBarrier', { source: 'custom', name: ' ', description: '', group: 'policy', level: 'team', localWording: '', serviceIds: [], ownerId: null, status: 'active' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'name' },
    });
  });
});
