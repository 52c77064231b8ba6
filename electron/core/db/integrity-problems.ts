import type Database from 'better-sqlite3';
import { rowFields } from './row-fields';

/** SQLite's full integrity check and its foreign-key check, one line per problem; empty for a sound file. */
export function integrityProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  for (const message of db.prepare('PRAGMA integrity_check').pluck().all()) {
    if (message !== 'ok') problems.push(`integrity: ${String(message)}`);
  }
  for (const row of db.prepare('PRAGMA foreign_key_check').all()) {
    const fields = rowFields(row);
    problems.push(`foreign key: row ${String(fields.get('rowid'))} of ${String(fields.get('table'))} points to a missing ${String(fields.get('parent'))}`);
  }
  return problems;
}
