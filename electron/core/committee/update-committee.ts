import type Database from 'better-sqlite3';
import type { Language } from '../domain/languages';
import { nowIso } from '../domain/now-iso';

export type CommitteeChanges = { name: string; region: string; language: Language; fidelityReviewMonths?: number };

export function updateCommittee(db: Database.Database, changes: CommitteeChanges, actor: string | null): void {
  db.transaction(() => {
    db.prepare('UPDATE committee SET name = ?, region = ?, language = ?, fidelity_review_months = coalesce(?, fidelity_review_months), updated_at = ?, updated_by = ?').run(
      changes.name.trim(),
      changes.region.trim(),
      changes.language,
      changes.fidelityReviewMonths ?? null,
      nowIso(),
      actor,
    );
  }).immediate();
}
