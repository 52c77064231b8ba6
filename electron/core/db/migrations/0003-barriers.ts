/**
 * The committee's barrier register, its reviews, mitigations and dot-vote rounds. A register entry
 * either points at a catalogue entry (catalogue_id, with the name as it was when added, in case a later
 * catalogue drops it) or is the committee's own (custom_group set). Nothing is deleted once it has a
 * history: it is archived.
 */
export const barriersMigration = `
CREATE TABLE barrier (
  id TEXT PRIMARY KEY NOT NULL,
  catalogue_id TEXT,
  catalogue_version TEXT,
  custom_group TEXT CHECK (custom_group IS NULL OR custom_group IN ('policy', 'funding', 'stigma', 'integration', 'infrastructure', 'leadership', 'benefits', 'workforce')),
  custom_level TEXT CHECK (custom_level IS NULL OR custom_level IN ('contextual', 'organisational', 'team', 'individual')),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  description TEXT NOT NULL DEFAULT '',
  local_wording TEXT NOT NULL DEFAULT '',
  owner_id TEXT REFERENCES member(id),
  status TEXT NOT NULL CHECK (status IN ('active', 'monitoring', 'resolved')),
  archived_at TEXT,
  archived_by TEXT REFERENCES member(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id),
  CHECK ((catalogue_id IS NULL) <> (custom_group IS NULL))
) STRICT;
CREATE UNIQUE INDEX barrier_catalogue_once ON barrier (catalogue_id) WHERE catalogue_id IS NOT NULL AND archived_at IS NULL;

CREATE TABLE barrier_service (
  barrier_id TEXT NOT NULL REFERENCES barrier(id),
  service_id TEXT NOT NULL REFERENCES service(id),
  PRIMARY KEY (barrier_id, service_id)
) STRICT;

CREATE TABLE barrier_assessment (
  id TEXT PRIMARY KEY NOT NULL,
  barrier_id TEXT NOT NULL REFERENCES barrier(id),
  review_date TEXT NOT NULL,
  severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
  trend TEXT NOT NULL CHECK (trend IN ('better', 'same', 'worse')),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id),
  UNIQUE (barrier_id, review_date)
) STRICT;
CREATE INDEX barrier_assessment_date ON barrier_assessment (review_date);

CREATE TABLE barrier_mitigation (
  id TEXT PRIMARY KEY NOT NULL,
  barrier_id TEXT NOT NULL REFERENCES barrier(id),
  from_catalogue INTEGER NOT NULL DEFAULT 0 CHECK (from_catalogue IN (0, 1)),
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  status TEXT NOT NULL CHECK (status IN ('planned', 'under_way', 'done', 'dropped')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id)
) STRICT;

CREATE TABLE vote_round (
  id TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  held_on TEXT NOT NULL,
  dots_per_member INTEGER NOT NULL CHECK (dots_per_member BETWEEN 1 AND 20),
  hidden_until_closed INTEGER NOT NULL CHECK (hidden_until_closed IN (0, 1)),
  show_user_group INTEGER NOT NULL CHECK (show_user_group IN (0, 1)),
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  closed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id)
) STRICT;

CREATE TABLE vote_item (
  id TEXT PRIMARY KEY NOT NULL,
  round_id TEXT NOT NULL REFERENCES vote_round(id),
  barrier_id TEXT REFERENCES barrier(id),
  idea TEXT,
  cluster_id TEXT REFERENCES vote_item(id),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  CHECK ((barrier_id IS NULL) <> (idea IS NULL))
) STRICT;

CREATE TABLE vote_participant (
  round_id TEXT NOT NULL REFERENCES vote_round(id),
  member_id TEXT NOT NULL REFERENCES member(id),
  PRIMARY KEY (round_id, member_id)
) STRICT;

CREATE TABLE vote_dot (
  round_id TEXT NOT NULL REFERENCES vote_round(id),
  item_id TEXT NOT NULL REFERENCES vote_item(id),
  member_id TEXT NOT NULL REFERENCES member(id),
  dots INTEGER NOT NULL CHECK (dots >= 1),
  cast_at TEXT NOT NULL,
  PRIMARY KEY (round_id, item_id, member_id)
) STRICT;
`;
