import i18next from 'i18next';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditChoices } from '../../electron/core/audit/audit-choices';
import { auditedTables } from '../../electron/core/audit/audited-tables';
import type { ChangeEntry, PageStart } from '../../electron/core/audit/described-change';
import { leftOutTables } from '../../electron/core/audit/left-out-tables';
import { notAudited } from '../../electron/core/audit/not-audited';
import { partNames } from '../../electron/core/domain/audit-part-names';
import { recordKinds } from '../../electron/core/audit/record-kinds';
import { decisionLinkKinds } from '../../electron/core/domain/meeting-terms';
import { feedbackLinkKinds } from '../../electron/core/domain/feedback-terms';
import cs from '../../resources/locales/cs/ui.json';
import en from '../../resources/locales/en/ui.json';
import { auditRecordKinds } from '../../renderer/src/screens/audit/audit-record-kinds';
import { ChangeList } from '../../renderer/src/screens/audit/ChangeList';
import { choiceKeys } from '../../renderer/src/screens/audit/choice-keys';
import { fieldLabelKey } from '../../renderer/src/screens/audit/field-label-key';
import { apiFor, type TestApi } from '../helpers/api-for';
import { committeeDb } from '../helpers/committee-db';
import { tempDir } from '../helpers/temp-dir';
import { flattenTexts } from '../helpers/locale-folders';

const languages = { en: new Set(flattenTexts(en).keys()), cs: new Set(flattenTexts(cs).keys()) };

/** Every key the audit trail's words need, from the core's own description of every table and column. */
function keysNeeded(): string[] {
  const keys = recordKinds.flatMap((kind) => [`audit.kinds.${kind}`, `audit.records.${kind}`, `audit.refs.${kind}`]);
  keys.push(...partNames.flatMap((part) => [`audit.partNames.${part}`, `audit.parts.${part}.insert`, `audit.parts.${part}.update`, `audit.parts.${part}.delete`]));
  keys.push(...[...new Set([...decisionLinkKinds, ...feedbackLinkKinds])].map((kind) => `audit.linkTargets.${kind}`));
  for (const table of Object.values(auditedTables)) {
    const group = 'record' in table ? table.record : table.part;
    for (const [field, type] of Object.entries(table.fields)) if (type !== 'hidden') keys.push(fieldLabelKey(group, field));
  }
  for (const [choice, values] of Object.entries(auditChoices)) {
    const words = Object.entries(choiceKeys).find(([name]) => name === choice)?.[1];
    for (const value of values) keys.push(words?.key(value) ?? `no words for ${choice}`);
  }
  return keys;
}

describe('the audit trail in words', () => {
  it('describes every column of every table the audit trail covers, or says why a table is left out', () => {
    const { db } = committeeDb();
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all().map(String).filter((name) => !notAudited.has(name));
    expect(tables.filter((table) => auditedTables[table] === undefined && leftOutTables[table] === undefined)).toEqual([]);
    expect(tables.filter((table) => auditedTables[table] !== undefined && leftOutTables[table] !== undefined)).toEqual([]);
    for (const [table, description] of Object.entries(auditedTables)) {
      const columns = db.prepare(`PRAGMA table_info("${table}")`).all().map((row) => String((row as { name: unknown }).name));
      expect(Object.keys(description.fields).sort(), table).toEqual(columns.sort());
    }
  });

  it('has the words for every kind of record, part, field and value, in both languages', () => {
    const needed = keysNeeded();
    expect(needed.length).toBeGreaterThan(300);
    for (const [language, keys] of Object.entries(languages)) expect(needed.filter((key) => !keys.has(key)), language).toEqual([]);
  });

  it('offers every kind of record the core knows, and words for each of its choices', () => {
    expect([...auditRecordKinds].sort()).toEqual([...recordKinds].sort());
    for (const [choice, { values }] of Object.entries(choiceKeys)) expect([...values], choice).toEqual([...(Object.entries(auditChoices).find(([name]) => name === choice)?.[1] ?? [])]);
  });

  it('shows no table, column, code or id, and no untranslated text, in either language, for changes to every kind of record', async () => {
    const api = await committeeWithAYearOfChanges();
    const entries = await everyEntry(api);
    const kinds = new Set(entries.map((entry) => entry.record.kind));
    const parts = new Set(entries.flatMap((entry) => entry.changes.flatMap((change) => (change.part === null ? [] : [change.part.name]))));
    expect([...kinds].sort()).toEqual(recordKinds.filter((kind) => kind !== 'import_mapping').sort());
    expect([...parts].sort()).toEqual([...partNames].sort());
    for (const language of ['en', 'cs'] as const) {
      missing.length = 0;
      await i18next.changeLanguage(language);
      const text = renderToStaticMarkup(createElement(ChangeList, { entries, showRecord: true }))
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[a-z]+;|&#\d+;/g, ' ');
      expect(missing, language).toEqual([]);
      expect(text.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) ?? [], `${language}: names from the database`).toEqual([]);
      expect(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/g) ?? [], `${language}: ids`).toEqual([]);
      expect(text.match(/\{\{|\[object|undefined|NaN|\bnull\b|\baudit\./g) ?? [], `${language}: unfinished words`).toEqual([]);
    }
  });
});

const missing: string[] = [];

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, cs: { translation: cs } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => missing.push(key),
  });
});

async function everyEntry(api: TestApi): Promise<ChangeEntry[]> {
  const entries: ChangeEntry[] = [];
  let start: PageStart | undefined;
  for (;;) {
    const page = await api.call('listRecentChanges', { limit: 200, search: [], ...(start === undefined ? {} : { start }) });
    entries.push(...page.entries);
    if (page.next === null) return entries;
    start = page.next;
  }
}

/** The demo committee, and then a change to each kind of record and part it does not change itself. */
async function committeeWithAYearOfChanges(): Promise<TestApi> {
  const api = apiFor(join(tempDir(), 'words.sqlite'));
  await api.call('createDemoCommittee', { language: 'cs' });
  const members = await api.call('listMembers', {});
  const [first, second] = members;
  if (first === undefined || second === undefined) throw new Error('the demo has members');
  await api.call('setCurrentMember', { memberId: first.id });
  await api.call('updateCommittee', { name: 'Řídicí výbor IPS Lipovského kraje', region: 'Lipovský kraj', language: 'cs', fidelityReviewMonths: 9 });
  await api.call('updateMember', { ...first, organisation: 'Nová organizace', addressForm: 'neutral' });
  const services = await api.call('listServices', {});
  const service = services[0];
  if (service === undefined) throw new Error('the demo has services');
  await api.call('updateService', { id: service.id, name: service.name, provider: 'Nový poskytovatel', startDate: service.startDate });
  await api.call('setFigure', { serviceId: service.id, quarter: '2026-Q3', measure: 'es_fte', value: 2.5 });
  const register = await api.call('listRegister', {});
  const barrier = register[0];
  if (barrier === undefined) throw new Error('the demo has barriers');
  await api.call('updateBarrier', { id: barrier.id, localWording: 'U nás jinak.', serviceIds: [], ownerId: second.id, status: 'monitoring' });
  const withMitigation = await api.call('addMitigation', { barrierId: barrier.id, text: 'Vlastní opatření' });
  const mitigation = withMitigation.mitigations.at(-1);
  if (mitigation !== undefined) await api.call('setMitigationStatus', { id: mitigation.id, status: 'under_way' });
  const own = await api.call('addBarrier', { source: 'custom', name: 'Krátkodobá bariéra', description: '', group: 'funding', level: 'organisational', localWording: '', serviceIds: [], ownerId: null, status: 'active' });
  await api.call('removeBarrier', { id: own.entry.id, confirmed: true });
  const round = await api.call('openVoteRound', { title: 'Tajné hlasování', heldOn: '2026-11-20', hiddenUntilClosed: true, participantIds: [first.id, second.id], barrierIds: [barrier.id], ideas: ['Nápad'] });
  const item = round.items.find((candidate) => candidate.barrierId === barrier.id);
  if (item !== undefined) await api.call('castVotes', { roundId: round.id, memberId: second.id, dots: { [item.id]: 2 } });
  const meetings = await api.call('listMeetings', {});
  const meeting = meetings.find((candidate) => candidate.minutesApprovedOn === null) ?? meetings[0];
  if (meeting === undefined) throw new Error('the demo has meetings');
  await api.call('updateMeeting', { id: meeting.id, heldOn: meeting.heldOn, kind: meeting.kind, place: 'Jinde', online: true });
  const details = await api.call('getMeeting', { id: meeting.id });
  await api.call('setAttendance', {
    meetingId: meeting.id,
    members: details.attendees.flatMap((attendee, index) => (attendee.memberId === null ? [] : [{ memberId: attendee.memberId, presence: index === 0 ? ('apologies' as const) : attendee.presence }])),
    guests: [{ name: 'Host z úřadu', organisation: 'Úřad práce', presence: 'present' }],
  });
  const withItem = await api.call('addAgendaItem', { meetingId: meeting.id, title: 'Různé' });
  const agendaItem = withItem.agenda.at(-1);
  if (agendaItem !== undefined) await api.call('dropAgendaItem', { id: agendaItem.id, dropped: true });
  const decision = details.decisions[0];
  if (decision === undefined) throw new Error('the meeting has decisions');
  const present = details.attendees.find((attendee, index) => index > 0 && attendee.memberId !== null && attendee.presence === 'present');
  await api.call('updateDecision', {
    id: decision.id,
    agendaItemId: decision.agendaItemId,
    wording: `${decision.wording} Upraveno.`,
    rationale: decision.rationale,
    method: decision.method,
    votes: decision.votes,
    userRepPosition: decision.userRepPosition,
    dissent: present?.memberId == null ? [] : [{ memberId: present.memberId, words: 'Nesouhlasím.' }],
    links: [{ kind: 'barrier', ref: barrier.id }, { kind: 'quarter', ref: '2026-Q2' }],
    changes: null,
  });
  const action = details.actions[0] ?? details.earlierActions[0];
  if (action !== undefined) {
    await api.call('updateAction', { id: action.id, title: action.title, ownerMemberId: null, ownerOrganisation: 'Úřad práce', dueDate: action.dueDate, decisionId: action.decisionId, barrierId: action.barrierId, status: 'dropped', note: '', dropReason: 'Už to není potřeba.' });
  }
  const named = await api.call('giveFeedback', { text: 'Chci to říct.', contributor: { kind: 'member', memberId: second.id }, givenOn: '2026-11-01', tags: ['doprava'], links: [{ kind: 'service', ref: service.id }], mayQuote: true, transcribed: false });
  await api.call('updateFeedback', { id: named.id, text: 'Chci to říct jinak.', contributor: { kind: 'member', memberId: second.id }, givenOn: '2026-11-01', tags: [], links: [{ kind: 'barrier', ref: barrier.id }], mayQuote: false, transcribed: false });
  await api.call('respondToFeedback', { feedbackId: named.id, status: 'not_taken_up', response: '', reason: 'Není v naší moci.', meetingId: meeting.id, respondedOn: '2026-11-20', links: [] });
  const anonymous = await api.call('giveFeedback', { text: 'Bez jména.', contributor: { kind: 'anonymous' }, givenOn: '2026-11-02', tags: [], links: [{ kind: 'barrier', ref: barrier.id }], mayQuote: true, transcribed: false });
  await api.call('respondToFeedback', { feedbackId: anonymous.id, status: 'discussed', response: 'Probráno.', reason: '', meetingId: meeting.id, respondedOn: '2026-11-20', links: [] });
  const review = (await api.call('listFidelityReviews', {}))[0];
  if (review !== undefined) {
    // The first item's score moves by one; the others stay as they are.
    const scores = Object.fromEntries(Object.entries(review.scores).map(([itemId, entry], index) => [itemId, { score: index === 0 ? (entry.score === 5 ? 4 : 5) : entry.score, note: entry.note }]));
    await api.call('saveFidelityReview', { id: review.id, serviceId: review.serviceId, reviewDate: review.reviewDate, scaleVersion: review.scaleVersion, reviewerKind: review.reviewerKind, reviewers: review.reviewers, recommendations: `${review.recommendations} Doplněno.`, scores });
  }
  await api.call('saveReport', { id: null, title: '', periodFrom: '2026-01-01', periodTo: '2026-06-30', language: 'cs', sections: ['summary', 'outcomes'], foreword: 'Úvod.', comments: { summary: 'Komentář' }, showUserRepNames: true });
  return api;
}
