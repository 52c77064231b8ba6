import type Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { openSqlite } from './open-sqlite';

/**
 * A read-only look at a database file that leaves the folder exactly as it was. SQLite opens a WAL
 * database, even read-only, by creating its -wal and -shm companions; reading a copy of the file into
 * memory avoids that. When a -wal file already exists (the app is running, or crashed), its content
 * belongs to the database, so the file is opened in place instead; the companions were there before.
 */
export function openSnapshot(path: string): Database.Database {
  if (existsSync(`${path}-wal`)) return openSqlite(path, { readonly: true, fileMustExist: true });
  const copy = readFileSync(path);
  // Bytes 18 and 19 say "WAL"; an in-memory copy cannot have a WAL, so the copy says "rollback journal".
  if (copy.length > 19 && copy[18] === 2 && copy[19] === 2) {
    copy[18] = 1;
    copy[19] = 1;
  }
  return openSqlite(copy);
}
