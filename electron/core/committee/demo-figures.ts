import type Database from 'better-sqlite3';
import { measures } from '../domain/measures';
import { addQuarters, quarterIndex, quarterOfDate, quarterParts, type Quarter } from '../domain/quarter';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { importFiles } from '../import/import-files';

/** A small deterministic generator, so the demo looks the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

type DemoService = { name: string; startQuarter: Quarter; size: number };

/**
 * Ten quarters up to the last completed one, imported as the coordinator would import them (one CSV in
 * the import history), and committee targets for the last two years. The numbers grow as a young
 * service's caseload does, with the conversion rates of the ESCF plan's Czech line as a rough guide.
 */
export function addDemoFigures(db: Database.Database, services: readonly DemoService[], actor: string | null, today: string): void {
  const last = addQuarters(quarterOfDate(today), -1);
  const first = addQuarters(last, -9);
  const random = seeded(2024);
  const lines = [['service', 'quarter', ...measures].join(';')];
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
      lines.push([service.name, quarter, referrals, engaged, served, worked, jobStarts, sustained, education, sheltered, endedEmployed, endedUnemployed, fte].join(';'));
    }
  }
  const bytes = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
  const { year } = quarterParts(last);
  importFiles(db, [{ fileName: `lipova-ips-${first}-${last}.csv`, bytes, options: {} }], { dryRun: false, actor, currentQuarter: quarterOfDate(today) });

  const now = nowIso();
  const insertTarget = db.prepare(
    'INSERT INTO target (id, year, service_id, referrals, engaged, job_starts, sustained_13w, created_at, updated_at, created_by, updated_by) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  insertTarget.run(newId(), year - 1, 130, 100, 45, 26, now, now, actor, actor);
  insertTarget.run(newId(), year, 130, 100, 45, 22, now, now, actor, actor);
}
