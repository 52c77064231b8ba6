import type Database from 'better-sqlite3';
import { catalogue } from '../barriers/catalogue';
import { mitigations } from '../barriers/mitigations';
import { recordReview } from '../barriers/record-review';
import { addBarrier } from '../barriers/save-barrier';
import { voteRounds } from '../barriers/vote-rounds';
import type { BarrierTrend, MitigationStatus } from '../domain/barrier-terms';
import type { Language } from '../domain/languages';
import { demoMeetingDates } from './demo-meeting-dates';
import { demoMoment } from './demo-moment';
import { clock } from '../domain/clock';
import { localeContent } from '../locales/locale-content';

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const trendOf = (before: number | undefined, now: number): BarrierTrend => (before === undefined || before === now ? 'same' : now < before ? 'better' : 'worse');

/**
 * A register of ten catalogue barriers (one or two from each group) and two of the committee's own,
 * reviewed at each of its last four meetings so that trends show, with mitigations under way and the
 * dot vote of its latest meeting.
 */
export function addDemoBarriers(db: Database.Database, language: Language, members: Record<string, string>, services: string[], actor: string | null, today: string): string[] {
  const dates = demoMeetingDates(today);
  const [firstMeeting = today, secondMeeting = today] = dates;
  // The register is set up two months before the first of the demo's meetings, the mitigations agreed at the second.
  const ids = clock.pinnedAt(demoMoment(addDays(firstMeeting, -60)), () => addRegister(db, language, members, services, actor));
  dates.forEach((reviewDate, review) => clock.pinnedAt(demoMoment(reviewDate), () => addReview(db, ids, reviewDate, review, actor)));
  clock.pinnedAt(demoMoment(secondMeeting, 12), () => addMitigations(db, language, ids, actor));
  const lastMeeting = dates[dates.length - 1] ?? today;
  clock.pinnedAt(demoMoment(lastMeeting, 12), () => addVote(db, language, members, ids, lastMeeting, actor));
  return ids;
}

/** Ten catalogue barriers, one from each group first; an entry about another country than the demo's is left out. */
function chosenEntries(language: Language) {
  const country = localeContent[language].demo.setting.country;
  const entries = catalogue().entries.filter((entry) => entry.kind === 'barrier' && (entry.country === undefined || entry.country === country));
  const picked = [...new Set(entries.map((entry) => entry.group))].flatMap((group) => entries.filter((entry) => entry.group === group).slice(0, 1));
  return [...picked, ...entries.filter((entry) => !picked.includes(entry)).slice(0, 10 - picked.length)].slice(0, 10);
}

function addRegister(db: Database.Database, language: Language, members: Record<string, string>, services: string[], actor: string | null): string[] {
  const chosen = chosenEntries(language);
  const owners = [members['chair'], members['coordinator'], members['labourOffice'], members['teamLeader'], members['userRepA']];
  const ids = chosen.map((entry, index) =>
    addBarrier(
      db,
      { source: 'catalogue', catalogueId: entry.id, localWording: '', serviceIds: index % 3 === 0 ? services.slice(0, 2) : [], ownerId: owners[index % owners.length] ?? null, status: index === 9 ? 'monitoring' : 'active' },
      language,
      actor,
    ),
  );
  for (const [index, own] of localeContent[language].demo.barriers.own.entries()) {
    ids.push(
      addBarrier(
        db,
        { source: 'custom', name: own.name, description: own.description, group: index === 0 ? 'infrastructure' : 'integration', level: index === 0 ? 'contextual' : 'organisational', localWording: own.localWording, serviceIds: services.slice(index + 1, index + 2), ownerId: owners[index + 2] ?? null, status: 'active' },
        language,
        actor,
      ),
    );
  }
  return ids;
}

// Severities that move: some barriers ease as the committee acts, some grow, some stay.
const paths = [
    [4, 4, 3, 3],
    [5, 4, 4, 3],
    [3, 3, 4, 4],
    [4, 4, 4, 4],
    [2, 3, 3, 4],
    [3, 3, 2, 2],
    [4, 3, 3, 2],
    [3, 4, 4, 5],
    [2, 2, 2, 2],
    [3, 2, 2, 1],
    [4, 4, 5, 4],
    [3, 3, 3, 4],
];

function addReview(db: Database.Database, ids: readonly string[], reviewDate: string, review: number, actor: string | null): void {
  recordReview(
    db,
    {
      reviewDate,
      assessments: ids.map((barrierId, index) => {
        const path = paths[index % paths.length] ?? [3, 3, 3, 3];
        const severity = path[review] ?? 3;
        return { barrierId, severity, trend: trendOf(path[review - 1], severity), note: '' };
      }),
    },
    actor,
  );
}

function addMitigations(db: Database.Database, language: Language, ids: readonly string[], actor: string | null): void {
  const chosen = chosenEntries(language);
  const statuses: MitigationStatus[] = ['under_way', 'done', 'planned', 'under_way', 'dropped'];
  chosen.slice(0, 5).forEach((entry, index) => {
    const text = entry.mitigations[0]?.[language];
    const barrierId = ids[index];
    if (text !== undefined && barrierId !== undefined) mitigations.add(db, { barrierId, text, fromCatalogue: true, status: statuses[index] ?? 'planned' }, actor);
  });
}

function addVote(db: Database.Database, language: Language, members: Record<string, string>, ids: readonly string[], lastMeeting: string, actor: string | null): void {
  // Observers watch but do not vote; the former member has left.
  const present = Object.entries(members).filter(([key]) => key !== 'former' && key !== 'observer').map(([, id]) => id);
  const roundId = voteRounds.open(
    db,
    {
      title: localeContent[language].demo.barriers.voteTitle,
      heldOn: lastMeeting,
      dotsPerMember: 3,
      hiddenUntilClosed: false,
      showUserGroup: true,
      participantIds: present,
      barrierIds: ids.slice(0, 6),
      ideas: [],
    },
    actor,
  );
  const round = voteRounds.get(db, roundId, null);
  const items = round.items.map((item) => item.id);
  present.forEach((memberId, index) => {
    const first = items[index % 3] ?? '';
    const second = items[(index * 2 + 1) % items.length] ?? '';
    voteRounds.cast(db, roundId, memberId, first === second ? { [first]: 3 } : { [first]: 2, [second]: 1 });
  });
  voteRounds.close(db, roundId, actor);
}
