import type Database from 'better-sqlite3';
import { openSqlite } from '../core/db/open-sqlite';

/**
 * What the sync server keeps, in one SQLite file: each committee's public key (registered when the
 * coordinator shares the committee) and each Yjs document's state. No names, no member list, no tokens:
 * the invites carry who may do what, and the server checks them against the key.
 */
export function openSyncStore(path: string) {
  const db: Database.Database = openSqlite(path);
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS committee (committee_id TEXT PRIMARY KEY NOT NULL, public_key TEXT NOT NULL, registered_at TEXT NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS document (name TEXT PRIMARY KEY NOT NULL, state BLOB NOT NULL, updated_at TEXT NOT NULL) STRICT;
  `);
  const keyOf = db.prepare<[string], { public_key: string }>('SELECT public_key FROM committee WHERE committee_id = ?');
  const addKey = db.prepare('INSERT INTO committee (committee_id, public_key, registered_at) VALUES (?, ?, ?)');
  const stateOf = db.prepare<[string], { state: Buffer }>('SELECT state FROM document WHERE name = ?');
  const putState = db.prepare('INSERT INTO document (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at');
  return {
    publicKey: (committeeId: string): string | null => keyOf.get(committeeId)?.public_key ?? null,
    /** The first key registered for a committee stays its key: a second sharing with another key is refused. */
    register: (committeeId: string, publicKey: string): 'registered' | 'same' | 'taken' => {
      return db.transaction(() => {
        const known = keyOf.get(committeeId)?.public_key;
        if (known === undefined) {
          addKey.run(committeeId, publicKey, new Date().toISOString());
          return 'registered' as const;
        }
        return known === publicKey ? ('same' as const) : ('taken' as const);
      }).immediate();
    },
    state: (name: string): Uint8Array | null => stateOf.get(name)?.state ?? null,
    store: (name: string, state: Uint8Array): void => {
      db.transaction(() => putState.run(name, Buffer.from(state), new Date().toISOString())).immediate();
    },
    close: () => db.close(),
  };
}

export type SyncStore = ReturnType<typeof openSyncStore>;
