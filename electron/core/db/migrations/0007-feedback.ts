/**
 * Service users' feedback and the committee's response ("you said, we did"). The contributor decides who
 * is named: a member, a group (such as the regional user organisation) or nobody; an anonymous entry
 * keeps no member anywhere, not even as its author in created_by or in the audit trail.
 */
export const feedbackMigration = `
CREATE TABLE feedback (
  id TEXT PRIMARY KEY NOT NULL,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 10000),
  contributor_kind TEXT NOT NULL CHECK (contributor_kind IN ('member', 'group', 'anonymous')),
  member_id TEXT REFERENCES member(id),
  group_name TEXT,
  given_on TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
  may_quote INTEGER NOT NULL CHECK (may_quote IN (0, 1)),
  transcribed INTEGER NOT NULL DEFAULT 0 CHECK (transcribed IN (0, 1)),
  status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'discussed', 'acted_on', 'not_taken_up')),
  response TEXT NOT NULL DEFAULT '',
  not_taken_up_reason TEXT NOT NULL DEFAULT '',
  response_meeting_id TEXT REFERENCES meeting(id),
  responded_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES member(id),
  updated_by TEXT REFERENCES member(id),
  CHECK ((contributor_kind = 'member') = (member_id IS NOT NULL)),
  CHECK ((contributor_kind = 'group') = (group_name IS NOT NULL AND length(trim(group_name)) > 0)),
  CHECK (contributor_kind <> 'anonymous' OR created_by IS NULL),
  CHECK (status <> 'not_taken_up' OR length(trim(not_taken_up_reason)) > 0)
) STRICT;
CREATE INDEX feedback_given_on ON feedback (given_on);

CREATE TABLE feedback_link (
  feedback_id TEXT NOT NULL REFERENCES feedback(id),
  kind TEXT NOT NULL CHECK (kind IN ('barrier', 'service', 'quarter', 'decision', 'action')),
  ref TEXT NOT NULL,
  PRIMARY KEY (feedback_id, kind, ref)
) STRICT;
`;
