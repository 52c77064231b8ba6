import type Database from 'better-sqlite3';

/**
 * After removing words that must not stay readable (a sent or discarded draft of feedback): secure_delete,
 * which is on for every connection, has already overwritten them in the database file; checkpointing the
 * write-ahead log and truncating it removes the copies the log still holds. Outside a transaction only: a
 * checkpoint cannot run inside one.
 */
export function scrubFreedContent(db: Database.Database): void {
  if (db.inTransaction) return;
  db.pragma('wal_checkpoint(TRUNCATE)');
}
