import type Database from 'better-sqlite3';
import { z } from 'zod';
import { UserError } from '../api/user-error';
import { rowFields, stringOrNull } from '../db/row-fields';
import { nowIso } from '../domain/now-iso';
import { checkTextLength } from './check-text-length';
import { feedbackLimits, feedbackLinkKinds } from './feedback-types';
import type { FeedbackDraft, StoredFeedbackDraft } from './feedback-types';

const contributor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), memberId: z.string() }),
  z.object({ kind: z.literal('group'), groupName: z.string() }),
  z.object({ kind: z.literal('anonymous') }),
]);

// Fields missing from a draft kept by an older version take their empty value; a field of the wrong type means the draft is not ours.
const storedDraft = z.object({
  text: z.string().max(feedbackLimits.draftText),
  contributor: contributor.nullable().default(null),
  givenOn: z.string().max(10).default(''),
  tags: z.array(z.string()).max(200).default([]),
  links: z.array(z.object({ kind: z.enum(feedbackLinkKinds), ref: z.string() })).max(200).default([]),
  mayQuote: z.boolean().nullable().default(null),
  transcribed: z.boolean().default(false),
});

// One draft for one's own feedback and one for a paper form being typed in, so neither overwrites the other.
const keyOf = (memberId: string | null, paper: boolean): string => `feedback_draft:${memberId ?? 'anyone'}${paper ? ':paper' : ''}`;

function parse(value: string): FeedbackDraft | null {
  try {
    const result = storedDraft.safeParse(JSON.parse(value));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/**
 * A half-written entry survives closing the window: one draft per member (or one for "anyone" while
 * nobody is chosen as working), kept as a preference, which is deliberately not audited, so the
 * history never shows words the contributor did not save. A draft that cannot be read is ignored.
 */
export const feedbackDraft = {
  read(db: Database.Database, memberId: string | null, paper = false): StoredFeedbackDraft | null {
    const row = rowFields(db.prepare('SELECT value, updated_at FROM preference WHERE key = ?').get(keyOf(memberId, paper)));
    const value = stringOrNull(row.get('value'));
    const savedAt = stringOrNull(row.get('updated_at'));
    if (value === null || savedAt === null) return null;
    const draft = parse(value);
    return draft === null ? null : { draft, savedAt };
  },

  write(db: Database.Database, memberId: string | null, draft: FeedbackDraft): void {
    checkTextLength(draft.text, feedbackLimits.draftText, 'text');
    const checked = storedDraft.safeParse(draft);
    if (!checked.success) throw new UserError('feedback_draft_invalid', {}, 'draft');
    db.transaction(() => {
      if (memberId !== null && db.prepare('SELECT 1 FROM member WHERE id = ?').get(memberId) === undefined) throw new UserError('member_not_found', {}, 'memberId');
      db.prepare(
        'INSERT INTO preference (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
      ).run(keyOf(memberId, checked.data.transcribed), JSON.stringify(checked.data), nowIso());
    })();
  },

  clear(db: Database.Database, memberId: string | null, paper = false): void {
    db.prepare('DELETE FROM preference WHERE key = ?').run(keyOf(memberId, paper));
  },
};
