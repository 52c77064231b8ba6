/**
 * Tables whose changes are not records of the committee: the audit trail itself, anonymous feedback's own
 * history (kept apart so it cannot be tied to a member), per-machine settings, and sharing's bookkeeping
 * (what this device holds of the shared documents, and the merge conflicts, which are about changes already
 * in the trail).
 */
export const notAudited: ReadonlySet<string> = new Set(['audit_log', 'anonymous_history', 'preference', 'sqlite_sequence', 'sync_sharing', 'sync_outbox', 'sync_update', 'merge_conflict']);
