import type Database from 'better-sqlite3';
import type { Language } from '../domain/languages';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { UserError } from '../api/user-error';

export type CommitteeSetup = { name: string; region: string; language: Language; isDemo?: boolean };

/** A database holds exactly one committee; call inside the caller's transaction. */
export function createCommittee(db: Database.Database, setup: CommitteeSetup): string {
  const existing = db.prepare('SELECT count(*) AS n FROM committee').pluck().get();
  if (existing !== 0) throw new UserError('committee_exists');
  const id = newId();
  const now = nowIso();
  db.prepare(
    `INSERT INTO committee (id, name, region, language, is_demo, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)`,
  ).run(id, setup.name.trim(), setup.region.trim(), setup.language, setup.isDemo === true ? 1 : 0, now, now);
  return id;
}
