import type Database from 'better-sqlite3';
import { catalogueEntry } from '../barriers/catalogue';
import { rowFields, stringOrNull, text } from '../db/row-fields';
import type { BarrierGroup } from '../domain/barrier-terms';
import type { Language } from '../domain/languages';
import { addQuarters, quarterOfDate } from '../domain/quarter';
import { todayIso } from '../domain/today-iso';
import { localeContent, type DemoTexts } from '../locales/locale-content';
import type { DemoTheme } from '../committee/demo-theme';
import type { FeedbackContributor, FeedbackLink, FeedbackResponseLink } from './feedback-types';
import { respondToFeedback } from './respond-to-feedback';
import { saveFeedback } from './save-feedback';
import { clock } from '../domain/clock';
import { demoMoment } from '../committee/demo-moment';

/**
 * The records the demo feedback refers to. Every list may be empty: an entry then simply has fewer links
 * or no meeting, and the entries meant for a named representative come from the user organisation.
 */
export type DemoFeedbackIds = {
  /** The first representative gives two entries in their name, the second one (the first gives it if alone). */
  members: { userReps: readonly string[] };
  /** The register: an entry links to the barrier of its theme when the register has one. */
  barrierIds: readonly string[];
  /** The waiting-list entry links to the last service (the demo's small town short of a specialist); another to the first. */
  serviceIds: readonly string[];
  /** In any order; only meetings held by `today` answer feedback, the newest waiting entries come after the last. */
  meetingIds: readonly string[];
  /** Decisions and actions answer the entries of their theme (benefits, specialist, employers, transport). */
  decisionIds: readonly string[];
  actionIds: readonly string[];
  themes: Readonly<Record<string, DemoTheme>>;
};

type EntryKey = Exclude<keyof DemoTexts['feedback'], 'userOrganisation'>;
type Who = 'userRep' | 'secondUserRep' | 'group' | 'anonymous';
/** `custom`: the n-th of the committee's own barriers (not from the catalogue), counted from 0. */
type BarrierWish = { catalogueIds: readonly string[]; custom?: number; group?: BarrierGroup };
type Answer =
  | { status: 'acted_on' | 'discussed'; theme: DemoTheme | null; fallbackMeeting: number; linkFollowUps: boolean }
  | { status: 'not_taken_up'; theme: null; fallbackMeeting: number };
type Plan = {
  words: EntryKey;
  who: Who;
  mayQuote: boolean;
  transcribed: boolean;
  barrier: BarrierWish | null;
  service: 'first' | 'last' | null;
  quarterBefore: boolean;
  /** Given this many days before the meeting that answered it, or after the last meeting while it waits. */
  days: number;
  answer: Answer | null;
};

const plans: readonly Plan[] = [
  {
    words: 'benefits',
    who: 'userRep',
    mayQuote: true,
    transcribed: false,
    barrier: { catalogueIds: ['benefits-fear-losing-benefits'], group: 'benefits' },
    service: null,
    quarterBefore: false,
    days: 38,
    answer: { status: 'acted_on', theme: 'benefits', fallbackMeeting: 0, linkFollowUps: true },
  },
  {
    words: 'waitingList',
    who: 'group',
    mayQuote: true,
    transcribed: false,
    barrier: { catalogueIds: ['workforce-high-caseloads'] },
    service: 'last',
    quarterBefore: false,
    days: 30,
    answer: { status: 'acted_on', theme: 'specialist', fallbackMeeting: 2, linkFollowUps: true },
  },
  {
    words: 'employers',
    who: 'anonymous',
    mayQuote: true,
    transcribed: true,
    barrier: { catalogueIds: ['stigma-employer-fears'], group: 'stigma' },
    service: null,
    quarterBefore: false,
    days: 52,
    answer: { status: 'acted_on', theme: 'employers', fallbackMeeting: 2, linkFollowUps: true },
  },
  {
    words: 'travel',
    who: 'anonymous',
    mayQuote: false,
    transcribed: true,
    barrier: { catalogueIds: [], custom: 0 },
    service: null,
    quarterBefore: false,
    days: 24,
    answer: { status: 'discussed', theme: 'transport', fallbackMeeting: 2, linkFollowUps: false },
  },
  {
    words: 'peerSupport',
    who: 'secondUserRep',
    mayQuote: true,
    transcribed: false,
    barrier: null,
    service: null,
    quarterBefore: false,
    days: 33,
    answer: { status: 'not_taken_up', theme: null, fallbackMeeting: 1 },
  },
  {
    words: 'figures',
    who: 'group',
    mayQuote: false,
    transcribed: false,
    barrier: null,
    service: null,
    quarterBefore: true,
    days: 21,
    answer: { status: 'discussed', theme: null, fallbackMeeting: 3, linkFollowUps: false },
  },
  {
    words: 'turnover',
    who: 'anonymous',
    mayQuote: false,
    transcribed: true,
    barrier: { catalogueIds: ['leadership-staff-turnover'] },
    service: 'first',
    quarterBefore: false,
    days: 11,
    answer: null,
  },
  {
    words: 'retraining',
    who: 'userRep',
    mayQuote: true,
    transcribed: false,
    barrier: { catalogueIds: ['policy-train-then-place'], group: 'policy' },
    service: null,
    quarterBefore: false,
    days: 26,
    answer: null,
  },
];

type Dated = { id: string; heldOn: string };
type FollowUp = { link: FeedbackResponseLink; words: string; meeting: Dated };

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const earlier = (a: string, b: string): string => (a < b ? a : b);

function pastMeetings(db: Database.Database, ids: readonly string[], today: string): Dated[] {
  return ids
    .flatMap((id) => {
      const heldOn = stringOrNull(db.prepare('SELECT held_on FROM meeting WHERE id = ?').pluck().get(id));
      return heldOn !== null && heldOn <= today ? [{ id, heldOn }] : [];
    })
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
}

function followUps(db: Database.Database, ids: DemoFeedbackIds, today: string): FollowUp[] {
  const read = (kind: FeedbackResponseLink['kind'], sql: string, id: string): FollowUp[] => {
    const fields = rowFields(db.prepare(sql).get(id));
    const meetingId = stringOrNull(fields.get('meeting_id'));
    const heldOn = stringOrNull(fields.get('held_on'));
    if (meetingId === null || heldOn === null || heldOn > today) return [];
    return [{ link: { kind, ref: id }, words: text(fields.get('words')), meeting: { id: meetingId, heldOn } }];
  };
  return [
    ...ids.decisionIds.flatMap((id) => read('decision', 'SELECT d.wording AS words, m.id AS meeting_id, m.held_on FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE d.id = ?', id)),
    ...ids.actionIds.flatMap((id) => read('action', 'SELECT a.title AS words, m.id AS meeting_id, m.held_on FROM action a JOIN meeting m ON m.id = a.meeting_id WHERE a.id = ?', id)),
  ];
}

function barrierFor(db: Database.Database, barrierIds: readonly string[], wish: BarrierWish): string | null {
  const barriers = barrierIds.flatMap((id) => {
    const row = db.prepare('SELECT catalogue_id, custom_group, name FROM barrier WHERE id = ? AND archived_at IS NULL').get(id);
    if (row === undefined) return [];
    const fields = rowFields(row);
    const catalogueId = stringOrNull(fields.get('catalogue_id'));
    const group = stringOrNull(fields.get('custom_group')) ?? (catalogueId === null ? null : (catalogueEntry(catalogueId)?.group ?? null));
    return [{ id, catalogueId, group, name: text(fields.get('name')) }];
  });
  const custom = barriers.filter((barrier) => barrier.catalogueId === null);
  const found =
    barriers.find((barrier) => barrier.catalogueId !== null && wish.catalogueIds.includes(barrier.catalogueId)) ??
    (wish.custom === undefined ? undefined : custom[wish.custom]) ??
    barriers.find((barrier) => wish.group !== undefined && barrier.group === wish.group);
  return found?.id ?? null;
}

function serviceFor(serviceIds: readonly string[], wish: 'first' | 'last'): string | null {
  return (wish === 'first' ? serviceIds[0] : serviceIds.at(-1)) ?? null;
}

function contributorFor(who: Who, language: Language, userReps: readonly string[]): FeedbackContributor {
  const member = who === 'userRep' ? userReps[0] : who === 'secondUserRep' ? (userReps[1] ?? userReps[0]) : undefined;
  if (member !== undefined) return { kind: 'member', memberId: member };
  if (who === 'anonymous') return { kind: 'anonymous' };
  return { kind: 'group', groupName: localeContent[language].demo.feedback.userOrganisation };
}

/**
 * About eight entries of service users' feedback in the committee's language, as a committee gathers
 * them: from a representative in their own name, from the regional user organisation, and anonymously
 * from paper forms; most answered at the meeting that acted on them (linked to its decisions and
 * actions), some discussed, one not taken up with the reason, the newest still waiting. Call it once the
 * register and the meetings exist; returns the new entries' ids, oldest theme first.
 */
export function demoFeedback(db: Database.Database, language: Language, ids: DemoFeedbackIds, actor: string | null, today: string = todayIso()): string[] {
  return db.transaction(() => {
    const meetings = pastMeetings(db, ids.meetingIds, today);
    const candidates = followUps(db, ids, today);
    const lastMeeting = meetings.at(-1) ?? null;
    return plans.map((plan) => {
      const answer = plan.answer;
      const words = localeContent[language].demo.feedback[plan.words];
      const theme = answer?.theme ?? null;
      const matched = theme === null ? [] : candidates.filter((candidate) => ids.themes[candidate.link.ref] === theme);
      const firstMatch = [...matched].sort((a, b) => a.meeting.heldOn.localeCompare(b.meeting.heldOn))[0];
      const meeting = answer === null ? null : (firstMatch?.meeting ?? meetings[Math.min(answer.fallbackMeeting, meetings.length - 1)] ?? null);
      let givenOn: string;
      if (answer === null) givenOn = lastMeeting === null ? addDays(today, -plan.days) : earlier(addDays(lastMeeting.heldOn, plan.days), today);
      else givenOn = meeting === null ? addDays(today, -plan.days - 60) : addDays(meeting.heldOn, -plan.days);
      const links: FeedbackLink[] = [];
      const barrierId = plan.barrier === null ? null : barrierFor(db, ids.barrierIds, plan.barrier);
      if (barrierId !== null) links.push({ kind: 'barrier', ref: barrierId });
      const serviceId = plan.service === null ? null : serviceFor(ids.serviceIds, plan.service);
      if (serviceId !== null) links.push({ kind: 'service', ref: serviceId });
      if (plan.quarterBefore) links.push({ kind: 'quarter', ref: addQuarters(quarterOfDate(givenOn), -1) });
      // Given at noon of its day; answered after the meeting that took it up (meetings are recorded at ten).
      const id = clock.pinnedAt(demoMoment(givenOn, 12), () => saveFeedback(
        db,
        { text: words.text, contributor: contributorFor(plan.who, language, ids.members.userReps), givenOn, tags: words.tags, links, mayQuote: plan.mayQuote, transcribed: plan.transcribed },
        actor,
        today,
      ));
      if (answer === null) return id;
      const respondedOn = meeting?.heldOn ?? earlier(addDays(givenOn, 30), today);
      const followedUp = answer.status !== 'not_taken_up' && answer.linkFollowUps && firstMatch !== undefined ? matched.filter((candidate) => candidate.meeting.id === firstMatch.meeting.id).slice(0, 3) : [];
      clock.pinnedAt(demoMoment(respondedOn, 12), () => respondToFeedback(
        db,
        {
          feedbackId: id,
          status: answer.status,
          response: answer.status === 'not_taken_up' || !('response' in words) ? '' : words.response,
          reason: answer.status === 'not_taken_up' && 'reason' in words ? words.reason : '',
          meetingId: meeting?.id ?? null,
          respondedOn,
          links: followedUp.map((candidate) => candidate.link),
        },
        actor,
        today,
      ));
      return id;
    });
  }).immediate();
}
