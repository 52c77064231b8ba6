/**
 * Tables whose changes are not records of the committee: the audit trail itself, anonymous feedback's own
 * history (kept apart so it cannot be tied to a member) and per-machine settings.
 */
export const notAudited: ReadonlySet<string> = new Set(['audit_log', 'anonymous_history', 'preference', 'sqlite_sequence']);
