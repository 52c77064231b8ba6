import type Database from 'better-sqlite3';
import { feedbackLinkKey } from './feedback-link-key';
import type { FeedbackLink, FeedbackLinkKind } from './feedback-types';
import { linkedKeys } from './linked-keys';

/**
 * Makes the entry's links of the given kinds exactly `links`, touching only those that change, so the
 * audit trail shows what was linked or unlinked rather than every link removed and written again.
 */
export function replaceFeedbackLinks(db: Database.Database, feedbackId: string, links: readonly FeedbackLink[], kinds: readonly FeedbackLinkKind[]): void {
  const wanted = new Map(links.filter((link) => kinds.includes(link.kind)).map((link) => [feedbackLinkKey(link), link]));
  const current = linkedKeys(db, feedbackId, kinds);
  const remove = db.prepare('DELETE FROM feedback_link WHERE feedback_id = ? AND kind = ? AND ref = ?');
  for (const [key, link] of current) if (!wanted.has(key)) remove.run(feedbackId, link.kind, link.ref);
  const insert = db.prepare('INSERT INTO feedback_link (feedback_id, kind, ref) VALUES (?, ?, ?)');
  for (const [key, link] of wanted) if (!current.has(key)) insert.run(feedbackId, link.kind, link.ref);
}
