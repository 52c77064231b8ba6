import { latestSchemaVersion } from './migrations/migrations';
import { integrityProblems } from './integrity-problems';
import { openSnapshot } from './open-snapshot';
import { probeDatabaseFile } from './probe-database-file';
import { schemaDifferences } from './schema-differences';
import { UserError } from '../api/user-error';

export type DatabaseCheck = { ok: true } | { ok: false; problems: string[] };

/**
 * SQLite's own integrity and foreign-key checks, the schema version, and the schema itself against what
 * the workbench's migrations make at that version; read-only.
 */
export function checkDatabase(path: string): DatabaseCheck {
  const probe = probeDatabaseFile(path);
  if (probe.kind !== 'workbench') throw new UserError('db_missing', { path });
  const problems: string[] = [];
  if (probe.schemaVersion < latestSchemaVersion) {
    problems.push(`schema version ${probe.schemaVersion} is older than ${latestSchemaVersion}; opening the file in the workbench upgrades it`);
  }
  const db = openSnapshot(path);
  try {
    problems.push(...integrityProblems(db));
    // Version 0 is a file the workbench has not set up yet: an empty one, which has no schema to compare.
    if (probe.schemaVersion > 0) problems.push(...schemaDifferences(db, probe.schemaVersion).map((difference) => `schema: ${difference}`));
  } finally {
    db.close();
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
