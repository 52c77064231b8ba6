import type Database from 'better-sqlite3';
import type { Language } from '../domain/languages';
import type { MemberRole } from '../domain/member-roles';
import type { AddressForm } from '../domain/address-forms';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { createCommittee } from './create-committee';
import { currentMember } from './current-member';
import { saveMember } from './save-member';
import { addDemoFigures } from './demo-figures';
import { addDemoBarriers } from './demo-barriers';
import { addDemoFidelity } from './demo-fidelity';
import { addDemoMeetings } from './demo-meetings';
import { demoFeedback } from '../feedback/demo-feedback';
import { quarterOfDate } from '../domain/quarter';
import { serviceNameKey } from '../domain/service-name-key';
import { todayIso } from '../domain/today-iso';
import { clock } from '../domain/clock';
import { demoMeetingDates } from './demo-meeting-dates';
import { demoMoment } from './demo-moment';
import { localeContent, type DemoTexts } from '../locales/locale-content';

type DemoMemberKey = keyof DemoTexts['setting']['members'];
type DemoMember = { key: DemoMemberKey; addressForm: AddressForm; role: MemberRole; activeFrom: string; activeTo: string | null };

/**
 * A fictional committee, so that every screen has something real to show before a committee enters its own
 * records. English and Czech are set in a Czech region; each other language in a region of its own country
 * (the language folder's demo.json names the people, organisations, services and places). Names of people and
 * organisations are invented; who is who (form of address, role, dates) is the same in every language.
 */
const demoMembers: readonly DemoMember[] = [
  { key: 'chair', addressForm: 'feminine', role: 'chair', activeFrom: '2024-01-01', activeTo: null },
  { key: 'coordinator', addressForm: 'masculine', role: 'coordinator', activeFrom: '2024-01-01', activeTo: null },
  { key: 'labourOffice', addressForm: 'feminine', role: 'member', activeFrom: '2024-01-01', activeTo: null },
  { key: 'teamLeader', addressForm: 'masculine', role: 'member', activeFrom: '2024-01-01', activeTo: null },
  { key: 'provider', addressForm: 'feminine', role: 'member', activeFrom: '2024-03-01', activeTo: null },
  { key: 'userRepA', addressForm: 'feminine', role: 'service_user_rep', activeFrom: '2024-01-01', activeTo: null },
  { key: 'userRepB', addressForm: 'masculine', role: 'service_user_rep', activeFrom: '2025-01-01', activeTo: null },
  { key: 'observer', addressForm: 'feminine', role: 'observer', activeFrom: '2024-01-01', activeTo: null },
  { key: 'former', addressForm: 'masculine', role: 'member', activeFrom: '2024-01-01', activeTo: '2025-06-30' },
];

/** The three services in the order of the language file's `setting.services`: the main town first. */
const demoServices = [
  { startDate: '2024-01-01', size: 40 },
  { startDate: '2024-04-01', size: 30 },
  { startDate: '2024-07-01', size: 24 },
] as const;

export type DemoCommittee = { memberIds: Record<string, string>; serviceIds: Record<string, string> };

/** Fills an empty, migrated database with the demo committee in one transaction. */
export function createDemoCommittee(db: Database.Database, language: Language, today: string = todayIso()): DemoCommittee {
  // The committee, its members and services are entered on the day its first members started.
  const setUpOn = [...demoMembers.map((member) => member.activeFrom), ...demoServices.map((service) => service.startDate)].sort()[0] ?? today;
  return db.transaction(() => clock.pinnedAt(demoMoment(setUpOn, 9), () => createDemo(db, language, today))).immediate();
}

function createDemo(db: Database.Database, language: Language, today: string): DemoCommittee {
  const setting = localeContent[language].demo.setting;
  createCommittee(db, { ...setting.committee, language, isDemo: true });
  const memberIds: Record<string, string> = {};
  // The coordinator keeps the data: entered first, and every later demo record is attributed to them.
  const coordinatorFirst = [...demoMembers].sort((a, b) => Number(b.role === 'coordinator') - Number(a.role === 'coordinator'));
  for (const member of coordinatorFirst) {
    memberIds[member.key] = saveMember(db, { ...member, ...setting.members[member.key] }, memberIds['coordinator'] ?? null);
  }
  const actor = memberIds['coordinator'] ?? null;
  const now = nowIso();
  const serviceIds: Record<string, string> = {};
  const services = demoServices.map((service, index) => ({ ...service, ...(setting.services[index] ?? { name: `IPS ${String(index + 1)}`, provider: '' }) }));
  for (const service of services) {
    const id = newId();
    db.prepare(
      `INSERT INTO service (id, name, name_key, provider, start_date, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, service.name, serviceNameKey(service.name), service.provider, service.startDate, now, now, actor, actor);
    serviceIds[service.name] = id;
  }
  currentMember.write(db, actor);
  addDemoFigures(
    db,
    language,
    services.map((service) => ({ name: service.name, startQuarter: quarterOfDate(service.startDate), size: service.size })),
    actor,
    today,
    // The targets decision is the second meeting's (see demo-meetings).
    demoMeetingDates(today)[1] ?? today,
  );
  const barrierIds = addDemoBarriers(db, language, memberIds, Object.values(serviceIds), actor, today);
  addDemoFidelity(
    db,
    services.flatMap((service) => {
      const id = serviceIds[service.name];
      return id === undefined ? [] : [{ id, startDate: service.startDate }];
    }),
    language,
    actor,
    today,
  );
  const meetings = addDemoMeetings(db, language, memberIds, barrierIds, actor, today);
  demoFeedback(
    db,
    language,
    { members: { userReps: [memberIds['userRepA'], memberIds['userRepB']].flatMap((id) => id ?? []) }, barrierIds, serviceIds: Object.values(serviceIds), ...meetings },
    actor,
    today,
  );
  return { memberIds, serviceIds };
}
