import { feedbackResponseLinkKinds } from '../domain/feedback-terms';
import type { DocumentName } from './document-name';
import { stampColumns } from './stamp-columns';

/** Where a part of a row is shared: the document, and the columns it holds there (all, or a list). */
export type RowPart = { document: DocumentName; columns: 'all' | readonly string[]; main: boolean };

/** The committee's answer to an entry: written by coordinators and members, read by the contributor. */
const feedbackAnswerColumns = ['status', 'response', 'not_taken_up_reason', 'response_meeting_id', 'responded_on'] as const;

/** The document that holds what the contributor of a feedback entry wrote. */
function contributorDocument(committeeId: string, row: ReadonlyMap<string, unknown>): DocumentName {
  const transcribed = row.get('transcribed') === 1;
  const kind = row.get('contributor_kind');
  const memberId = row.get('member_id');
  // Given on the contributor's own device: an anonymous entry goes to the drop box (written without the
  // member's credentials), a named one to the member's own feedback document.
  if (!transcribed && kind === 'anonymous') return { committeeId, part: 'drop-box' };
  if (!transcribed && kind === 'member' && typeof memberId === 'string') return { committeeId, part: 'feedback', memberId };
  return { committeeId, part: 'records' };
}

/**
 * Which documents a row is shared in. Everything is in the committee's records, except feedback: what the
 * contributor wrote (and the subjects they linked it to) is in their own document or the drop box, and the
 * committee's answer (with the decisions and actions it links) is in the records, so that each side writes
 * only its own part. `feedbackRow` is the entry a link belongs to.
 */
export function rowParts(committeeId: string, table: string, row: ReadonlyMap<string, unknown>, feedbackRow?: ReadonlyMap<string, unknown>): RowPart[] {
  const records: DocumentName = { committeeId, part: 'records' };
  if (table === 'feedback') {
    const contributor = contributorDocument(committeeId, row);
    if (contributor.part === 'records') return [{ document: records, columns: 'all', main: true }];
    return [
      { document: contributor, columns: 'all', main: true },
      { document: records, columns: [...feedbackAnswerColumns, ...stampColumns], main: false },
    ];
  }
  if (table === 'feedback_link') {
    const answer = (feedbackResponseLinkKinds as readonly unknown[]).includes(row.get('kind'));
    const document = answer || feedbackRow === undefined ? records : contributorDocument(committeeId, feedbackRow);
    return [{ document, columns: 'all', main: true }];
  }
  // Dots are in their member's ballot; that a member has cast, in the round's list of who has.
  if (table === 'vote_dot') return [{ document: { committeeId, part: 'ballot', roundId: String(row.get('round_id')), memberId: String(row.get('member_id')) }, columns: 'all', main: true }];
  if (table === 'vote_cast') return [{ document: { committeeId, part: 'ballot-cast', roundId: String(row.get('round_id')) }, columns: 'all', main: true }];
  return [{ document: records, columns: 'all', main: true }];
}
