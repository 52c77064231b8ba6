import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeEntry, PageStart, SearchWord, ShownValue } from '../../electron/core/audit/described-change';
import { apiFor, type TestApi } from '../helpers/api-for';
import { tempDir } from '../helpers/temp-dir';

/** The demo committee in English, worked on by its chair from a day after its story ends. */
async function demo(): Promise<{ api: TestApi; members: Map<string, string> }> {
  const api = apiFor(join(tempDir(), 'changes.sqlite'));
  await api.call('createDemoCommittee', { language: 'en' });
  const members = new Map((await api.call('listMembers', {})).map((member) => [member.name, member.id]));
  await api.call('setCurrentMember', { memberId: members.get('Jana Dvořáková') ?? null });
  return { api, members };
}

/** A later sitting: the next change is made this many minutes after the last one. */
function minutesLater(minutes: number): void {
  vi.setSystemTime(new Date(Date.now() + minutes * 60_000));
}

const word = (text: string, extra: Partial<SearchWord> = {}): SearchWord => ({ text, kinds: [], parts: [], fields: [], choices: [], actions: [], ...extra });

async function allEntries(api: TestApi, filter: { search?: SearchWord[]; memberId?: string } = {}, limit = 200): Promise<ChangeEntry[]> {
  const entries: ChangeEntry[] = [];
  let start: PageStart | undefined;
  for (;;) {
    const page = await api.call('listRecentChanges', { search: filter.search ?? [], limit, ...(filter.memberId === undefined ? {} : { memberId: filter.memberId }), ...(start === undefined ? {} : { start }) });
    entries.push(...page.entries);
    if (page.next === null) return entries;
    start = page.next;
  }
}

/** A value's words as the core gives them, for comparing: the text, the name of a record, the code of a choice. */
function plain(value: ShownValue | undefined): string {
  if (value === undefined) return '';
  switch (value.type) {
    case 'text':
    case 'longText':
      return value.text;
    case 'localText':
      return value.texts.en;
    case 'date':
      return value.date;
    case 'choice':
      return `${value.choice}:${value.value}`;
    case 'record':
      return Object.values(value.record.label ?? {}).map(plain).join(', ');
    case 'quarter':
      return value.quarter;
    case 'number':
    case 'plainNumber':
      return String(value.value);
    default:
      return value.type;
  }
}

describe('the audit trail told as changes to records', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T09:00:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('tells a dissent as a change of its decision, named by its number, with the dissenting member by name', async () => {
    const { api } = await demo();
    const entry = (await allEntries(api)).find((candidate) => candidate.changes.some((change) => change.part?.name === 'dissent'));
    expect(entry?.record.kind).toBe('decision');
    expect(plain(entry?.record.label?.['number'])).toBe('2026/05');
    expect(entry?.record.link?.place).toBe('meetings');
    const dissent = entry?.changes.find((change) => change.part?.name === 'dissent');
    expect(dissent).toMatchObject({ action: 'insert', part: { label: { member: { type: 'record', record: { kind: 'member' } } } } });
    expect(plain(dissent?.part?.label?.['member'])).toBe('Tomáš Král');
    expect(dissent?.fields.map((field) => field.field)).toEqual(['words']);
  });

  it('tells a link as a change of the feedback, naming the barrier it links to and where to open it', async () => {
    const { api } = await demo();
    const entries = await allEntries(api);
    const feedback = entries.find((entry) => entry.record.kind === 'feedback' && plain(entry.record.label?.['date']) === '2025-10-07' && entry.changes[0]?.action === 'insert');
    const link = feedback?.changes.find((change) => change.part?.name === 'link');
    expect(plain(link?.part?.label?.['target'])).toBe('Fear of losing benefits (benefit trap)');
    const target = link?.part?.label?.['target'];
    expect(target?.type === 'record' ? target.record.link?.place : null).toBe('barriers');
    // The feedback is named by its day; nothing in its name says who gave it.
    expect(Object.keys(feedback?.record.label ?? {})).toEqual(['date']);
  });

  it('gives each changed value typed as the screens show it: a status in words, a meeting by its date', async () => {
    const { api } = await demo();
    const waiting = (await api.call('listFeedback', { waitingOnly: true })).entries.find((entry) => entry.contributor.kind !== 'anonymous');
    const meeting = (await api.call('listMeetings', {}))[0];
    if (waiting === undefined || meeting === undefined) throw new Error('the demo has named feedback waiting and meetings');
    minutesLater(5);
    await api.call('respondToFeedback', { feedbackId: waiting.id, status: 'not_taken_up', response: '', reason: 'Beyond our remit.', meetingId: meeting.id, respondedOn: '2026-11-30', links: [] });
    const [latest] = await allEntries(api);
    expect(latest?.record.kind).toBe('feedback');
    expect(latest?.by?.name).toBe('Jana Dvořáková');
    const fields = new Map(latest?.changes[0]?.fields.map((field) => [field.field, field]));
    expect(fields.get('status')).toMatchObject({ before: { type: 'choice', choice: 'feedbackStatus', value: 'received' }, after: { type: 'choice', choice: 'feedbackStatus', value: 'not_taken_up' } });
    expect(fields.get('response_meeting_id')?.after).toMatchObject({ type: 'record', record: { kind: 'meeting', label: { date: { type: 'date', date: meeting.heldOn } }, link: { place: 'meetings', id: meeting.id } } });
    expect(fields.get('responded_on')?.after).toEqual({ type: 'date', date: '2026-11-30' });
  });

  it('names a record deleted since by its last values in the trail, without a link to it', async () => {
    const { api } = await demo();
    minutesLater(5);
    const added = await api.call('addBarrier', { source: 'custom', name: 'Added by mistake', description: '', group: 'funding', level: 'organisational', localWording: '', serviceIds: [], ownerId: null, status: 'active' });
    minutesLater(5);
    expect(await api.call('removeBarrier', { id: added.entry.id, confirmed: false })).toEqual({ outcome: 'deleted' });
    const [deleted, addedEntry] = await allEntries(api);
    expect(deleted?.changes.map((change) => change.action)).toEqual(['delete']);
    expect(addedEntry?.changes[0]?.action).toBe('insert');
    for (const entry of [deleted, addedEntry]) {
      expect(plain(entry?.record.label?.['name'])).toBe('Added by mistake');
      expect(entry?.record.link).toBeNull();
    }
  });

  it('tells attendance saved again unchanged as nothing, and one changed presence as that change only', async () => {
    const { api, members } = await demo();
    const meeting = (await api.call('listMeetings', {}))[0];
    if (meeting === undefined) throw new Error('the demo has meetings');
    const details = await api.call('getMeeting', { id: meeting.id });
    const attendance = details.attendees.flatMap((attendee) => (attendee.memberId === null ? [] : [{ memberId: attendee.memberId, presence: attendee.presence }]));
    const before = (await allEntries(api)).length;
    minutesLater(5);
    await api.call('setAttendance', { meetingId: meeting.id, members: attendance, guests: [] });
    expect(await allEntries(api)).toHaveLength(before);
    minutesLater(5);
    const jana = members.get('Jana Dvořáková');
    await api.call('setAttendance', { meetingId: meeting.id, members: attendance.map((row) => (row.memberId === jana ? { ...row, presence: 'apologies' as const } : row)), guests: [] });
    const [latest] = await allEntries(api);
    expect(latest?.record.kind).toBe('meeting');
    expect(latest?.changes).toHaveLength(1);
    expect(latest?.changes[0]).toMatchObject({ action: 'update', part: { name: 'attendance' }, fields: [{ field: 'presence', before: { value: 'present' }, after: { value: 'apologies' } }] });
    expect(plain(latest?.changes[0]?.part?.label?.['person'])).toBe('Jana Dvořáková');
  });

  it('pages through every change once, newest first, whatever the size of a page', async () => {
    const { api } = await demo();
    const whole = await allEntries(api, {}, 200);
    const paged = await allEntries(api, {}, 7);
    expect(paged.map((entry) => entry.key)).toEqual(whole.map((entry) => entry.key));
    expect(new Set(whole.map((entry) => entry.key)).size).toBe(whole.length);
    const times = whole.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    const first = await api.call('listRecentChanges', { search: [], limit: 50 });
    expect(first.entries).toHaveLength(50);
    expect(first.next).not.toBeNull();
  });

  it('finds changes by what they say: a member without diacritics, a record by its name, a part by the words for it', async () => {
    const { api } = await demo();
    const byName = await allEntries(api, { search: [word('kral')] });
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((entry) => JSON.stringify(entry).includes('Tomáš Král'))).toBe(true);
    const decision = await allEntries(api, { search: [word('2026/05')] });
    expect(decision.map((entry) => entry.record.kind)).toContain('decision');
    expect(decision.every((entry) => JSON.stringify(entry).includes('2026/05'))).toBe(true);
    // "dissent" is the renderer's word for the part; with the member's name, only the decision with it.
    const dissent = await allEntries(api, { search: [word('dissent', { parts: ['dissent'] }), word('Král')] });
    expect(dissent.map((entry) => plain(entry.record.label?.['number']))).toEqual(['2026/05']);
    expect(await allEntries(api, { search: [word('no such words anywhere')] })).toEqual([]);
  });

  it("shows one member's changes when asked", async () => {
    const { api, members } = await demo();
    const jana = members.get('Jana Dvořáková') ?? '';
    minutesLater(5);
    await api.call('updateCommittee', { name: 'Lipová IPS steering committee', region: 'Lipová region', language: 'en' });
    const hers = await allEntries(api, { memberId: jana });
    expect(hers.map((entry) => entry.record.kind)).toEqual(['committee']);
  });

  it('never lists anonymous feedback, its answer or its links, nor anything that would tie it to a member', async () => {
    const { api } = await demo();
    const barrier = (await api.call('listRegister', {}))[0];
    const meeting = (await api.call('listMeetings', {}))[0];
    if (barrier === undefined || meeting === undefined) throw new Error('the demo has barriers and meetings');
    minutesLater(5);
    const given = await api.call('giveFeedback', { text: 'Nobody should know this was me: zebrafinch.', contributor: { kind: 'anonymous' }, givenOn: '2026-11-28', tags: ['secret'], links: [{ kind: 'barrier', ref: barrier.id }], mayQuote: true, transcribed: false });
    minutesLater(5);
    await api.call('respondToFeedback', { feedbackId: given.id, status: 'discussed', response: 'We talked about it.', reason: '', meetingId: meeting.id, respondedOn: '2026-11-30', links: [] });
    const all = JSON.stringify(await allEntries(api));
    expect(all).not.toContain('Nobody should know');
    expect(all).not.toContain('We talked about it');
    expect(all).not.toContain('2026-11-28');
    expect(await allEntries(api, { search: [word('zebrafinch')] })).toEqual([]);
    const history = await api.call('getRecordHistory', { kind: 'barrier', id: barrier.id, limit: 200 });
    expect(JSON.stringify(history)).not.toContain('2026-11-28');
    expect((await api.call('getRecordHistory', { kind: 'feedback', id: given.id })).entries).toEqual([]);
  });

  it('leaves out a trace of anonymous feedback that a file written before its separate history still holds', async () => {
    const { api, members } = await demo();
    const anonymous = (await api.call('listFeedback', {})).entries.find((entry) => entry.contributor.kind === 'anonymous');
    if (anonymous === undefined) throw new Error('the demo has anonymous feedback');
    api.context.workspace
      .db()
      .prepare("INSERT INTO audit_log (table_name, record_id, action, old_values, new_values, changed_at, changed_by) VALUES ('feedback', ?, 'update', ?, ?, ?, ?)")
      .run(anonymous.id, JSON.stringify({ text: 'old words' }), JSON.stringify({ text: 'zebrafinch words' }), '2026-12-01T09:30:00.000Z', members.get('Tomáš Král') ?? null);
    expect(JSON.stringify(await allEntries(api))).not.toContain('zebrafinch');
  });

  it("gives a record's history with its parts' and no other record's", async () => {
    const { api } = await demo();
    const [barrier, other] = await api.call('listRegister', {});
    if (barrier === undefined || other === undefined) throw new Error('the demo has barriers');
    minutesLater(5);
    await api.call('addMitigation', { barrierId: barrier.id, text: 'Ask the ministry in writing' });
    minutesLater(5);
    await api.call('addMitigation', { barrierId: other.id, text: 'Not this one' });
    const history = await api.call('getRecordHistory', { kind: 'barrier', id: barrier.id, limit: 200 });
    const parts = new Set(history.entries.flatMap((entry) => entry.changes.map((change) => change.part?.name ?? 'itself')));
    expect(parts).toEqual(new Set(['itself', 'affectedService', 'assessment', 'mitigation']));
    expect(history.entries.every((entry) => entry.record.kind === 'barrier' && entry.record.link?.id === barrier.id)).toBe(true);
    expect(plain(history.entries[0]?.changes[0]?.part?.label?.['text'])).toBe('Ask the ministry in writing');
    expect(JSON.stringify(history)).not.toContain('Not this one');
    expect(history.entries.at(-1)?.changes[0]).toMatchObject({ action: 'insert', part: null });
  });

  it('keeps the dots of a round that hides its votes unsaid until the round is closed', async () => {
    const { api, members } = await demo();
    const barrier = (await api.call('listRegister', {}))[0];
    const tomas = members.get('Tomáš Král') ?? '';
    if (barrier === undefined) throw new Error('the demo has barriers');
    minutesLater(5);
    const round = await api.call('openVoteRound', { title: 'Secret round', heldOn: '2026-12-01', hiddenUntilClosed: true, participantIds: [tomas], barrierIds: [barrier.id] });
    const item = round.items[0];
    if (item === undefined) throw new Error('the round has an item');
    minutesLater(5);
    await api.call('castVotes', { roundId: round.id, memberId: tomas, dots: { [item.id]: 3 } });
    const dots = async () => (await allEntries(api)).flatMap((entry) => entry.changes).find((change) => change.part?.name === 'dots');
    const hidden = await dots();
    expect(plain(hidden?.part?.label?.['member'])).toBe('Tomáš Král');
    expect(hidden?.part?.label?.['item']).toEqual({ type: 'secret' });
    expect(hidden?.fields).toEqual([]);
    minutesLater(5);
    await api.call('closeVoteRound', { roundId: round.id });
    const shown = await dots();
    expect(plain(shown?.part?.label?.['item'])).not.toBe('secret');
    expect(shown?.fields.map((field) => plain(field.after))).toEqual(['3']);
  });
});
