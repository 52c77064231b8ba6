import type { AuditValues } from './audit-values';

/** One row of the audit trail, its values parsed; an insert's values are filled in from what followed it. */
export type AuditRow = {
  seq: number;
  table: string;
  recordId: string;
  action: 'insert' | 'update' | 'delete';
  before: AuditValues | null;
  after: AuditValues | null;
  at: string;
  by: string | null;
};
