/**
 * An anonymous entry must not be traceable to a member through anything the file keeps beside it. So:
 * - its history (edits, the committee's answer, its links) goes to anonymous_history, which records the day
 *   of a change and the change's place in the entry's own history, but no time of day and no place in the
 *   committee's audit trail, whose sequence would show what was done just before and after;
 * - the feedback tables keep no insertion order (WITHOUT ROWID: rows are stored by their random ids), so an
 *   anonymous entry cannot be read as "the one given right after Lucie's";
 * - anonymous entries keep the day they were written, not the second;
 * - a draft whose contributor chose anonymity is kept under a key that names no member.
 * What earlier versions recorded is moved accordingly. The connection has secure_delete on, so the rows
 * removed here are overwritten, not left readable in free pages.
 */
export const anonymousWithoutTracesMigration = `
CREATE TABLE anonymous_history (
  id TEXT PRIMARY KEY NOT NULL,
  table_name TEXT NOT NULL CHECK (table_name IN ('feedback', 'feedback_link')),
  record_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  old_values TEXT,
  new_values TEXT,
  changed_on TEXT NOT NULL CHECK (length(changed_on) = 10),
  UNIQUE (table_name, record_id, version)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER anonymous_history_no_update BEFORE UPDATE ON anonymous_history BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
CREATE TRIGGER anonymous_history_no_delete BEFORE DELETE ON anonymous_history BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;

CREATE TEMP TABLE anonymous_records AS
  SELECT 'feedback' AS table_name, id AS record_id FROM feedback WHERE contributor_kind = 'anonymous'
  UNION ALL
  SELECT 'feedback_link', l.feedback_id || '|' || l.kind || '|' || l.ref FROM feedback_link l JOIN feedback f ON f.id = l.feedback_id WHERE f.contributor_kind = 'anonymous';

INSERT INTO anonymous_history (id, table_name, record_id, version, action, old_values, new_values, changed_on)
  SELECT lower(hex(randomblob(16))), a.table_name, a.record_id,
         row_number() OVER (PARTITION BY a.table_name, a.record_id ORDER BY a.seq), a.action, a.old_values, a.new_values, substr(a.changed_at, 1, 10)
  FROM audit_log a JOIN anonymous_records r ON r.table_name = a.table_name AND r.record_id = a.record_id;

DROP TRIGGER audit_log_no_delete;
DELETE FROM audit_log WHERE (table_name, record_id) IN (SELECT table_name, record_id FROM anonymous_records);
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
DROP TABLE anonymous_records;

CREATE TABLE feedback_link_copy AS SELECT * FROM feedback_link;
DROP TABLE feedback_link;

CREATE TABLE feedback_rebuilt (
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
  CHECK (contributor_kind <> 'anonymous' OR (created_by IS NULL AND updated_by IS NULL)),
  CHECK (contributor_kind <> 'anonymous' OR (created_at LIKE '____-__-__T00:00:00.000Z' AND updated_at LIKE '____-__-__T00:00:00.000Z')),
  CHECK (status <> 'not_taken_up' OR length(trim(not_taken_up_reason)) > 0)
) STRICT, WITHOUT ROWID;
INSERT INTO feedback_rebuilt
  SELECT id, text, contributor_kind, member_id, group_name, given_on, tags, may_quote, transcribed, status, response, not_taken_up_reason,
         response_meeting_id, responded_on,
         CASE WHEN contributor_kind = 'anonymous' THEN substr(created_at, 1, 10) || 'T00:00:00.000Z' ELSE created_at END,
         CASE WHEN contributor_kind = 'anonymous' THEN substr(updated_at, 1, 10) || 'T00:00:00.000Z' ELSE updated_at END,
         CASE WHEN contributor_kind = 'anonymous' THEN NULL ELSE created_by END,
         CASE WHEN contributor_kind = 'anonymous' THEN NULL ELSE updated_by END
  FROM feedback;
DROP TABLE feedback;
ALTER TABLE feedback_rebuilt RENAME TO feedback;
CREATE INDEX feedback_given_on ON feedback (given_on);

CREATE TABLE feedback_link (
  feedback_id TEXT NOT NULL REFERENCES feedback(id),
  kind TEXT NOT NULL CHECK (kind IN ('barrier', 'service', 'quarter', 'decision', 'action')),
  ref TEXT NOT NULL,
  PRIMARY KEY (feedback_id, kind, ref)
) STRICT, WITHOUT ROWID;
INSERT INTO feedback_link SELECT * FROM feedback_link_copy;
DROP TABLE feedback_link_copy;

INSERT OR REPLACE INTO preference (key, value, updated_at)
  SELECT 'feedback_draft:open' || CASE WHEN key LIKE '%:paper' THEN ':paper' ELSE '' END, value, substr(updated_at, 1, 10) || 'T00:00:00.000Z'
  FROM preference WHERE key LIKE 'feedback\\_draft:%' ESCAPE '\\' AND key NOT LIKE 'feedback\\_draft:open%' ESCAPE '\\'
    AND json_valid(value) AND json_extract(value, '$.contributor.kind') = 'anonymous';
DELETE FROM preference WHERE key LIKE 'feedback\\_draft:%' ESCAPE '\\' AND key NOT LIKE 'feedback\\_draft:open%' ESCAPE '\\'
  AND json_valid(value) AND json_extract(value, '$.contributor.kind') = 'anonymous';
UPDATE preference SET updated_at = substr(updated_at, 1, 10) || 'T00:00:00.000Z' WHERE key = 'current_member_id';
`;
