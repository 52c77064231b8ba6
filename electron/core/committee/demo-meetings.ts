import type Database from 'better-sqlite3';
import type { Language } from '../domain/languages';
import { quarterOfDate } from '../domain/quarter';
import { agendaItems } from '../meetings/agenda-items';
import { approveMinutes } from '../meetings/approve-minutes';
import { readAgenda } from '../meetings/read-agenda';
import { saveAction } from '../meetings/save-action';
import { saveDecision, type DecisionInput } from '../meetings/save-decision';
import { saveMeeting } from '../meetings/save-meeting';
import { setAttendance } from '../meetings/set-attendance';
import type { ActionStatus } from '../meetings/minutes-data';
import { localeContent } from '../locales/locale-content';
import { demoMeetingDates } from './demo-meeting-dates';
import { demoMoment } from './demo-moment';
import { demoTargets } from './demo-targets';
import { clock } from '../domain/clock';
import type { DemoTheme } from './demo-theme';

/** `themes`: what each decision or action (by id) is about, for the feedback it answers. */
export type DemoMeetings = { meetingIds: string[]; decisionIds: string[]; actionIds: string[]; themes: Record<string, DemoTheme> };

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `dissenter`: the member whose dissent the decision records, in the words the language file gives. */
type DecisionPlan = { meeting: number; votes?: [number, number, number]; amends?: number; barrier?: number; quarterLink?: boolean; dissenter?: string; theme?: DemoTheme };
const decisionPlans: readonly DecisionPlan[] = [
  { meeting: 0 },
  { meeting: 0 },
  { meeting: 0, votes: [5, 1, 1], theme: 'benefits' },
  { meeting: 1, quarterLink: true },
  { meeting: 1 },
  { meeting: 1, amends: 2, theme: 'benefits' },
  { meeting: 2, votes: [6, 0, 1], theme: 'specialist' },
  { meeting: 2, votes: [5, 2, 0], dissenter: 'teamLeader', theme: 'employers' },
  { meeting: 2, barrier: 10, theme: 'transport' },
  { meeting: 3, barrier: 0 },
  { meeting: 3 },
  { meeting: 3, theme: 'employers' },
];

type ActionPlan = { meeting: number; decision?: number; barrier?: number; owner: string; days: number; reviews: ActionStatus[]; theme?: DemoTheme };
const actionPlans: readonly ActionPlan[] = [
  { meeting: 0, decision: 1, owner: 'labourOffice', days: 30, reviews: ['done'] },
  { meeting: 0, decision: 0, owner: 'coordinator', days: 120, reviews: ['in_progress', 'done'] },
  // Barrier 6 of the register is the fear of losing benefits (see demo-barriers).
  { meeting: 0, barrier: 6, owner: 'userRepA', days: 60, reviews: ['in_progress', 'in_progress', 'in_progress'], theme: 'benefits' },
  { meeting: 1, decision: 3, owner: 'coordinator', days: 14, reviews: ['done'] },
  { meeting: 1, decision: 4, owner: 'userRepB', days: 45, reviews: ['done'] },
  { meeting: 1, owner: 'labourHeadOffice', days: 60, reviews: ['dropped'] },
  { meeting: 2, decision: 6, owner: 'provider', days: 30, reviews: ['in_progress'], theme: 'specialist' },
  { meeting: 2, decision: 7, owner: 'teamLeader', days: 60, reviews: ['done'], theme: 'employers' },
  { meeting: 2, decision: 8, barrier: 10, owner: 'chair', days: 90, reviews: [], theme: 'transport' },
  { meeting: 3, decision: 9, owner: 'coordinator', days: 120, reviews: [] },
  { meeting: 3, decision: 10, owner: 'chair', days: 30, reviews: [] },
  { meeting: 3, decision: 11, owner: 'provider', days: 150, reviews: [], theme: 'employers' },
];

const apologies: Record<number, readonly string[]> = { 0: ['userRepB'], 1: ['labourOffice'], 2: ['observer'], 3: ['provider'] };

/** The demo's words with the targets' year and numbers filled in. */
function fill(template: string, year: number): string {
  const params: Record<string, string> = { year: String(year), ...Object.fromEntries(Object.entries(demoTargets.decisionYear).map(([key, value]) => [key, String(value)])) };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * Four past quarterly meetings with attendance, a dozen numbered decisions (one by vote with dissent in
 * the member's words, one amended later, one corrected after its minutes were approved) and actions in
 * every status, some overdue. Built through the same core functions as the app, so every rule holds.
 */
export function addDemoMeetings(db: Database.Database, language: Language, members: Record<string, string>, barrierIds: readonly string[], actor: string | null, today: string): DemoMeetings {
  const demo = localeContent[language].demo;
  const text = demo.meetings;
  const dates = demoMeetingDates(today);
  const meetingIds: string[] = [];
  const decisionIds: string[] = [];
  const actionIds: string[] = [];
  const themes: Record<string, DemoTheme> = {};
  const businessItems: (string | null)[] = [];
  const activeOn = (date: string) =>
    db.prepare('SELECT id FROM member WHERE active_from <= ? AND (active_to IS NULL OR active_to >= ?)').pluck().all(date, date).map(String);

  dates.forEach((heldOn, index) => {
    // The previous minutes are approved as the meeting opens, before anything else is recorded at it.
    const previous = meetingIds[index - 1];
    if (previous !== undefined) clock.pinnedAt(demoMoment(heldOn, 9), () => approveMinutes(db, previous, heldOn, today, actor));
    clock.pinnedAt(demoMoment(heldOn), () => holdMeeting(heldOn, index));
    // A wording corrected after the minutes were approved: the approved text stays as version 1.
    const first = decisionIds[0];
    const words = text.decisions[0];
    if (index === 2 && first !== undefined && words !== undefined) {
      clock.pinnedAt(demoMoment(heldOn, 11), () =>
        saveDecision.update(
          db,
          first,
          { agendaItemId: businessItems[0] ?? null, wording: text.amendedWording, rationale: words.rationale, method: 'consensus', votes: null, userRepPosition: '', dissent: [], links: [], changes: null },
          actor,
        ),
      );
    }
  });
  return { meetingIds, decisionIds, actionIds, themes };

  function holdMeeting(heldOn: string, index: number): void {
    const meetingId = saveMeeting.create(db, { heldOn, kind: 'regular', place: index === 1 ? '' : demo.setting.meetingPlace, online: index === 1 }, actor);
    meetingIds.push(meetingId);
    const away = new Set((apologies[index] ?? []).flatMap((key) => members[key] ?? []));
    setAttendance(
      db,
      meetingId,
      {
        members: activeOn(heldOn).map((memberId) => ({ memberId, presence: away.has(memberId) ? 'apologies' : 'present' })),
        guests: index === 2 ? [{ name: text.guest.name, organisation: text.guest.organisation, presence: 'present' }] : [],
      },
      actor,
    );
    const extra = text.extraItems[index];
    if (extra !== undefined) agendaItems.add(db, meetingId, extra, actor);
    const agenda = readAgenda(db, meetingId);
    for (const item of agenda) agendaItems.update(db, item.id, { title: item.title, notes: text.notes[item.kind] }, actor);
    const business = agenda.at(-1)?.id ?? null;
    businessItems.push(business);

    // What this meeting heard about the actions set at earlier ones.
    actionPlans.forEach((plan, actionIndex) => {
      const review = index - plan.meeting - 1;
      const status = plan.reviews[review];
      const actionId = actionIds[actionIndex];
      if (status === undefined || actionId === undefined) return;
      const words = text.actions[actionIndex];
      saveAction.review(db, actionId, meetingId, { status, note: words?.progress?.[review] ?? '', dropReason: words?.dropReason ?? '' }, actor);
    });

    decisionPlans.forEach((plan, decisionIndex) => {
      if (plan.meeting !== index) return;
      const words = text.decisions[decisionIndex];
      if (words === undefined) return;
      const dissenter = plan.dissenter === undefined ? undefined : members[plan.dissenter];
      const barrierId = plan.barrier === undefined ? undefined : barrierIds[plan.barrier];
      const amended = plan.amends === undefined ? undefined : decisionIds[plan.amends];
      const decision: DecisionInput = {
        agendaItemId: business,
        wording: fill(words.wording, demoTargets.year(today)),
        rationale: words.rationale,
        method: plan.votes === undefined ? 'consensus' : 'vote',
        votes: plan.votes === undefined ? null : { for: plan.votes[0], against: plan.votes[1], abstain: plan.votes[2] },
        userRepPosition: words.userRepPosition ?? '',
        dissent: dissenter === undefined || words.dissent === undefined ? [] : [{ memberId: dissenter, words: words.dissent }],
        links: [...(barrierId === undefined ? [] : [{ kind: 'barrier' as const, ref: barrierId }]), ...(plan.quarterLink === true ? [{ kind: 'quarter' as const, ref: quarterOfDate(heldOn) }] : [])],
        changes: amended === undefined ? null : { kind: 'amends', decisionId: amended },
      };
      const decisionId = saveDecision.record(db, meetingId, decision, actor);
      decisionIds.push(decisionId);
      if (plan.theme !== undefined) themes[decisionId] = plan.theme;
    });

    actionPlans.forEach((plan, actionIndex) => {
      if (plan.meeting !== index) return;
      const ownerMemberId = members[plan.owner] ?? null;
      const actionId = saveAction.add(
        db,
        {
          title: fill(text.actions[actionIndex]?.title ?? '', demoTargets.year(today)),
          ownerMemberId,
          ownerOrganisation: ownerMemberId === null ? text.labourHeadOffice : '',
          dueDate: addDays(heldOn, plan.days),
          decisionId: plan.decision === undefined ? null : (decisionIds[plan.decision] ?? null),
          barrierId: plan.barrier === undefined ? null : (barrierIds[plan.barrier] ?? null),
          meetingId,
          agendaItemId: business,
        },
        heldOn,
        actor,
      );
      actionIds[actionIndex] = actionId;
      if (plan.theme !== undefined) themes[actionId] = plan.theme;
    });
  }
}
