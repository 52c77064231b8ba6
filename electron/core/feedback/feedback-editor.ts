import type Database from 'better-sqlite3';

/** Who an entry belongs to, as far as editing it goes. */
export type FeedbackAuthorship = { contributorKind: string; memberId: string | null; createdBy: string | null };

/**
 * Whether the member working now may change an entry: their own (they typed it in, or it is given in
 * their name), or any entry for the coordinator and the chair, who fix transcriptions. An anonymous
 * entry names nobody, so only they may touch it. With nobody chosen as working, nothing is editable.
 */
export function feedbackEditor(db: Database.Database, actor: string | null): (entry: FeedbackAuthorship) => boolean {
  if (actor === null) return () => false;
  const role: unknown = db.prepare('SELECT role FROM member WHERE id = ?').pluck().get(actor);
  if (role === 'coordinator' || role === 'chair') return () => true;
  if (role === undefined) return () => false;
  return (entry) => entry.contributorKind !== 'anonymous' && (entry.createdBy === actor || entry.memberId === actor);
}
