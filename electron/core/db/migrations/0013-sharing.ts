/**
 * Sharing the committee through a sync server (Yjs documents relayed by Hocuspocus). Device-local tables,
 * never shared themselves:
 * - sync_sharing: this device's place in the shared committee (one row once shared or joined);
 * - sync_outbox: the records a local write changed, written by triggers in the write's own transaction and
 *   turned into Yjs updates before that transaction commits;
 * - sync_update: the Yjs updates this device holds, its own (shared = 0 until the server has them) and the
 *   ones it received; the documents are rebuilt from them at start.
 * merge_conflict is shared with the committee's records: the same field changed on two devices, the value kept
 * and the one replaced, so every device can show it.
 * The secrets (the committee's signing key, this device's invite) are not here but in a file beside the
 * database that backups and exports leave out (sharing-secrets.ts).
 */
export const sharingMigration = `
CREATE TABLE sync_sharing (
  only INTEGER PRIMARY KEY NOT NULL CHECK (only = 1),
  committee_id TEXT NOT NULL,
  server_url TEXT NOT NULL,
  device_id TEXT NOT NULL,
  member_id TEXT,
  role TEXT NOT NULL CHECK (role IN ('coordinator', 'member', 'service_user_rep', 'observer')),
  shared_at TEXT NOT NULL,
  last_synced_at TEXT
) STRICT;

CREATE TABLE sync_outbox (
  table_name TEXT NOT NULL,
  record_key TEXT NOT NULL,
  PRIMARY KEY (table_name, record_key)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_update (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document TEXT NOT NULL,
  data BLOB NOT NULL,
  changes INTEGER NOT NULL CHECK (changes >= 0),
  shared INTEGER NOT NULL CHECK (shared IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX sync_update_document ON sync_update (document, id);

CREATE TABLE merge_conflict (
  id TEXT PRIMARY KEY NOT NULL,
  table_name TEXT NOT NULL,
  record_key TEXT NOT NULL,
  field TEXT NOT NULL,
  kept TEXT,
  replaced TEXT,
  noticed_at TEXT NOT NULL
) STRICT;
`;
