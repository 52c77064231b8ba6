import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { quarterIndex, quarterOfDate } from '../domain/quarter';
import { feedbackLinkKey } from './feedback-link-key';
import type { FeedbackLink } from './feedback-types';

function checkQuarter(quarter: string, today: string): void {
  const match = /^(\d{4})-Q[1-4]$/.exec(quarter);
  const year = Number(match?.[1]);
  if (match === null || year < 2000 || year > 2100) throw new UserError('feedback_quarter_invalid', { value: quarter }, 'links');
  if (quarterIndex(quarter) > quarterIndex(quarterOfDate(today))) throw new UserError('feedback_quarter_in_future', { value: quarter }, 'links');
}

/**
 * Every link must point at a record that exists, or the save is refused naming `links`. Links the entry
 * already has are kept as they are, so that an edit never fails because a barrier was archived since.
 * Returns the links without duplicates, quarters trimmed.
 */
export function checkFeedbackLinks<Link extends FeedbackLink>(db: Database.Database, links: readonly Link[], today: string, alreadyLinked: ReadonlySet<string> = new Set()): Link[] {
  const unique = new Map<string, Link>();
  for (const given of links) {
    const link = { ...given, ref: given.ref.trim() };
    const key = feedbackLinkKey(link);
    if (unique.has(key)) continue;
    unique.set(key, link);
    if (alreadyLinked.has(key)) continue;
    const exists = (sql: string) => db.prepare(sql).get(link.ref) !== undefined;
    switch (link.kind) {
      case 'barrier':
        if (!exists('SELECT 1 FROM barrier WHERE id = ? AND archived_at IS NULL')) throw new UserError('barrier_not_found', {}, 'links');
        break;
      case 'service':
        if (!exists('SELECT 1 FROM service WHERE id = ?')) throw new UserError('service_not_found', {}, 'links');
        break;
      case 'quarter':
        checkQuarter(link.ref, today);
        break;
      case 'decision':
        if (!exists('SELECT 1 FROM decision WHERE id = ?')) throw new UserError('decision_not_found', {}, 'links');
        break;
      case 'action':
        if (!exists('SELECT 1 FROM action WHERE id = ?')) throw new UserError('action_not_found', {}, 'links');
        break;
    }
  }
  return [...unique.values()];
}
