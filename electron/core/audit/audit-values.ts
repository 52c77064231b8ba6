/** A row's columns as the audit trail keeps them (old_values / new_values), or as the table holds them now. */
export type AuditValues = Readonly<Record<string, unknown>>;
