import { describe, expect, it } from 'vitest';
import { saveMember } from '../../electron/core/committee/save-member';
import { createDemoCommittee } from '../../electron/core/committee/create-demo-committee';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { readDecisions } from '../../electron/core/meetings/read-decisions';
import { readActions } from '../../electron/core/meetings/read-actions';
import { apiFor, type TestApi } from '../helpers/api-for';
import { committeeDb } from '../helpers/committee-db';
import { tempDir } from '../helpers/temp-dir';
import { join } from 'node:path';

const consensus = { agendaItemId: null, rationale: '', method: 'consensus' as const, votes: null, userRepPosition: '', dissent: [], links: [], changes: null };

function setUp() {
  const { db, path, coordinatorId } = committeeDb();
  const repId = saveMember(db, { name: 'Lucie Horáková', organisation: 'Spolek', role: 'service_user_rep', activeFrom: '2026-01-01', activeTo: null }, coordinatorId);
  const leftId = saveMember(db, { name: 'Karel Veselý', organisation: 'Město', role: 'member', activeFrom: '2024-01-01', activeTo: '2025-12-31' }, coordinatorId);
  db.close();
  return { api: apiFor(path), path, coordinatorId, repId, leftId };
}

function rowCounts(api: TestApi): string {
  const db = api.context.workspace.db();
  return ['meeting', 'meeting_attendee', 'agenda_item', 'decision', 'decision_link', 'decision_dissent', 'action', 'action_progress']
    .map((table) => `${table}=${String(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get())}`)
    .join(' ');
}

async function errorOf(api: TestApi, method: string, input: unknown): Promise<{ code: string; field: string | undefined }> {
  const response = await api.raw(method, input);
  if (response.ok) return { code: 'no error', field: undefined };
  return { code: response.error.code, field: response.error.field };
}

describe('meetings', () => {
  it('starts a meeting with the members active on its date present and the standing business on the agenda', async () => {
    const { api, coordinatorId, repId, leftId } = setUp();
    const first = await api.call('createMeeting', { heldOn: '2026-03-10', kind: 'regular', place: 'Krajský úřad', online: false });
    expect(first.attendees.map((attendee) => attendee.memberId).sort()).toEqual([coordinatorId, repId].sort());
    expect(first.attendees.find((attendee) => attendee.memberId === repId)?.role).toBe('service_user_rep');
    expect(first.attendees.some((attendee) => attendee.memberId === leftId)).toBe(false);
    expect(first.agenda).toEqual([]);

    await api.call('addAction', { meetingId: first.id, agendaItemId: null, title: 'Write to the insurer', ownerMemberId: coordinatorId, ownerOrganisation: '', dueDate: '2026-04-30', decisionId: null, barrierId: null });
    const second = await api.call('createMeeting', { heldOn: '2026-06-10', kind: 'regular', place: '', online: true });
    expect(second.agenda.map((item) => item.kind)).toEqual(['open_actions']);
    expect(second.agenda[0]?.title).toBe('Otevřené úkoly z minulých jednání');
    expect(second.earlierActions.map((action) => [action.title, action.overdue])).toEqual([['Write to the insurer', true]]);
  });

  it('lets the coordinator reorder, add, drop and restore agenda items', async () => {
    const { api } = setUp();
    const meeting = await api.call('createMeeting', { heldOn: '2026-03-10', kind: 'regular', place: '', online: false });
    await api.call('addAgendaItem', { meetingId: meeting.id, title: 'Budget' });
    const added = await api.call('addAgendaItem', { meetingId: meeting.id, title: 'Employers' });
    const employers = added.agenda.find((item) => item.title === 'Employers');
    if (employers === undefined) throw new Error('added');
    const moved = await api.call('moveAgendaItem', { id: employers.id, direction: 'up' });
    expect(moved.agenda.map((item) => item.title)).toEqual(['Employers', 'Budget']);
    const dropped = await api.call('dropAgendaItem', { id: employers.id, dropped: true });
    expect(dropped.agenda.find((item) => item.id === employers.id)?.dropped).toBe(true);
    const restored = await api.call('dropAgendaItem', { id: employers.id, dropped: false });
    expect(restored.agenda.find((item) => item.id === employers.id)?.dropped).toBe(false);
  });
});

describe('decisions', () => {
  it('numbers decisions per year and records votes, dissent in the member’s words and the representatives’ position', async () => {
    const { api, repId } = setUp();
    const march = await api.call('createMeeting', { heldOn: '2026-03-10', kind: 'regular', place: '', online: false });
    await api.call('recordDecision', { meetingId: march.id, ...consensus, wording: 'Adopt IPS-25' });
    const voted = await api.call('recordDecision', {
      meetingId: march.id,
      ...consensus,
      wording: 'Fund benefits advice',
      method: 'vote',
      votes: { for: 1, against: 1, abstain: 0 },
      dissent: [{ memberId: repId, words: 'Advice comes too late.' }],
      userRepPosition: 'We want advice before the first interview.',
    });
    expect(voted.decisions.map((decision) => decision.label)).toEqual(['2026/01', '2026/02']);
    expect(voted.decisions[1]).toMatchObject({ votes: { for: 1, against: 1, abstain: 0 }, dissent: [{ name: 'Lucie Horáková', words: 'Advice comes too late.' }], userRepPosition: 'We want advice before the first interview.' });
    const january = await api.call('createMeeting', { heldOn: '2027-01-12', kind: 'extraordinary', place: '', online: true });
    const next = await api.call('recordDecision', { meetingId: january.id, ...consensus, wording: 'New year' });
    expect(next.decisions[0]?.label).toBe('2027/01');
  });

  it('refuses a decision without wording and a vote that counts more people than attended, writing nothing', async () => {
    const { api } = setUp();
    const meeting = await api.call('createMeeting', { heldOn: '2026-03-10', kind: 'regular', place: '', online: false });
    const before = rowCounts(api);
    expect(await errorOf(api, 'recordDecision', { meetingId: meeting.id, ...consensus, wording: '   ' })).toEqual({ code: 'decision_wording_required', field: 'wording' });
    expect(await errorOf(api, 'recordDecision', { meetingId: meeting.id, ...consensus, wording: 'Vote', method: 'vote', votes: { for: 2, against: 1, abstain: 0 } })).toEqual({
      code: 'decision_votes_exceed_attendees',
      field: 'votes',
    });
    expect(await errorOf(api, 'recordDecision', { meetingId: meeting.id, ...consensus, wording: 'Link', links: [{ kind: 'barrier', ref: '00000000-0000-4000-8000-000000000000' }] })).toEqual({
      code: 'decision_link_not_found',
      field: 'links',
    });
    expect(rowCounts(api)).toBe(before);
  });

  it('keeps an amended decision visible beside the one that amends it, and refuses to revoke twice', async () => {
    const { api } = setUp();
    const meeting = await api.call('createMeeting', { heldOn: '2026-03-10', kind: 'regular', place: '', online: false });
    const first = (await api.call('recordDecision', { meetingId: meeting.id, ...consensus, wording: 'Original' })).decisions[0];
    if (first === undefined) throw new Error('recorded');
    await api.call('recordDecision', { meetingId: meeting.id, ...consensus, wording: 'Amended', changes: { kind: 'amends', decisionId: first.id } });
    await api.call('recordDecision', { meetingId: meeting.id, ...consensus, wording: 'Revoked', changes: { kind: 'revokes', decisionId: first.id } });
    expect(await errorOf(api, 'recordDecision', { meetingId: meeting.id, ...consensus, wording: 'Again', changes: { kind: 'revokes', decisionId: first.id } })).toMatchObject({
      code: 'decision_already_revoked',
    });
    const all = await api.call('listDecisions', {});
    expect(all.map((decision) => decision.wording)).toEqual(['Revoked', 'Amended', 'Original']);
    expect(all[2]?.changedBy.map((change) => [change.kind, change.label])).toEqual([
      ['amends', '2026/02'],
      ['revokes', '2026/03'],
    ]);
  });

  it('keeps the approved text when a decision is edited after the minutes were approved', async () => {
    const { api } = setUp();
    const meeting = await api.call('createMeeting', { heldOn: '2026-03-10', kind: 'regular', place: '', online: false });
    const decision = (await api.call('recordDecision', { meetingId: meeting.id, ...consensus, wording: 'Draft wording' })).decisions[0];
    if (decision === undefined) throw new Error('recorded');
    await api.call('updateDecision', { id: decision.id, ...consensus, wording: 'Corrected before approval' });
    expect((await api.call('getMeeting', { id: meeting.id })).decisions[0]).toMatchObject({ version: 1, versions: [] });
    expect(await errorOf(api, 'approveMinutes', { meetingId: meeting.id, approvedOn: '2026-03-01' })).toMatchObject({ code: 'minutes_approved_before_meeting' });
    await api.call('approveMinutes', { meetingId: meeting.id, approvedOn: '2026-06-10' });
    const edited = await api.call('updateDecision', { id: decision.id, ...consensus, wording: 'Edited after approval' });
    expect(edited.wording).toBe('Edited after approval');
    expect(edited.version).toBe(2);
    expect(edited.versions).toMatchObject([{ version: 1, wording: 'Corrected before approval', approved: true }]);
    expect(await errorOf(api, 'approveMinutes', { meetingId: meeting.id, approvedOn: '2026-06-11' })).toMatchObject({ code: 'minutes_already_approved' });
  });
});

describe('actions', () => {
  it('refuses an action without an owner or due before its meeting, and a drop without a reason', async () => {
    const { api, coordinatorId } = setUp();
    const meeting = await api.call('createMeeting', { heldOn: '2026-03-10', kind: 'regular', place: '', online: false });
    const base = { meetingId: meeting.id, agendaItemId: null, title: 'Call employers', ownerMemberId: null, ownerOrganisation: '', dueDate: '2026-04-01', decisionId: null, barrierId: null };
    const before = rowCounts(api);
    expect(await errorOf(api, 'addAction', base)).toEqual({ code: 'action_owner_required', field: 'owner' });
    expect(await errorOf(api, 'addAction', { ...base, ownerMemberId: coordinatorId, dueDate: '2026-03-09' })).toEqual({ code: 'action_due_before_meeting', field: 'dueDate' });
    expect(rowCounts(api)).toBe(before);
    const action = await api.call('addAction', { ...base, ownerOrganisation: 'Úřad práce' });
    expect(action).toMatchObject({ ownerName: 'Úřad práce', status: 'open' });
    expect(await errorOf(api, 'updateAction', { ...base, id: action.id, ownerOrganisation: 'Úřad práce', status: 'dropped', note: '', dropReason: '' })).toEqual({
      code: 'action_drop_reason_required',
      field: 'dropReason',
    });
  });

  it('records what each meeting said about an earlier action, and filters the overview by owner, status and barrier', async () => {
    const { api, coordinatorId, repId } = setUp();
    const march = await api.call('createMeeting', { heldOn: '2026-03-10', kind: 'regular', place: '', online: false });
    const mine = await api.call('addAction', { meetingId: march.id, agendaItemId: null, title: 'Mine', ownerMemberId: coordinatorId, ownerOrganisation: '', dueDate: '2026-04-01', decisionId: null, barrierId: null });
    await api.call('addAction', { meetingId: march.id, agendaItemId: null, title: 'Theirs', ownerMemberId: repId, ownerOrganisation: '', dueDate: '2099-04-01', decisionId: null, barrierId: null });
    const june = await api.call('createMeeting', { heldOn: '2026-06-10', kind: 'regular', place: '', online: false });
    const reviewed = await api.call('reviewAction', { actionId: mine.id, meetingId: june.id, status: 'done', note: 'Letter sent', dropReason: '' });
    expect(reviewed.earlierActions.find((action) => action.id === mine.id)?.review).toMatchObject({ status: 'done', note: 'Letter sent', notedOn: '2026-06-10' });
    expect((await api.call('listActions', { ownerMemberId: repId })).map((action) => action.title)).toEqual(['Theirs']);
    expect((await api.call('listActions', { status: 'done' })).map((action) => action.title)).toEqual(['Mine']);
    expect((await api.call('listActions', { status: 'overdue' })).map((action) => action.title)).toEqual([]);
  });
});

describe('corrections that would contradict the record', () => {
  it('keeps an action’s status from its latest review when an older review is corrected', async () => {
    const { api, coordinatorId } = setUp();
    const march = await api.call('createMeeting', { heldOn: '2026-03-10', kind: 'regular', place: '', online: false });
    const action = await api.call('addAction', { meetingId: march.id, agendaItemId: null, title: 'Ask the insurer', ownerMemberId: coordinatorId, ownerOrganisation: '', dueDate: '2026-09-01', decisionId: null, barrierId: null });
    const june = await api.call('createMeeting', { heldOn: '2026-06-10', kind: 'regular', place: '', online: false });
    const september = await api.call('createMeeting', { heldOn: '2026-09-10', kind: 'regular', place: '', online: false });
    await api.call('reviewAction', { actionId: action.id, meetingId: june.id, status: 'in_progress', note: 'Letter drafted', dropReason: '' });
    await api.call('reviewAction', { actionId: action.id, meetingId: september.id, status: 'done', note: 'Answered', dropReason: '' });
    await api.call('reviewAction', { actionId: action.id, meetingId: june.id, status: 'in_progress', note: 'Letter drafted and sent', dropReason: '' });
    expect((await api.call('listActions', {})).find((item) => item.id === action.id)?.status).toBe('done');
    const january = await api.call('createMeeting', { heldOn: '2026-01-10', kind: 'regular', place: '', online: false });
    expect(await errorOf(api, 'reviewAction', { actionId: action.id, meetingId: january.id, status: 'done', note: '', dropReason: '' })).toMatchObject({ code: 'action_reviewed_before_set' });
  });

  it('refuses to move a meeting with decisions into another year, or past the approval of its minutes', async () => {
    const { api } = setUp();
    const meeting = await api.call('createMeeting', { heldOn: '2026-12-10', kind: 'regular', place: '', online: false });
    await api.call('recordDecision', { meetingId: meeting.id, ...consensus, wording: 'A decision of 2026' });
    expect(await errorOf(api, 'updateMeeting', { id: meeting.id, heldOn: '2027-01-05', kind: 'regular', place: '', online: false })).toMatchObject({ code: 'meeting_year_has_decisions', field: 'heldOn' });
    expect(await errorOf(api, 'approveMinutes', { meetingId: meeting.id, approvedOn: '2099-01-01' })).toMatchObject({ code: 'minutes_approved_in_future' });
    const earlier = await api.call('createMeeting', { heldOn: '2026-02-10', kind: 'regular', place: '', online: false });
    await api.call('approveMinutes', { meetingId: earlier.id, approvedOn: '2026-03-10' });
    expect(await errorOf(api, 'updateMeeting', { id: earlier.id, heldOn: '2026-04-10', kind: 'regular', place: '', online: false })).toMatchObject({ code: 'meeting_after_approval' });
  });

  it('lets a decision change only earlier decisions, never in a circle', async () => {
    const { api } = setUp();
    const march = await api.call('createMeeting', { heldOn: '2026-03-10', kind: 'regular', place: '', online: false });
    const june = await api.call('createMeeting', { heldOn: '2026-06-10', kind: 'regular', place: '', online: false });
    const later = (await api.call('recordDecision', { meetingId: june.id, ...consensus, wording: 'June' })).decisions[0];
    if (later === undefined) throw new Error('recorded');
    expect(await errorOf(api, 'recordDecision', { meetingId: march.id, ...consensus, wording: 'March', changes: { kind: 'amends', decisionId: later.id } })).toMatchObject({ code: 'decision_changes_later' });
    const amending = (await api.call('recordDecision', { meetingId: june.id, ...consensus, wording: 'Amends June', changes: { kind: 'amends', decisionId: later.id } })).decisions.find((decision) => decision.wording === 'Amends June');
    if (amending === undefined) throw new Error('recorded');
    expect(await errorOf(api, 'updateDecision', { id: later.id, ...consensus, wording: 'June', changes: { kind: 'amends', decisionId: amending.id } })).toMatchObject({ code: 'decision_changes_circle' });
  });
});

describe('the demo committee', () => {
  it('has four meetings, a dozen numbered decisions (a vote, dissent, an amendment, a corrected approved text) and actions in every status, some overdue', () => {
    const db = openWorkbenchDatabase(join(tempDir(), 'demo.sqlite'));
    createDemoCommittee(db, 'cs', '2026-11-25');
    const decisions = readDecisions(db);
    expect(decisions).toHaveLength(12);
    expect(decisions.some((decision) => decision.method === 'vote')).toBe(true);
    expect(decisions.some((decision) => decision.dissent.length > 0)).toBe(true);
    expect(decisions.some((decision) => decision.changedBy.some((change) => change.kind === 'amends'))).toBe(true);
    expect(decisions.some((decision) => decision.versions.some((version) => version.approved) && decision.version > 1)).toBe(true);
    const actions = readActions(db, {}, '2026-11-25');
    expect(new Set(actions.map((action) => action.status))).toEqual(new Set(['open', 'in_progress', 'done', 'dropped']));
    expect(actions.filter((action) => action.overdue).length).toBeGreaterThan(0);
    expect(actions.filter((action) => !action.overdue && action.status === 'open').length).toBeGreaterThan(0);
    expect(Number(db.prepare("SELECT count(*) FROM meeting_attendee WHERE presence = 'apologies'").pluck().get())).toBeGreaterThan(0);
  });
});
