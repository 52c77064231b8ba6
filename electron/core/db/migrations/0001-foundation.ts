/**
 * The committee, its members and its IPS services. `created_by` / `updated_by` may be NULL only for
 * records written before any member existed (setting up a committee, the CLI).
 */
export const foundationMigration = `
CREATE TABLE member (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  organisation TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CHECK (role IN ('chair', 'coordinator', 'member', 'service_user_rep', 'observer')),
  active_from TEXT NOT NULL,
  active_to TEXT CHECK (active_to IS NULL OR active_to >= active_from),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id)
) STRICT;

CREATE TABLE committee (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  region TEXT NOT NULL CHECK (length(trim(region)) > 0),
  language TEXT NOT NULL CHECK (language IN ('en', 'cs')),
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id)
) STRICT;

CREATE TABLE service (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  provider TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id)
) STRICT;

CREATE TABLE preference (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;
