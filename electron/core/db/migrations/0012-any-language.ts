/**
 * A committee and a report may be in any language the workbench has (Danish, Spanish, French and Croatian
 * joined English and Czech). The list of languages lives in the code, which checks every value before it is
 * written, so the tables only ask for a two-letter code and a new language needs no migration. SQLite cannot
 * change a CHECK in place: both tables are rebuilt with their rows, columns in the same order.
 */
export const anyLanguageMigration = `
CREATE TABLE committee_rebuilt (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  region TEXT NOT NULL CHECK (length(trim(region)) > 0),
  language TEXT NOT NULL CHECK (language GLOB '[a-z][a-z]'),
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id),
  fidelity_review_months INTEGER NOT NULL DEFAULT 12 CHECK (fidelity_review_months BETWEEN 1 AND 60)
) STRICT;
INSERT INTO committee_rebuilt (id, name, region, language, is_demo, created_at, updated_at, created_by, updated_by, fidelity_review_months)
  SELECT id, name, region, language, is_demo, created_at, updated_at, created_by, updated_by, fidelity_review_months FROM committee;
DROP TABLE committee;
ALTER TABLE committee_rebuilt RENAME TO committee;

CREATE TABLE report_rebuilt (
  id TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL CHECK (period_to >= period_from),
  language TEXT NOT NULL CHECK (language GLOB '[a-z][a-z]'),
  sections TEXT NOT NULL CHECK (json_valid(sections) AND json_type(sections) = 'array'),
  foreword TEXT NOT NULL DEFAULT '',
  comments TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(comments) AND json_type(comments) = 'object'),
  show_user_rep_names INTEGER NOT NULL DEFAULT 1 CHECK (show_user_rep_names IN (0, 1)),
  last_exported_at TEXT,
  last_file_name TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id)
) STRICT;
INSERT INTO report_rebuilt SELECT id, title, period_from, period_to, language, sections, foreword, comments, show_user_rep_names,
  last_exported_at, last_file_name, created_at, updated_at, created_by, updated_by FROM report;
DROP TABLE report;
ALTER TABLE report_rebuilt RENAME TO report;
`;
