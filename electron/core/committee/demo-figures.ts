import type Database from 'better-sqlite3';
import { measures } from '../domain/measures';
import { addQuarters, quarterIndex, quarterOfDate, quarterParts, type Quarter } from '../domain/quarter';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { importFiles } from '../import/import-files';
import { clock } from '../domain/clock';
import { demoMoment } from './demo-moment';
import { demoTargets } from './demo-targets';
import type { Language } from '../domain/languages';
import { translate } from '../../shared/translate';

/** A small deterministic generator, so the demo looks the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

type DemoService = { name: string; startQuarter: Quarter; size: number };

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function quarterEnd(quarter: Quarter): string {
  const { year, q } = quarterParts(quarter);
  return new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
}

/**
 * Ten quarters up to the last completed one, each imported as the coordinator would import it: one CSV a
 * few weeks after the quarter ended, so the import history and the audit trail tell the same story. The
 * numbers grow as a young service's caseload does, with the conversion rates of the ESCF plan's Czech line
 * as a rough guide. Committee targets are set for the year before (at its start) and for the year of the
 * latest figures (the day after the meeting that decided them), with the numbers the decision states.
 */
export function addDemoFigures(db: Database.Database, language: Language, services: readonly DemoService[], actor: string | null, today: string, targetsDecidedOn: string): void {
  // The files are named as the language's own template is (ips-kvartalstal-2026-Q1.csv).
  const fileBase = translate(language, 'import.templateQuarterlyFile');
  const last = addQuarters(quarterOfDate(today), -1);
  const first = addQuarters(last, -9);
  const random = seeded(2024);
  const header = ['service', 'quarter', ...measures].join(';');
  const linesByQuarter = new Map<Quarter, string[]>();
  for (const service of services) {
    const start = quarterIndex(service.startQuarter) > quarterIndex(first) ? service.startQuarter : first;
    for (let index = quarterIndex(start); index <= quarterIndex(last); index += 1) {
      const age = index - quarterIndex(service.startQuarter) + 1;
      const quarter = addQuarters(first, index - quarterIndex(first));
      const served = Math.round(service.size * Math.min(1, 0.35 + age * 0.12) + random() * 4);
      const referrals = Math.round(service.size * 0.3 + random() * 5);
      const engaged = Math.round(referrals * (0.7 + random() * 0.15));
      const worked = Math.round(served * Math.min(0.48, 0.18 + age * 0.035 + random() * 0.05));
      const jobStarts = Math.round(engaged * (0.3 + random() * 0.2));
      const sustained = Math.round(jobStarts * (0.45 + random() * 0.2));
      const education = Math.round(served * 0.05 + random() * 2);
      const sheltered = Math.round(random() * 2);
      const endedEmployed = Math.round(random() * 3);
      const endedUnemployed = Math.round(random() * 3);
      const fte = (service.size / 20).toFixed(1).replace('.', ',');
      const line = [service.name, quarter, referrals, engaged, served, worked, jobStarts, sustained, education, sheltered, endedEmployed, endedUnemployed, fte].join(';');
      linesByQuarter.set(quarter, [...(linesByQuarter.get(quarter) ?? []), line]);
    }
  }
  for (const [quarter, lines] of [...linesByQuarter].sort(([a], [b]) => a.localeCompare(b))) {
    const importedOn = addDays(quarterEnd(quarter), 21) < today ? addDays(quarterEnd(quarter), 21) : today;
    const bytes = new TextEncoder().encode(`${[header, ...lines].join('\r\n')}\r\n`);
    clock.pinnedAt(demoMoment(importedOn, 8), () =>
      importFiles(db, [{ fileName: `${fileBase}-${quarter}.csv`, bytes, options: {} }], { dryRun: false, actor, currentQuarter: quarterOfDate(importedOn) }),
    );
  }

  const year = demoTargets.year(today);
  const insertTarget = db.prepare(
    'INSERT INTO target (id, year, service_id, referrals, engaged, job_starts, sustained_13w, created_at, updated_at, created_by, updated_by) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const setTargets = (targetYear: number, targets: typeof demoTargets.decisionYear) => {
    const now = nowIso();
    insertTarget.run(newId(), targetYear, targets.referrals, targets.engaged, targets.job_starts, targets.sustained_13w, now, now, actor, actor);
  };
  clock.pinnedAt(demoMoment(`${String(year - 1)}-01-10`), () => setTargets(year - 1, demoTargets.previousYear));
  clock.pinnedAt(demoMoment(addDays(targetsDecidedOn, 1)), () => setTargets(year, demoTargets.decisionYear));
}
