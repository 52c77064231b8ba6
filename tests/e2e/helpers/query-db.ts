import Database from 'better-sqlite3';

/** What the file holds now, read as another program would: a fresh read-only connection, closed at once. */
export function queryDb(dbPath: string, sql: string): unknown[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}
