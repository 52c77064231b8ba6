import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../electron/core/barriers/catalogue';
import { addBarrier } from '../../electron/core/barriers/save-barrier';
import { saveMember } from '../../electron/core/committee/save-member';
import { saveService } from '../../electron/core/committee/save-service';
import { UserError } from '../../electron/core/api/user-error';
import { newId } from '../../electron/core/domain/new-id';
import { demoFeedback } from '../../electron/core/feedback/demo-feedback';
import { feedbackDraft } from '../../electron/core/feedback/feedback-draft';
import type { FeedbackDraft, FeedbackFields, FeedbackResponse } from '../../electron/core/feedback/feedback-types';
import { listFeedback } from '../../electron/core/feedback/list-feedback';
import { respondToFeedback } from '../../electron/core/feedback/respond-to-feedback';
import { saveFeedback } from '../../electron/core/feedback/save-feedback';
import { committeeDb } from '../helpers/committee-db';

const today = '2026-06-30';
const missing = '00000000-0000-4000-8000-000000000000';

function refusal(action: () => unknown): { code: string; field: string | undefined } {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return { code: error.code, field: error.field };
    throw error;
  }
  return { code: 'no error', field: undefined };
}

function fields(overrides: Partial<FeedbackFields> = {}): FeedbackFields {
  return { text: 'The bus is too early.', contributor: { kind: 'anonymous' }, givenOn: '2026-03-01', tags: [], links: [], mayQuote: false, transcribed: false, ...overrides };
}

/** Everything a refused save could have touched. */
function footprint(db: Database.Database): unknown[] {
  return [
    db.prepare('SELECT * FROM feedback ORDER BY id').all(),
    db.prepare('SELECT * FROM feedback_link ORDER BY feedback_id, kind, ref').all(),
    db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
  ];
}

function meeting(db: Database.Database, heldOn: string): string {
  const id = newId();
  db.prepare("INSERT INTO meeting (id, held_on, kind, created_at, updated_at) VALUES (?, ?, 'regular', ?, ?)").run(id, heldOn, heldOn, heldOn);
  return id;
}

function decision(db: Database.Database, meetingId: string, year: number, number: number, wording: string): string {
  const id = newId();
  db.prepare("INSERT INTO decision (id, year, number, meeting_id, wording, method, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'consensus', ?, ?)").run(id, year, number, meetingId, wording, today, today);
  return id;
}

function action(db: Database.Database, meetingId: string, title: string): string {
  const id = newId();
  db.prepare("INSERT INTO action (id, title, owner_organisation, due_date, status, meeting_id, created_at, updated_at) VALUES (?, ?, 'Labour Office', '2026-09-30', 'open', ?, ?, ?)").run(id, title, meetingId, today, today);
  return id;
}

function setUp() {
  const { db, coordinatorId } = committeeDb();
  const userRep = saveMember(db, { name: 'Lucie Horáková', organisation: '', role: 'service_user_rep', activeFrom: '2026-01-01', activeTo: null }, coordinatorId);
  const other = saveMember(db, { name: 'Karel Král', organisation: 'Úřad práce', role: 'member', activeFrom: '2026-01-01', activeTo: null }, coordinatorId);
  const chair = saveMember(db, { name: 'Jana Dvořáková', organisation: 'Kraj', role: 'chair', activeFrom: '2026-01-01', activeTo: null }, coordinatorId);
  const entry = catalogue().entries.find((candidate) => candidate.id === 'benefits-fear-losing-benefits') ?? catalogue().entries[0];
  if (entry === undefined) throw new Error('catalogue has entries');
  const barrierId = addBarrier(db, { source: 'catalogue', catalogueId: entry.id, localWording: '', serviceIds: [], ownerId: null, status: 'active' }, 'en', coordinatorId);
  const serviceId = saveService(db, { name: 'IPS Dolní Ves', provider: 'CDZ', startDate: '2025-01-01' }, coordinatorId);
  return { db, coordinatorId, userRep, other, chair, barrierId, serviceId };
}

describe('adding feedback', () => {
  it('takes each kind of contributor, with the text trimmed and the tags cleaned', () => {
    const { db, coordinatorId, userRep } = setUp();
    saveFeedback(db, fields({ text: '  In my own words.  ', contributor: { kind: 'member', memberId: userRep }, givenOn: '2026-03-01', tags: [' benefits ', 'Benefits', '', 'travel  costs'] }), userRep, today);
    saveFeedback(db, fields({ contributor: { kind: 'group', groupName: '  Krajská organizace uživatelů ' }, givenOn: '2026-02-01' }), coordinatorId, today);
    saveFeedback(db, fields({ givenOn: '2026-01-01', transcribed: true }), coordinatorId, today);
    const { entries } = listFeedback(db, {}, coordinatorId);
    expect(entries.map((entry) => [entry.contributor.kind, entry.contributorName])).toEqual([
      ['member', 'Lucie Horáková'],
      ['group', 'Krajská organizace uživatelů'],
      ['anonymous', null],
    ]);
    expect(entries[0]).toMatchObject({ text: 'In my own words.', tags: ['benefits', 'travel costs'], status: 'received', transcribed: false });
    expect(entries[2]?.transcribed).toBe(true);
  });

  it('keeps no member in an anonymous entry, no time of day, and no place in the audit trail', () => {
    const { db, coordinatorId } = setUp();
    const id = saveFeedback(db, fields({ text: 'Nobody should know this was me.' }), coordinatorId, today);
    expect(db.prepare('SELECT member_id, group_name, created_by, updated_by FROM feedback WHERE id = ?').get(id)).toEqual({ member_id: null, group_name: null, created_by: null, updated_by: null });
    expect(db.prepare('SELECT substr(created_at, 11) AS created, substr(updated_at, 11) AS updated FROM feedback WHERE id = ?').get(id)).toEqual({ created: 'T00:00:00.000Z', updated: 'T00:00:00.000Z' });
    // Its history is kept apart, by the day, in the entry's own order, so no neighbour in the trail points at the typist.
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE record_id LIKE ?").pluck().get(`${id}%`)).toBe(0);
    expect(db.prepare('SELECT table_name, version, action, length(changed_on) AS day FROM anonymous_history WHERE record_id = ?').all(id)).toEqual([{ table_name: 'feedback', version: 1, action: 'insert', day: 10 }]);
  });

  it('keeps the links of an anonymous entry out of the audit trail too, but not those of a named one', () => {
    const { db, coordinatorId, barrierId, serviceId } = setUp();
    const links = [{ kind: 'barrier' as const, ref: barrierId }, { kind: 'service' as const, ref: serviceId }];
    const anonymous = saveFeedback(db, fields({ text: 'Nobody should know.', links }), coordinatorId, today);
    const named = saveFeedback(db, fields({ text: 'I said it.', contributor: { kind: 'group', groupName: 'Klub' }, links }), coordinatorId, today);
    const linkAuthors = (id: string) => db.prepare("SELECT changed_by FROM audit_log WHERE table_name = 'feedback_link' AND record_id LIKE ?").pluck().all(`${id}|%`);
    expect(linkAuthors(anonymous)).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM anonymous_history WHERE table_name = 'feedback_link' AND record_id LIKE ?").pluck().get(`${anonymous}|%`)).toBe(2);
    expect(linkAuthors(named)).toEqual([coordinatorId, coordinatorId]);
  });

  it('refuses an incomplete or impossible entry and then writes nothing', () => {
    const { db, coordinatorId, barrierId } = setUp();
    saveFeedback(db, fields(), coordinatorId, today);
    const before = footprint(db);
    const refused = (entry: FeedbackFields) => refusal(() => saveFeedback(db, entry, coordinatorId, today));
    expect(refused(fields({ text: '   ' }))).toEqual({ code: 'feedback_text_required', field: 'text' });
    expect(refused(fields({ text: 'a'.repeat(10_001) }))).toEqual({ code: 'feedback_text_too_long', field: 'text' });
    expect(refused(fields({ links: [{ kind: 'barrier', ref: barrierId }, { kind: 'barrier', ref: missing }] }))).toEqual({ code: 'barrier_not_found', field: 'links' });
    expect(refused(fields({ links: [{ kind: 'service', ref: missing }] }))).toEqual({ code: 'service_not_found', field: 'links' });
    expect(refused(fields({ links: [{ kind: 'decision', ref: missing }] }))).toEqual({ code: 'decision_not_found', field: 'links' });
    expect(refused(fields({ links: [{ kind: 'action', ref: missing }] }))).toEqual({ code: 'action_not_found', field: 'links' });
    expect(refused(fields({ links: [{ kind: 'quarter', ref: '2026 Q1' }] }))).toEqual({ code: 'feedback_quarter_invalid', field: 'links' });
    expect(refused(fields({ links: [{ kind: 'quarter', ref: '2026-Q3' }] }))).toEqual({ code: 'feedback_quarter_in_future', field: 'links' });
    expect(refused(fields({ givenOn: '2026-07-01' }))).toEqual({ code: 'feedback_date_in_future', field: 'givenOn' });
    expect(refused(fields({ givenOn: '2026-02-30' }))).toEqual({ code: 'feedback_date_invalid', field: 'givenOn' });
    expect(refused(fields({ contributor: { kind: 'member', memberId: missing } }))).toEqual({ code: 'member_not_found', field: 'contributor' });
    expect(refused(fields({ contributor: { kind: 'group', groupName: ' ' } }))).toEqual({ code: 'feedback_group_required', field: 'contributor' });
    expect(refused(fields({ tags: Array.from({ length: 21 }, (_, index) => `tag ${String(index)}`) }))).toEqual({ code: 'feedback_too_many_tags', field: 'tags' });
    expect(refused(fields({ tags: ['x'.repeat(61)] }))).toEqual({ code: 'feedback_tag_too_long', field: 'tags' });
    expect(footprint(db)).toEqual(before);
  });

  it('accepts exactly 10,000 characters, counting an emoji as one', () => {
    const { db, coordinatorId } = setUp();
    const id = saveFeedback(db, fields({ text: `${'a'.repeat(9_999)}🙂` }), coordinatorId, today);
    expect(db.prepare('SELECT length(text) FROM feedback WHERE id = ?').pluck().get(id)).toBe(10_000);
  });
});

describe('editing feedback', () => {
  it('lets members edit their own entries and the coordinator and chair any, and refuses the others', () => {
    const { db, coordinatorId, userRep, other, chair } = setUp();
    const own = saveFeedback(db, fields({ contributor: { kind: 'member', memberId: userRep } }), coordinatorId, today);
    const typedIn = saveFeedback(db, fields({ contributor: { kind: 'group', groupName: 'Peer group' } }), other, today);
    const anonymous = saveFeedback(db, fields(), userRep, today);
    saveFeedback(db, { ...fields({ text: 'Corrected by me.', contributor: { kind: 'member', memberId: userRep } }), id: own }, userRep, today);
    saveFeedback(db, { ...fields({ text: 'Mine too.', contributor: { kind: 'group', groupName: 'Peer group' } }), id: typedIn }, other, today);
    const before = footprint(db);
    expect(refusal(() => saveFeedback(db, { ...fields({ contributor: { kind: 'member', memberId: userRep } }), id: own }, other, today))).toEqual({ code: 'feedback_not_yours', field: 'id' });
    expect(refusal(() => saveFeedback(db, { ...fields(), id: anonymous }, userRep, today)).code).toBe('feedback_not_yours');
    expect(refusal(() => saveFeedback(db, { ...fields(), id: own }, null, today)).code).toBe('feedback_not_yours');
    expect(refusal(() => saveFeedback(db, { ...fields(), id: missing }, coordinatorId, today)).code).toBe('feedback_not_found');
    expect(footprint(db)).toEqual(before);
    saveFeedback(db, { ...fields({ text: 'Typo fixed.' }), id: anonymous }, chair, today);
    saveFeedback(db, { ...fields({ text: 'Transcription fixed.', contributor: { kind: 'member', memberId: userRep } }), id: own }, coordinatorId, today);
    expect(db.prepare('SELECT created_by, updated_by FROM feedback WHERE id = ?').get(anonymous)).toEqual({ created_by: null, updated_by: null });
    const byId = new Map(listFeedback(db, {}, userRep).entries.map((entry) => [entry.id, entry]));
    expect(byId.get(own)).toMatchObject({ text: 'Transcription fixed.', canEdit: true });
    expect(byId.get(typedIn)?.canEdit).toBe(false);
    expect(byId.get(anonymous)).toMatchObject({ text: 'Typo fixed.', canEdit: false });
  });

  it('does not turn a named entry anonymous afterwards, and keeps links to records archived since', () => {
    const { db, coordinatorId, userRep, barrierId } = setUp();
    const id = saveFeedback(db, fields({ contributor: { kind: 'member', memberId: userRep }, links: [{ kind: 'barrier', ref: barrierId }] }), userRep, today);
    expect(refusal(() => saveFeedback(db, { ...fields({ links: [{ kind: 'barrier', ref: barrierId }] }), id }, coordinatorId, today))).toEqual({ code: 'feedback_anonymous_afterwards', field: 'contributor' });
    db.prepare('UPDATE barrier SET archived_at = ? WHERE id = ?').run(today, barrierId);
    saveFeedback(db, { ...fields({ text: 'Still about that barrier.', contributor: { kind: 'member', memberId: userRep }, links: [{ kind: 'barrier', ref: barrierId }] }), id }, userRep, today);
    expect(db.prepare('SELECT kind, ref FROM feedback_link WHERE feedback_id = ?').all(id)).toEqual([{ kind: 'barrier', ref: barrierId }]);
  });
});

describe('the committee’s response', () => {
  function answered() {
    const set = setUp();
    const { db, coordinatorId, barrierId, serviceId } = set;
    const meetingId = meeting(db, '2026-05-14');
    const decisionId = decision(db, meetingId, 2026, 7, 'Benefits counselling for everyone who starts work.');
    const actionId = action(db, meetingId, 'Book benefits counselling');
    const feedbackId = saveFeedback(
      db,
      fields({ links: [{ kind: 'barrier', ref: barrierId }, { kind: 'service', ref: serviceId }, { kind: 'quarter', ref: '2026-Q1' }], givenOn: '2026-04-02' }),
      coordinatorId,
      today,
    );
    const response = (overrides: Partial<FeedbackResponse> = {}): FeedbackResponse => ({
      feedbackId,
      status: 'acted_on',
      response: '',
      reason: '',
      meetingId,
      respondedOn: '2026-05-14',
      links: [{ kind: 'decision', ref: decisionId }, { kind: 'action', ref: actionId }],
      ...overrides,
    });
    return { ...set, meetingId, decisionId, actionId, feedbackId, response };
  }

  it('refuses an answer without a status, a refusal without its reason, and "acted on" that shows nothing done, writing nothing', () => {
    const { db, coordinatorId, response } = answered();
    const before = footprint(db);
    const refused = (answer: FeedbackResponse) => refusal(() => respondToFeedback(db, answer, coordinatorId, today));
    expect(refused(response({ status: null }))).toEqual({ code: 'feedback_status_required', field: 'status' });
    expect(refused(response({ status: 'not_taken_up', reason: '  ' }))).toEqual({ code: 'feedback_reason_required', field: 'reason' });
    expect(refused(response({ links: [] }))).toEqual({ code: 'feedback_acted_on_empty', field: 'response' });
    expect(refused(response({ status: 'discussed', meetingId: missing }))).toEqual({ code: 'meeting_not_found', field: 'meetingId' });
    expect(refused(response({ links: [{ kind: 'action', ref: missing }] }))).toEqual({ code: 'action_not_found', field: 'links' });
    expect(refused(response({ respondedOn: '2026-04-01' }))).toEqual({ code: 'feedback_responded_before_given', field: 'respondedOn' });
    expect(refused(response({ respondedOn: '2026-07-01' }))).toEqual({ code: 'feedback_date_in_future', field: 'respondedOn' });
    expect(refused(response({ feedbackId: missing }))).toEqual({ code: 'feedback_not_found', field: 'feedbackId' });
    expect(footprint(db)).toEqual(before);
  });

  it('shows what was done, with every link labelled, and replaces the decisions and actions when answered again', () => {
    const { db, coordinatorId, feedbackId, decisionId, actionId, meetingId, response } = answered();
    respondToFeedback(db, response({ response: '  The region pays for it now. ' }), coordinatorId, today);
    const entry = listFeedback(db, {}, coordinatorId).entries[0];
    expect(entry).toMatchObject({ id: feedbackId, status: 'acted_on', response: 'The region pays for it now.', respondedOn: '2026-05-14', meeting: { id: meetingId, heldOn: '2026-05-14' } });
    expect(entry?.links.map((link) => [link.kind, link.label])).toEqual([
      ['barrier', 'Fear of losing benefits (benefit trap)'],
      ['service', 'IPS Dolní Ves'],
      ['quarter', '2026-Q1'],
      ['decision', '2026/07'],
      ['action', 'Book benefits counselling'],
    ]);
    respondToFeedback(db, response({ status: 'not_taken_up', reason: 'No budget this year.', response: 'Sorry.', links: [{ kind: 'decision', ref: decisionId }] }), coordinatorId, today);
    const again = listFeedback(db, {}, coordinatorId).entries[0];
    expect(again).toMatchObject({ status: 'not_taken_up', reason: 'No budget this year.' });
    expect(again?.links.map((link) => link.kind)).toEqual(['barrier', 'service', 'quarter', 'decision']);
    expect(db.prepare("SELECT count(*) FROM feedback_link WHERE kind = 'action' AND ref = ?").pluck().get(actionId)).toBe(0);
    respondToFeedback(db, response({ status: 'acted_on', response: 'A provider changed its intake without a decision.', links: [], meetingId: null, respondedOn: null }), coordinatorId, today);
    expect(listFeedback(db, {}, coordinatorId).entries[0]).toMatchObject({ status: 'acted_on', reason: '', respondedOn: today, meeting: null });
  });

  it('keeps an answered anonymous entry free of members in its row and in the audit trail', () => {
    const { db, coordinatorId, feedbackId, response } = answered();
    respondToFeedback(db, response({ status: 'discussed', links: [] }), coordinatorId, today);
    expect(db.prepare('SELECT member_id, created_by, updated_by FROM feedback WHERE id = ?').get(feedbackId)).toEqual({ member_id: null, created_by: null, updated_by: null });
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE (record_id = ? OR record_id LIKE ?) AND changed_by IS NOT NULL").pluck().get(feedbackId, `${feedbackId}|%`)).toBe(0);
  });
});

describe('the "you said, we did" list', () => {
  it('filters by status, waiting, quotable and period, newest first, and counts what waits', () => {
    const { db, coordinatorId, userRep } = setUp();
    const meetingId = meeting(db, '2026-05-14');
    const add = (givenOn: string, mayQuote: boolean) => saveFeedback(db, fields({ givenOn, mayQuote, contributor: { kind: 'member', memberId: userRep }, text: `Given ${givenOn}` }), coordinatorId, today);
    const january = add('2026-01-10', true);
    const february = add('2026-02-10', false);
    add('2026-03-10', true);
    add('2026-06-10', false);
    respondToFeedback(db, { feedbackId: january, status: 'discussed', response: 'Talked it through.', reason: '', meetingId, respondedOn: null, links: [] }, coordinatorId, today);
    respondToFeedback(db, { feedbackId: february, status: 'not_taken_up', response: '', reason: 'Out of our hands.', meetingId, respondedOn: '2026-05-14', links: [] }, coordinatorId, today);
    const given = (filter: Parameters<typeof listFeedback>[1]) => listFeedback(db, filter, coordinatorId).entries.map((entry) => entry.givenOn);
    expect(given({})).toEqual(['2026-06-10', '2026-03-10', '2026-02-10', '2026-01-10']);
    expect(given({ waitingOnly: true })).toEqual(['2026-06-10', '2026-03-10']);
    expect(given({ status: 'not_taken_up' })).toEqual(['2026-02-10']);
    expect(given({ quotableOnly: true })).toEqual(['2026-03-10', '2026-01-10']);
    expect(given({ from: '2026-02-10', to: '2026-03-31' })).toEqual(['2026-03-10', '2026-02-10']);
    expect(listFeedback(db, { status: 'discussed' }, coordinatorId).counts).toEqual({ received: 2, discussed: 1, acted_on: 0, not_taken_up: 1 });
    expect(listFeedback(db, { from: '2026-03-01' }, coordinatorId).counts).toEqual({ received: 2, discussed: 0, acted_on: 0, not_taken_up: 0 });
    expect(listFeedback(db, {}, null).entries.every((entry) => !entry.canEdit)).toBe(true);
  });
});

describe('drafts', () => {
  const draft: FeedbackDraft = { text: 'Half of what I wanted to s', contributor: { kind: 'anonymous' }, givenOn: '', tags: ['bus'], links: [], mayQuote: true, transcribed: false };

  it('keep a named half-written entry per member, and an anonymous one under no member, gone once it is saved', () => {
    const { db, coordinatorId, userRep } = setUp();
    const named: FeedbackDraft = { ...draft, contributor: { kind: 'member', memberId: userRep } };
    feedbackDraft.write(db, userRep, named);
    feedbackDraft.write(db, null, { ...named, text: 'Someone else', contributor: { kind: 'group', groupName: 'Klub' } });
    expect(feedbackDraft.read(db, userRep)?.draft).toEqual(named);
    expect(feedbackDraft.read(db, null)?.draft.text).toBe('Someone else');
    expect(feedbackDraft.read(db, coordinatorId)).toBeNull();
    // To be anonymous: kept as the draft open on this computer, with its day only, under a key that names nobody.
    feedbackDraft.write(db, userRep, draft);
    expect(db.prepare("SELECT key FROM preference WHERE key LIKE 'feedback_draft:%' ORDER BY key").pluck().all()).toEqual(['feedback_draft:anyone', 'feedback_draft:open']);
    expect(db.prepare("SELECT updated_at FROM preference WHERE key = 'feedback_draft:open'").pluck().get()).toMatch(/T00:00:00\.000Z$/);
    expect(feedbackDraft.read(db, userRep)?.draft).toEqual(draft);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE table_name = 'preference'").pluck().get()).toBe(0);
    saveFeedback(db, fields({ text: 'Half of what I wanted to say.' }), userRep, today);
    expect(feedbackDraft.read(db, userRep)).toBeNull();
    feedbackDraft.clear(db, null);
    expect(feedbackDraft.read(db, null)).toBeNull();
  });

  it('ignore a draft that cannot be read, and fill in fields an older draft lacks', () => {
    const { db, userRep } = setUp();
    const put = (value: string) =>
      db.prepare('INSERT INTO preference (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(`feedback_draft:${userRep}`, value, today);
    put('{"text": "cut off');
    expect(feedbackDraft.read(db, userRep)).toBeNull();
    put('{"text": 42}');
    expect(feedbackDraft.read(db, userRep)).toBeNull();
    put('{"text": "ok", "contributor": {"kind": "someone"}}');
    expect(feedbackDraft.read(db, userRep)).toBeNull();
    put('{"text": "older draft"}');
    expect(feedbackDraft.read(db, userRep)?.draft).toEqual({ text: 'older draft', contributor: null, givenOn: '', tags: [], links: [], mayQuote: null, transcribed: false });
    expect(refusal(() => feedbackDraft.write(db, missing, draft)).code).toBe('member_not_found');
  });
});

describe('demo feedback', () => {
  it.each(['en', 'cs'] as const)('fills the list in %s within every rule, answering at the meetings that acted', (language) => {
    const { db, coordinatorId, userRep, barrierId, serviceId } = setUp();
    const demoToday = '2026-07-20';
    const meetings = ['2025-08-14', '2025-11-14', '2026-02-14', '2026-05-14'].map((heldOn) => meeting(db, heldOn));
    const [first, , third] = meetings;
    if (first === undefined || third === undefined) throw new Error('four meetings');
    const decisionIds = [decision(db, first, 2025, 3, 'A benefits counselling session is paid for everyone who starts work.'), decision(db, third, 2026, 1, 'A half-time employment specialist is added to the Dolní Ves team.'), decision(db, third, 2026, 2, 'The committee publishes a leaflet for employers.')];
    const actionIds = [action(db, first, 'Map the benefit rules'), action(db, third, 'Draft the employer leaflet'), action(db, third, 'Meet the transport authority about early buses')];
    const [benefitsDecision = '', specialistDecision = '', leafletDecision = ''] = decisionIds;
    const [benefitRules = '', leafletAction = '', busAction = ''] = actionIds;
    const themes = { [benefitsDecision]: 'benefits', [specialistDecision]: 'specialist', [leafletDecision]: 'employers', [benefitRules]: 'benefits', [leafletAction]: 'employers', [busAction]: 'transport' } as const;
    const ids = demoFeedback(db, language, { members: { userReps: [userRep] }, barrierIds: [barrierId], serviceIds: [serviceId], meetingIds: [...meetings].reverse(), decisionIds, actionIds, themes }, coordinatorId, demoToday);
    expect(ids).toHaveLength(8);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const list = listFeedback(db, {}, coordinatorId);
    expect(list.counts).toEqual({ received: 2, discussed: 2, acted_on: 3, not_taken_up: 1 });
    expect(new Set(list.entries.map((entry) => entry.contributor.kind))).toEqual(new Set(['member', 'group', 'anonymous']));
    expect(list.entries.some((entry) => entry.mayQuote) && list.entries.some((entry) => !entry.mayQuote)).toBe(true);
    for (const entry of list.entries) {
      expect(entry.givenOn <= demoToday, entry.text).toBe(true);
      if (entry.respondedOn !== null) expect(entry.respondedOn >= entry.givenOn, entry.text).toBe(true);
      if (entry.status === 'acted_on') expect(entry.links.some((link) => link.kind === 'decision' || link.kind === 'action'), entry.text).toBe(true);
      if (entry.status === 'not_taken_up') expect(entry.reason).not.toBe('');
    }
    const benefits = list.entries.find((entry) => entry.links.some((link) => link.ref === decisionIds[0]));
    expect(benefits).toMatchObject({ contributorName: 'Lucie Horáková', meeting: { heldOn: '2025-08-14' } });
    expect(db.prepare("SELECT count(*) FROM feedback WHERE contributor_kind = 'anonymous' AND (member_id IS NOT NULL OR created_by IS NOT NULL OR updated_by IS NOT NULL)").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM audit_log a JOIN feedback f ON f.id = a.record_id WHERE a.table_name = 'feedback' AND a.action = 'insert' AND f.contributor_kind = 'anonymous' AND a.changed_by IS NOT NULL").pluck().get()).toBe(0);
  });

  it('still works for a committee without meetings, decisions or representatives', () => {
    const { db, coordinatorId } = setUp();
    const ids = demoFeedback(db, 'cs', { members: { userReps: [] }, barrierIds: [], serviceIds: [], meetingIds: [], decisionIds: [], actionIds: [], themes: {} }, coordinatorId, today);
    expect(ids).toHaveLength(8);
    expect(db.prepare("SELECT count(*) FROM feedback WHERE contributor_kind = 'member'").pluck().get()).toBe(0);
    expect(listFeedback(db, {}, coordinatorId).counts).toEqual({ received: 2, discussed: 2, acted_on: 3, not_taken_up: 1 });
  });
});
