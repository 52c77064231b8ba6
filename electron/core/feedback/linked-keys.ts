import type Database from 'better-sqlite3';
import { rowFields, text } from '../db/row-fields';
import { feedbackLinkKey } from './feedback-link-key';
import type { FeedbackLink, FeedbackLinkKind } from './feedback-types';

/** The entry's links of the given kinds now, by key. */
export function linkedKeys(db: Database.Database, feedbackId: string, kinds: readonly FeedbackLinkKind[]): Map<string, FeedbackLink> {
  const links = new Map<string, FeedbackLink>();
  for (const row of db.prepare('SELECT kind, ref FROM feedback_link WHERE feedback_id = ?').all(feedbackId)) {
    const fields = rowFields(row);
    const kind = kinds.find((candidate) => candidate === fields.get('kind'));
    if (kind === undefined) continue;
    const link = { kind, ref: text(fields.get('ref')) };
    links.set(feedbackLinkKey(link), link);
  }
  return links;
}
