import type Database from 'better-sqlite3';
import { openSqlite } from '../core/db/open-sqlite';

/**
 * What the sync server keeps, in one SQLite file: each committee's public key (registered when the
 * coordinator shares the committee) and each Yjs document's state. No names, no member list, no tokens:
 * the invites carry who may do what, and the server checks them against the key. The day each device was
 * last seen is kept by device id, for the coordinator's list.
 */
export function openSyncStore(path: string) {
  const db: Database.Database = openSqlite(path);
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS committee (committee_id TEXT PRIMARY KEY NOT NULL, public_key TEXT NOT NULL, registered_at TEXT NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS document (name TEXT PRIMARY KEY NOT NULL, state BLOB NOT NULL, updated_on TEXT NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS device_seen (committee_id TEXT NOT NULL, device_id TEXT NOT NULL, seen_on TEXT NOT NULL, PRIMARY KEY (committee_id, device_id)) STRICT;
  `);
  const putSeen = db.prepare('INSERT INTO device_seen (committee_id, device_id, seen_on) VALUES (?, ?, ?) ON CONFLICT (committee_id, device_id) DO UPDATE SET seen_on = excluded.seen_on');
  const listSeen = db.prepare<[string], { device_id: string; seen_on: string }>('SELECT device_id, seen_on FROM device_seen WHERE committee_id = ? ORDER BY device_id');
  const keyOf = db.prepare<[string], { public_key: string }>('SELECT public_key FROM committee WHERE committee_id = ?');
  const addKey = db.prepare('INSERT INTO committee (committee_id, public_key, registered_at) VALUES (?, ?, ?)');
  const stateOf = db.prepare<[string], { state: Buffer }>('SELECT state FROM document WHERE name = ?');
  const putState = db.prepare('INSERT INTO document (name, state, updated_on) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_on = excluded.updated_on');
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
      // The day only: times to the second would let the drop box's changes be set beside a member's own.
      db.transaction(() => putState.run(name, Buffer.from(state), new Date().toISOString().slice(0, 10))).immediate();
    },
    /** The day a device last connected: the day only, so the list cannot be read beside an anonymous entry's time. */
    seen: (committeeId: string, deviceId: string, at: Date): void => {
      db.transaction(() => putSeen.run(committeeId, deviceId, at.toISOString().slice(0, 10))).immediate();
    },
    seenDevices: (committeeId: string) => listSeen.all(committeeId).map((row) => ({ deviceId: row.device_id, seenOn: row.seen_on })),
    /** A consistent copy of the whole store while the server runs (SQLite's online backup). */
    backup: async (path: string): Promise<void> => {
      await db.backup(path);
    },
    close: () => db.close(),
  };
}

export type SyncStore = ReturnType<typeof openSyncStore>;
