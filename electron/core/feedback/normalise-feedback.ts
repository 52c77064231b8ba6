import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { checkTextLength } from './check-text-length';
import { feedbackLimits } from './feedback-types';
import type { FeedbackContributor, FeedbackFields } from './feedback-types';
import { isCalendarDate } from '../domain/is-calendar-date';

export type NormalisedFeedback = { text: string; contributor: FeedbackContributor; givenOn: string; tags: string[] };

function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const trimmed = tag.trim().replace(/\s+/g, ' ');
    if (trimmed === '') continue;
    if (Array.from(trimmed).length > feedbackLimits.tagLength) throw new UserError('feedback_tag_too_long', { tag: trimmed, max: feedbackLimits.tagLength }, 'tags');
    // The first spelling wins: "Benefits" and "benefits" are one tag.
    const key = trimmed.toLocaleLowerCase();
    if (!seen.has(key)) seen.set(key, trimmed);
  }
  if (seen.size > feedbackLimits.tags) throw new UserError('feedback_too_many_tags', { max: feedbackLimits.tags }, 'tags');
  return [...seen.values()];
}

function normaliseContributor(db: Database.Database, contributor: FeedbackContributor): FeedbackContributor {
  switch (contributor.kind) {
    case 'member':
      if (db.prepare('SELECT 1 FROM member WHERE id = ?').get(contributor.memberId) === undefined) throw new UserError('member_not_found', {}, 'contributor');
      return { kind: 'member', memberId: contributor.memberId };
    case 'group': {
      const groupName = contributor.groupName.trim();
      if (groupName === '') throw new UserError('feedback_group_required', {}, 'contributor');
      checkTextLength(groupName, feedbackLimits.groupName, 'contributor');
      return { kind: 'group', groupName };
    }
    case 'anonymous':
      return { kind: 'anonymous' };
  }
}

/** The entry as it will be stored, or the first thing wrong with it, in the order the form shows the fields. */
export function normaliseFeedback(db: Database.Database, fields: FeedbackFields, today: string): NormalisedFeedback {
  const text = fields.text.trim();
  if (text === '') throw new UserError('feedback_text_required', {}, 'text');
  checkTextLength(text, feedbackLimits.text, 'text');
  const contributor = normaliseContributor(db, fields.contributor);
  if (!isCalendarDate(fields.givenOn)) throw new UserError('feedback_date_invalid', {}, 'givenOn');
  if (fields.givenOn > today) throw new UserError('feedback_date_in_future', {}, 'givenOn');
  return { text, contributor, givenOn: fields.givenOn, tags: normaliseTags(fields.tags) };
}
