import { z } from 'zod';
import { requiredText } from '../api/required-text';
import { returns } from '../api/returns';
import { auditChoices } from './audit-choices';
import type { ChangePage } from './described-change';
import { partNames } from '../domain/audit-part-names';
import { recordKinds } from './record-kinds';

const page = { start: z.object({ at: z.string().max(40), seq: z.int().min(0) }).optional(), limit: z.int().min(1).max(200).default(50) };

/** One word searched for, with what the renderer's words for it match (see SearchWord). */
const searchWord = z.object({
  text: z.string().max(200),
  kinds: z.array(z.enum(recordKinds)).max(recordKinds.length).default([]),
  parts: z.array(z.enum(partNames)).max(partNames.length).default([]),
  fields: z.array(z.string().regex(/^[a-zA-Z_]{1,40}\.[a-z0-9_]{1,40}$/)).max(1000).default([]),
  choices: z
    .array(z.string().regex(/^[a-zA-Z]{1,40}\.[a-z0-9_]{1,40}$/))
    .max(Object.values(auditChoices).flat().length)
    .default([]),
  actions: z.array(z.enum(['insert', 'update', 'delete'])).max(3).default([]),
});

/** The audit trail told in words: one record's history, and the recent changes across the committee's records. */
export const auditContract = {
  getRecordHistory: { input: z.object({ kind: z.enum(recordKinds), id: requiredText(200), ...page }), result: returns<ChangePage>() },
  listRecentChanges: {
    input: z.object({ memberId: z.uuid().optional(), kind: z.enum(recordKinds).optional(), search: z.array(searchWord).max(12).default([]), ...page }),
    result: returns<ChangePage>(),
  },
};
