/**
 * Meetings with their attendance and agenda, numbered decisions and follow-up actions. Decisions are
 * never deleted: a later decision amends or revokes one. Once a meeting's minutes are approved, an edit
 * of one of its decisions first keeps the approved text in decision_version.
 */
export const meetingsMigration = `
CREATE TABLE meeting (
  id TEXT PRIMARY KEY NOT NULL,
  held_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('regular', 'extraordinary')),
  place TEXT NOT NULL DEFAULT '',
  online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
  minutes_approved_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id)
) STRICT;
CREATE INDEX meeting_held_on ON meeting (held_on);

CREATE TABLE meeting_attendee (
  id TEXT PRIMARY KEY NOT NULL,
  meeting_id TEXT NOT NULL REFERENCES meeting(id),
  member_id TEXT REFERENCES member(id),
  guest_name TEXT,
  role TEXT NOT NULL CHECK (role IN ('chair', 'coordinator', 'member', 'service_user_rep', 'observer', 'guest')),
  organisation TEXT NOT NULL DEFAULT '',
  presence TEXT NOT NULL CHECK (presence IN ('present', 'apologies')),
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  CHECK ((member_id IS NULL) <> (guest_name IS NULL)),
  CHECK (guest_name IS NULL OR length(trim(guest_name)) > 0)
) STRICT;
CREATE UNIQUE INDEX meeting_attendee_once ON meeting_attendee (meeting_id, member_id) WHERE member_id IS NOT NULL;

CREATE TABLE agenda_item (
  id TEXT PRIMARY KEY NOT NULL,
  meeting_id TEXT NOT NULL REFERENCES meeting(id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('open_actions', 'barrier_review', 'latest_figures', 'feedback', 'other')),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  notes TEXT NOT NULL DEFAULT '',
  dropped INTEGER NOT NULL DEFAULT 0 CHECK (dropped IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id)
) STRICT;
CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position);

CREATE TABLE decision (
  id TEXT PRIMARY KEY NOT NULL,
  year INTEGER NOT NULL,
  number INTEGER NOT NULL CHECK (number > 0),
  meeting_id TEXT NOT NULL REFERENCES meeting(id),
  agenda_item_id TEXT REFERENCES agenda_item(id),
  wording TEXT NOT NULL CHECK (length(trim(wording)) > 0),
  rationale TEXT NOT NULL DEFAULT '',
  method TEXT NOT NULL CHECK (method IN ('consensus', 'vote')),
  votes_for INTEGER CHECK (votes_for IS NULL OR votes_for >= 0),
  votes_against INTEGER CHECK (votes_against IS NULL OR votes_against >= 0),
  votes_abstain INTEGER CHECK (votes_abstain IS NULL OR votes_abstain >= 0),
  user_rep_position TEXT NOT NULL DEFAULT '',
  changes_decision_id TEXT REFERENCES decision(id),
  change_kind TEXT CHECK (change_kind IS NULL OR change_kind IN ('amends', 'revokes')),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id),
  UNIQUE (year, number),
  CHECK ((method = 'vote') = (votes_for IS NOT NULL AND votes_against IS NOT NULL AND votes_abstain IS NOT NULL)),
  CHECK ((changes_decision_id IS NULL) = (change_kind IS NULL))
) STRICT;

CREATE TABLE decision_version (
  decision_id TEXT NOT NULL REFERENCES decision(id),
  version INTEGER NOT NULL,
  wording TEXT NOT NULL,
  rationale TEXT NOT NULL,
  approved INTEGER NOT NULL CHECK (approved IN (0, 1)),
  saved_at TEXT NOT NULL,
  saved_by TEXT REFERENCES member(id),
  PRIMARY KEY (decision_id, version)
) STRICT;

CREATE TABLE decision_dissent (
  id TEXT PRIMARY KEY NOT NULL,
  decision_id TEXT NOT NULL REFERENCES decision(id),
  member_id TEXT NOT NULL REFERENCES member(id),
  words TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  UNIQUE (decision_id, member_id)
) STRICT;

CREATE TABLE decision_link (
  decision_id TEXT NOT NULL REFERENCES decision(id),
  kind TEXT NOT NULL CHECK (kind IN ('barrier', 'service', 'quarter', 'feedback')),
  ref TEXT NOT NULL,
  PRIMARY KEY (decision_id, kind, ref)
) STRICT;

CREATE TABLE action (
  id TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  owner_member_id TEXT REFERENCES member(id),
  owner_organisation TEXT NOT NULL DEFAULT '',
  due_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  drop_reason TEXT NOT NULL DEFAULT '',
  meeting_id TEXT REFERENCES meeting(id),
  agenda_item_id TEXT REFERENCES agenda_item(id),
  decision_id TEXT REFERENCES decision(id),
  barrier_id TEXT REFERENCES barrier(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id),
  CHECK (owner_member_id IS NOT NULL OR length(trim(owner_organisation)) > 0),
  CHECK (status <> 'dropped' OR length(trim(drop_reason)) > 0)
) STRICT;
CREATE INDEX action_due ON action (status, due_date);

CREATE TABLE action_progress (
  id TEXT PRIMARY KEY NOT NULL,
  action_id TEXT NOT NULL REFERENCES action(id),
  noted_on TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  meeting_id TEXT REFERENCES meeting(id),
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id)
) STRICT;
CREATE INDEX action_progress_action ON action_progress (action_id, noted_on);
`;
