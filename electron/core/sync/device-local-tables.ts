/**
 * Tables that stay on the device and are never put in a shared document: settings and drafts
 * (preference), each device's own audit trail and anonymous history (received changes are written to them
 * as they are applied), and sharing's own bookkeeping.
 */
export const deviceLocalTables: ReadonlySet<string> = new Set(['preference', 'audit_log', 'anonymous_history', 'sqlite_sequence', 'sync_sharing', 'sync_outbox', 'sync_update']);
