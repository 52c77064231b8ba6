import type Database from 'better-sqlite3';
import { z } from 'zod';
import { UserError } from '../api/user-error';
import { rowFields, stringOrNull } from '../db/row-fields';
import { nowIso } from '../domain/now-iso';
import { scrubFreedContent } from '../db/scrub-freed-content';
import { anonymousStamp } from './anonymous-stamp';
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

type Draft = FeedbackDraft;

/**
 * One draft for one's own feedback and one for a paper form being typed in, so neither overwrites the other.
 * A draft is kept under its writer's member id only once it is to be given in a name (the member's or a
 * group's); until then, and whenever it is to be anonymous, it is kept as "the draft left open on this
 * computer", which names no one.
 */
const memberKey = (memberId: string | null, paper: boolean): string => `feedback_draft:${memberId ?? 'anyone'}${paper ? ':paper' : ''}`;
const openKey = (paper: boolean): string => `feedback_draft:open${paper ? ':paper' : ''}`;
const named = (draft: Draft): boolean => draft.contributor?.kind === 'member' || draft.contributor?.kind === 'group';

function parse(value: string): FeedbackDraft | null {
  try {
    const result = storedDraft.safeParse(JSON.parse(value));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

function readKey(db: Database.Database, key: string): StoredFeedbackDraft | null {
  const row = rowFields(db.prepare('SELECT value, updated_at FROM preference WHERE key = ?').get(key));
  const value = stringOrNull(row.get('value'));
  const savedAt = stringOrNull(row.get('updated_at'));
  if (value === null || savedAt === null) return null;
  const draft = parse(value);
  return draft === null ? null : { draft, savedAt };
}

/**
 * A half-written entry survives closing the window, kept as a preference, which is deliberately not
 * audited, so the history never shows words the contributor did not save. A draft not yet given a name,
 * or to be anonymous, is stamped with its day only and kept under no member's key (see memberKey above).
 * Clearing a draft overwrites it (secure_delete) and truncates the write-ahead log, so nothing of it stays
 * readable in the file. A draft that cannot be read is ignored.
 */
export const feedbackDraft = {
  read(db: Database.Database, memberId: string | null, paper = false): StoredFeedbackDraft | null {
    return readKey(db, memberKey(memberId, paper)) ?? readKey(db, openKey(paper));
  },

  write(db: Database.Database, memberId: string | null, draft: FeedbackDraft): void {
    checkTextLength(draft.text, feedbackLimits.draftText, 'text');
    const checked = storedDraft.safeParse(draft);
    if (!checked.success) throw new UserError('feedback_draft_invalid', {}, 'draft');
    const paper = checked.data.transcribed;
    const inName = named(checked.data);
    db.transaction(() => {
      if (memberId !== null && db.prepare('SELECT 1 FROM member WHERE id = ?').get(memberId) === undefined) throw new UserError('member_not_found', {}, 'memberId');
      // A draft moves between the two keys when its contributor changes; the other key is emptied.
      db.prepare('DELETE FROM preference WHERE key = ?').run(inName ? openKey(paper) : memberKey(memberId, paper));
      db.prepare(
        'INSERT INTO preference (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
      ).run(inName ? memberKey(memberId, paper) : openKey(paper), JSON.stringify(checked.data), inName ? nowIso() : anonymousStamp(nowIso()));
    }).immediate();
    if (!inName) scrubFreedContent(db);
  },

  clear(db: Database.Database, memberId: string | null, paper = false): void {
    db.transaction(() => {
      db.prepare('DELETE FROM preference WHERE key IN (?, ?)').run(memberKey(memberId, paper), openKey(paper));
    }).immediate();
    scrubFreedContent(db);
  },
};
