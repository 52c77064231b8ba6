import type Database from 'better-sqlite3';
import { serviceNameKey } from '../../domain/service-name-key';

/**
 * Quarterly outcome figures, targets and their provenance. A measure that was not reported is NULL,
 * which is different from 0. Each figure row remembers the import that last set it; manual edits and
 * values replaced by a re-import are kept in figure_change, so every value's source can be told.
 */
export const quarterlyDataMigration = `
ALTER TABLE service ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE service SET name_key = id;
CREATE UNIQUE INDEX service_name_key ON service (name_key);

CREATE TABLE import_batch (
  id TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('quarterly', 'targets')),
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  row_count INTEGER NOT NULL CHECK (row_count >= 0),
  summary TEXT NOT NULL DEFAULT '{}',
  imported_at TEXT NOT NULL,
  imported_by TEXT REFERENCES member(id),
  undone_at TEXT,
  undone_by TEXT REFERENCES member(id)
) STRICT;

CREATE TABLE quarterly_figure (
  id TEXT PRIMARY KEY NOT NULL,
  service_id TEXT NOT NULL REFERENCES service(id),
  quarter TEXT NOT NULL CHECK (quarter GLOB '[12][0-9][0-9][0-9]-Q[1-4]'),
  referrals INTEGER CHECK (referrals >= 0),
  engaged INTEGER CHECK (engaged >= 0),
  served INTEGER CHECK (served >= 0),
  worked INTEGER CHECK (worked >= 0),
  job_starts INTEGER CHECK (job_starts >= 0),
  sustained_13w INTEGER CHECK (sustained_13w >= 0),
  in_education INTEGER CHECK (in_education >= 0),
  sheltered INTEGER CHECK (sheltered >= 0),
  ended_employed INTEGER CHECK (ended_employed >= 0),
  ended_unemployed INTEGER CHECK (ended_unemployed >= 0),
  es_fte REAL CHECK (es_fte >= 0),
  import_id TEXT REFERENCES import_batch(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id),
  UNIQUE (service_id, quarter)
) STRICT;
CREATE INDEX quarterly_figure_quarter ON quarterly_figure (quarter);
CREATE INDEX quarterly_figure_import ON quarterly_figure (import_id);

CREATE TABLE figure_change (
  id TEXT PRIMARY KEY NOT NULL,
  figure_id TEXT NOT NULL REFERENCES quarterly_figure(id),
  measure TEXT NOT NULL,
  old_value REAL,
  new_value REAL,
  source TEXT NOT NULL CHECK (source IN ('import', 'manual', 'undo')),
  import_id TEXT REFERENCES import_batch(id),
  changed_at TEXT NOT NULL,
  changed_by TEXT REFERENCES member(id)
) STRICT;
CREATE INDEX figure_change_figure ON figure_change (figure_id, measure, changed_at);
CREATE INDEX figure_change_import ON figure_change (import_id);

CREATE TABLE import_replaced_row (
  import_id TEXT NOT NULL REFERENCES import_batch(id),
  table_name TEXT NOT NULL CHECK (table_name IN ('quarterly_figure', 'target')),
  row_id TEXT NOT NULL,
  previous TEXT NOT NULL,
  PRIMARY KEY (import_id, table_name, row_id)
) STRICT;

CREATE TABLE target (
  id TEXT PRIMARY KEY NOT NULL,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  service_id TEXT REFERENCES service(id),
  referrals INTEGER CHECK (referrals >= 0),
  engaged INTEGER CHECK (engaged >= 0),
  job_starts INTEGER CHECK (job_starts >= 0),
  sustained_13w INTEGER CHECK (sustained_13w >= 0),
  import_id TEXT REFERENCES import_batch(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id)
) STRICT;
CREATE UNIQUE INDEX target_year_scope ON target (year, ifnull(service_id, ''));

CREATE TABLE import_mapping (
  layout_key TEXT PRIMARY KEY NOT NULL,
  mapping TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT REFERENCES member(id)
) STRICT;
`;

/** SQLite's lower() knows only ASCII, so the keys of existing services are computed here. */
export function rekeyServiceNames(db: Database.Database): void {
  const rows = db.prepare('SELECT id, name FROM service').all();
  const update = db.prepare('UPDATE service SET name_key = ? WHERE id = ?');
  for (const row of rows) {
    if (row !== null && typeof row === 'object' && 'id' in row && 'name' in row) update.run(serviceNameKey(String(row.name)), row.id);
  }
}
