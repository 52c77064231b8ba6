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

/**
 * A fictional committee for a fictional Czech region, so that every screen has something real to show
 * before a committee enters its own records. Names of people and organisations are invented.
 */
const demoCommitteeName: Record<Language, { name: string; region: string }> = {
  en: { name: 'Lipová Regional IPS Steering Committee (demo)', region: 'Lipová Region (fictional)' },
  cs: { name: 'Regionální řídicí výbor IPS Lipová (ukázka)', region: 'Lipovský kraj (smyšlený)' },
};

type DemoMember = { key: string; name: string; addressForm: AddressForm; organisation: string; role: MemberRole; activeFrom: string; activeTo: string | null };

const demoMembers: readonly DemoMember[] = [
  { key: 'chair', name: 'Jana Dvořáková', addressForm: 'feminine', organisation: 'Krajský úřad Lipovského kraje', role: 'chair', activeFrom: '2024-01-01', activeTo: null },
  { key: 'coordinator', name: 'Petr Novák', addressForm: 'masculine', organisation: 'Centrum duševního zdraví Lipová', role: 'coordinator', activeFrom: '2024-01-01', activeTo: null },
  { key: 'labourOffice', name: 'Marie Svobodová', addressForm: 'feminine', organisation: 'Úřad práce, pobočka Lipová', role: 'member', activeFrom: '2024-01-01', activeTo: null },
  { key: 'teamLeader', name: 'Tomáš Král', addressForm: 'masculine', organisation: 'Centrum duševního zdraví Lipová', role: 'member', activeFrom: '2024-01-01', activeTo: null },
  { key: 'provider', name: 'Hana Marková', addressForm: 'feminine', organisation: 'Spolek Práh Lipová', role: 'member', activeFrom: '2024-03-01', activeTo: null },
  { key: 'userRepA', name: 'Lucie Horáková', addressForm: 'feminine', organisation: 'Spolek uživatelů péče Lipová', role: 'service_user_rep', activeFrom: '2024-01-01', activeTo: null },
  { key: 'userRepB', name: 'Martin Beneš', addressForm: 'masculine', organisation: 'Spolek uživatelů péče Lipová', role: 'service_user_rep', activeFrom: '2025-01-01', activeTo: null },
  { key: 'observer', name: 'Eva Procházková', addressForm: 'feminine', organisation: 'Nadační fond Lipová', role: 'observer', activeFrom: '2024-01-01', activeTo: null },
  { key: 'former', name: 'Karel Veselý', addressForm: 'masculine', organisation: 'Městský úřad Lipová', role: 'member', activeFrom: '2024-01-01', activeTo: '2025-06-30' },
];

const demoServices = [
  { name: 'IPS Lipová-město', provider: 'Centrum duševního zdraví Lipová', startDate: '2024-01-01', size: 40 },
  { name: 'IPS Horní Lhota', provider: 'Spolek Práh Lipová', startDate: '2024-04-01', size: 30 },
  { name: 'IPS Dolní Ves', provider: 'Centrum duševního zdraví Lipová', startDate: '2024-07-01', size: 24 },
] as const;

export type DemoCommittee = { memberIds: Record<string, string>; serviceIds: Record<string, string> };

/** Fills an empty, migrated database with the demo committee in one transaction. */
export function createDemoCommittee(db: Database.Database, language: Language, today: string = todayIso()): DemoCommittee {
  // The committee, its members and services are entered on the day its first members started.
  const setUpOn = [...demoMembers.map((member) => member.activeFrom), ...demoServices.map((service) => service.startDate)].sort()[0] ?? today;
  return db.transaction(() => clock.pinnedAt(demoMoment(setUpOn, 9), () => createDemo(db, language, today))).immediate();
}

function createDemo(db: Database.Database, language: Language, today: string): DemoCommittee {
  createCommittee(db, { ...demoCommitteeName[language], language, isDemo: true });
  const memberIds: Record<string, string> = {};
  // The coordinator keeps the data: entered first, and every later demo record is attributed to them.
  const coordinatorFirst = [...demoMembers].sort((a, b) => Number(b.role === 'coordinator') - Number(a.role === 'coordinator'));
  for (const member of coordinatorFirst) {
    memberIds[member.key] = saveMember(db, member, memberIds['coordinator'] ?? null);
  }
  const actor = memberIds['coordinator'] ?? null;
  const now = nowIso();
  const serviceIds: Record<string, string> = {};
  for (const service of demoServices) {
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
    demoServices.map((service) => ({ name: service.name, startQuarter: quarterOfDate(service.startDate), size: service.size })),
    actor,
    today,
    // The targets decision is the second meeting's (see demo-meetings).
    demoMeetingDates(today)[1] ?? today,
  );
  const barrierIds = addDemoBarriers(db, language, memberIds, Object.values(serviceIds), actor, today);
  addDemoFidelity(
    db,
    demoServices.flatMap((service) => {
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
