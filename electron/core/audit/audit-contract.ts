import { z } from 'zod';
import { requiredText } from '../api/required-text';
import { returns } from '../api/returns';
import type { AuditEntry } from './read-audit-log';

/** The audit trail: one record's history and the recent changes. */
export const auditContract = {
  getRecordHistory: { input: z.object({ table: z.string().regex(/^[a-z_]{1,40}$/), id: requiredText(200) }), result: returns<AuditEntry[]>() },
  listRecentChanges: {
    input: z.object({ memberId: z.uuid().optional(), table: z.string().regex(/^[a-z_]{1,40}$/).optional(), limit: z.int().min(1).max(500).default(100) }),
    result: returns<AuditEntry[]>(),
  },
};
