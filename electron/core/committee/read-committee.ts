import type Database from 'better-sqlite3';
import { z } from 'zod';
import { languages } from '../domain/languages';
import type { Committee } from './committee-types';

const committeeRow = z.object({
  id: z.string(),
  name: z.string(),
  region: z.string(),
  language: z.enum(languages),
  is_demo: z.number(),
  fidelity_review_months: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
});

/** The committee a database belongs to, or null while it is still being set up. */
export function readCommittee(db: Database.Database): Committee | null {
  const row = db.prepare('SELECT * FROM committee LIMIT 1').get();
  if (row === undefined) return null;
  const parsed = committeeRow.parse(row);
  return {
    id: parsed.id,
    name: parsed.name,
    region: parsed.region,
    language: parsed.language,
    isDemo: parsed.is_demo === 1,
    fidelityReviewMonths: parsed.fidelity_review_months,
    createdAt: parsed.created_at,
    updatedAt: parsed.updated_at,
  };
}
