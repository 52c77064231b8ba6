import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { integrityProblems } from '../db/integrity-problems';
import { latestSchemaVersion } from '../db/migrations/migrations';
import { openSnapshot } from '../db/open-snapshot';
import { probeDatabaseFile, type DatabaseProbe } from '../db/probe-database-file';
import { schemaDifferences } from '../db/schema-differences';
import { storedFigureProblems } from '../quarterly/stored-figure-problems';

export type CheckedBackup = { db: Database.Database; schemaVersion: number };

function isSqliteFailure(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_');
}

/** The probe's refusals, said about a backup: what it is, and what to do about it. */
function probeBackup(path: string): DatabaseProbe {
  try {
    return probeDatabaseFile(path);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    if (error.code === 'db_newer_version') throw new UserError('backup_newer_version', { path, found: error.params.found ?? '', supported: latestSchemaVersion });
    if (error.code === 'db_corrupt') throw new UserError('backup_damaged', { path });
    if (error.code === 'db_not_workbench') throw new UserError('backup_not_workbench', { path });
    // Not an SQLite file at all, or a folder: the general message, which names both.
    throw new UserError('backup_invalid', { path });
  }
}

/**
 * Opens a file that is to replace the committee's database (or be described before it does), once it has
 * passed every check: an SQLite file of this version or an earlier one, whose tables, columns, indexes and
 * triggers are exactly what the workbench's migrations make at its version, and that passes SQLite's
 * integrity and foreign-key checks, and whose figures and service names meet the rules an import is held to
 * (storedFigureProblems). The copy is read into memory (see openSnapshot), so what was checked
 * is what gets restored, even if the file changes or is pruned meanwhile. The caller closes it.
 */
export function openCheckedBackup(path: string): CheckedBackup {
  const probe = probeBackup(path);
  if (probe.kind === 'missing') throw new UserError('backup_invalid', { path });
  // An empty file, or an SQLite file the workbench never set up, holds no committee to go back to.
  if (probe.kind === 'empty' || probe.schemaVersion === 0) throw new UserError('backup_not_workbench', { path });
  const db = openSnapshot(path);
  try {
    if (integrityProblems(db).length > 0) throw new UserError('backup_damaged', { path });
    if (schemaDifferences(db, probe.schemaVersion).length > 0) throw new UserError('backup_not_workbench', { path });
    // Nothing comes back by a restore that an import or a form would refuse.
    const [problem] = storedFigureProblems(db, 1);
    if (problem !== undefined) throw new UserError('backup_figures_invalid', { path, table: problem.table, column: problem.column, value: problem.value });
    return { db, schemaVersion: probe.schemaVersion };
  } catch (error) {
    db.close();
    if (isSqliteFailure(error)) throw new UserError('backup_damaged', { path });
    throw error;
  }
}
