/**
 * The audit trail: every change to every record, with old and new values, who and when. It is written
 * by triggers in the same transaction as the change (see install-audit-triggers) and cannot be changed
 * or deleted afterwards, so seq (a plain rowid: nothing is ever deleted) gives the order.
 */
export const auditTrailMigration = `
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL,
  record_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  old_values TEXT,
  new_values TEXT,
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  changed_by TEXT
) STRICT;
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
CREATE INDEX audit_log_time ON audit_log (changed_at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
`;
