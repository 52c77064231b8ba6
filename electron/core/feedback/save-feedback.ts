import type Database from 'better-sqlite3';
import { UserError } from '../api/user-error';
import { rowFields, stringOrNull, text } from '../db/row-fields';
import { newId } from '../domain/new-id';
import { nowIso } from '../domain/now-iso';
import { scrubFreedContent } from '../db/scrub-freed-content';
import { anonymousStamp } from './anonymous-stamp';
import { todayIso } from '../domain/today-iso';
import { checkFeedbackLinks } from './check-feedback-links';
import { feedbackDraft } from './feedback-draft';
import { feedbackEditor } from './feedback-editor';
import { feedbackLinkKinds } from './feedback-types';
import type { FeedbackFields } from './feedback-types';
import { linkedKeys } from './linked-keys';
import { normaliseFeedback } from './normalise-feedback';
import { replaceFeedbackLinks } from './replace-feedback-links';

/** What the stored entry keeps through an edit, once it is clear the actor may change it. */
function editable(db: Database.Database, id: string, actor: string | null): { contributorKind: string; respondedOn: string | null } {
  const row = db.prepare('SELECT contributor_kind, member_id, created_by, responded_on FROM feedback WHERE id = ?').get(id);
  if (row === undefined) throw new UserError('feedback_not_found', {}, 'id');
  const stored = rowFields(row);
  const contributorKind = text(stored.get('contributor_kind'));
  const mayEdit = feedbackEditor(db, actor)({ contributorKind, memberId: stringOrNull(stored.get('member_id')), createdBy: stringOrNull(stored.get('created_by')) });
  if (!mayEdit) throw new UserError('feedback_not_yours', {}, 'id');
  return { contributorKind, respondedOn: stringOrNull(stored.get('responded_on')) };
}

/**
 * Adds an entry (no id) or changes one; returns its id. An anonymous entry is stored without any member:
 * not as contributor, not as the one who typed it in (created_by, updated_by), and the audit triggers
 * leave the inserts of the entry and of its links unattributed too. Adding an entry also discards the
 * author's draft, which it was.
 *
 * A named entry cannot be turned anonymous afterwards: the audit trail keeps its earlier versions, so
 * the name could not really be removed and the app would promise something it cannot keep.
 */
export function saveFeedback(db: Database.Database, entry: FeedbackFields & { id?: string }, actor: string | null, today: string = todayIso()): string {
  const saved = storeFeedback(db, entry, actor, today);
  // The draft it was is gone from the file, write-ahead log included.
  scrubFreedContent(db);
  return saved;
}

function storeFeedback(db: Database.Database, entry: FeedbackFields & { id?: string }, actor: string | null, today: string): string {
  return db.transaction(() => {
    const id = entry.id ?? null;
    const stored = id === null ? null : editable(db, id, actor);
    const clean = normaliseFeedback(db, entry, today);
    const anonymous = clean.contributor.kind === 'anonymous';
    if (anonymous && stored !== null && stored.contributorKind !== 'anonymous') throw new UserError('feedback_anonymous_afterwards', {}, 'contributor');
    const answeredOn = stored?.respondedOn ?? null;
    if (answeredOn !== null && clean.givenOn > answeredOn) throw new UserError('feedback_given_after_response', { date: answeredOn }, 'givenOn');
    const links = checkFeedbackLinks(db, entry.links, today, id === null ? new Set() : new Set(linkedKeys(db, id, feedbackLinkKinds).keys()));
    const memberId = clean.contributor.kind === 'member' ? clean.contributor.memberId : null;
    const groupName = clean.contributor.kind === 'group' ? clean.contributor.groupName : null;
    const author = anonymous ? null : actor;
    const tags = JSON.stringify(clean.tags);
    // An anonymous entry keeps its day only, so nothing recorded at the same second can be set beside it.
    const now = anonymous ? anonymousStamp(nowIso()) : nowIso();
    if (id === null) {
      const newEntryId = newId();
      db.prepare(
        `INSERT INTO feedback (id, text, contributor_kind, member_id, group_name, given_on, tags, may_quote, transcribed, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(newEntryId, clean.text, clean.contributor.kind, memberId, groupName, clean.givenOn, tags, entry.mayQuote ? 1 : 0, entry.transcribed ? 1 : 0, now, now, author, author);
      replaceFeedbackLinks(db, newEntryId, links, feedbackLinkKinds);
      feedbackDraft.clear(db, actor, entry.transcribed);
      return newEntryId;
    }
    db.prepare(
      `UPDATE feedback SET text = ?, contributor_kind = ?, member_id = ?, group_name = ?, given_on = ?, tags = ?, may_quote = ?, transcribed = ?, updated_at = ?, updated_by = ?
       WHERE id = ?`,
    ).run(clean.text, clean.contributor.kind, memberId, groupName, clean.givenOn, tags, entry.mayQuote ? 1 : 0, entry.transcribed ? 1 : 0, now, author, id);
    replaceFeedbackLinks(db, id, links, feedbackLinkKinds);
    return id;
  }).immediate();
}
