/**
 * The committee's reports: what was asked for (period, language, sections), the words the committee
 * added (foreword, a comment per section), and when each was exported, so past reports stay listed with
 * what they contained. An empty title means "the committee's name and the period", made when shown,
 * so it follows a change of period or language.
 */
export const reportsMigration = `
CREATE TABLE report (
  id TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL CHECK (period_to >= period_from),
  language TEXT NOT NULL CHECK (language IN ('en', 'cs')),
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
`;
