import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { rowFields, text } from '../db/row-fields';
import { nowIso } from '../domain/now-iso';
import { anonymousStamp } from './anonymous-stamp';
import { todayIso } from '../domain/today-iso';
import { checkFeedbackLinks } from './check-feedback-links';
import { checkTextLength } from './check-text-length';
import { feedbackLimits, feedbackResponseLinkKinds, feedbackStatuses } from './feedback-types';
import type { FeedbackResponse, FeedbackStatus } from './feedback-types';
import { isCalendarDate } from '../domain/is-calendar-date';
import { linkedKeys } from './linked-keys';
import { replaceFeedbackLinks } from './replace-feedback-links';

const isFeedbackStatus = (value: unknown): value is FeedbackStatus => feedbackStatuses.some((status) => status === value);

function answerDate(given: string | null, status: FeedbackStatus, givenOn: string, today: string): string | null {
  const date = given ?? (status === 'received' ? null : today);
  if (date === null) return null;
  if (!isCalendarDate(date)) throw new UserError('feedback_date_invalid', {}, 'respondedOn');
  if (date > today) throw new UserError('feedback_date_in_future', {}, 'respondedOn');
  if (date < givenOn) throw new UserError('feedback_responded_before_given', { date: givenOn }, 'respondedOn');
  return date;
}

/**
 * Records the committee's answer to an entry: its status, what it said and did, at which meeting. The
 * decisions and actions given replace those linked to the entry before.
 *
 * "Acted on" must show what was done: at least one decision or action that followed, or the words of
 * the response (what a provider changed without a committee decision, for instance). "Not taken up"
 * must say why, because the contributor deserves the reason.
 *
 * Answering an anonymous entry keeps it free of members in the row (updated_by stays empty) and in the
 * audit trail: the one who answers is often the one who typed it in, and would point at its author.
 */
export function respondToFeedback(db: Database.Database, answer: FeedbackResponse, actor: string | null, today: string = todayIso()): void {
  db.transaction(() => {
    const row = db.prepare('SELECT contributor_kind, given_on FROM feedback WHERE id = ?').get(answer.feedbackId);
    if (row === undefined) throw new UserError('feedback_not_found', {}, 'feedbackId');
    const stored = rowFields(row);
    const status = answer.status;
    if (!isFeedbackStatus(status)) throw new UserError('feedback_status_required', {}, 'status');
    const response = answer.response.trim();
    checkTextLength(response, feedbackLimits.response, 'response');
    const reason = status === 'not_taken_up' ? answer.reason.trim() : '';
    if (status === 'not_taken_up' && reason === '') throw new UserError('feedback_reason_required', {}, 'reason');
    checkTextLength(reason, feedbackLimits.reason, 'reason');
    if (answer.meetingId !== null && db.prepare('SELECT 1 FROM meeting WHERE id = ?').get(answer.meetingId) === undefined) {
      throw new UserError('meeting_not_found', {}, 'meetingId');
    }
    const respondedOn = answerDate(answer.respondedOn, status, text(stored.get('given_on')), today);
    const links = checkFeedbackLinks(db, answer.links, today, new Set(linkedKeys(db, answer.feedbackId, feedbackResponseLinkKinds).keys()));
    if (status === 'acted_on' && links.length === 0 && response === '') throw new UserError('feedback_acted_on_empty', {}, 'response');
    const anonymous = stored.get('contributor_kind') === 'anonymous';
    const updatedBy = anonymous ? null : actor;
    db.prepare(
      `UPDATE feedback SET status = ?, response = ?, not_taken_up_reason = ?, response_meeting_id = ?, responded_on = ?, updated_at = ?, updated_by = ?
       WHERE id = ?`,
    ).run(status, response, reason, answer.meetingId, respondedOn, anonymous ? anonymousStamp(nowIso()) : nowIso(), updatedBy, answer.feedbackId);
    replaceFeedbackLinks(db, answer.feedbackId, links, feedbackResponseLinkKinds);
  }).immediate();
}
