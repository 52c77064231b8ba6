/**
 * The committee's data is split into Yjs documents along the lines of who may write them, so that the
 * server can give each connection read-write or read-only access to a whole document:
 * - `<committee>/records`: the register, meetings, decisions, actions, figures (coordinators and members);
 * - `<committee>/feedback/<member>`: one representative's own feedback (that representative);
 * - `<committee>/drop-box`: anonymous entries, sent by upload with the drop box's credential (never a member's
 *   own), read by coordinators and members with their own;
 * - `<committee>/keys`: the drop box's current credential (coordinators write it, members and representatives
 *   read it), so that a revocation can replace it;
 * - `<committee>/access`: the devices the coordinator has revoked (coordinators);
 * - `<committee>/ballot/<round>/<member>`: one member's dots in a vote round (that member, and everyone once
 *   the round shows its votes);
 * - `<committee>/ballot/<round>/cast`: who has cast in the round, without their dots (everyone in it).
 */
export type DocumentName =
  | { committeeId: string; part: 'records' }
  | { committeeId: string; part: 'feedback'; memberId: string }
  | { committeeId: string; part: 'drop-box' }
  | { committeeId: string; part: 'access' }
  | { committeeId: string; part: 'keys' }
  | { committeeId: string; part: 'ballot'; roundId: string; memberId: string }
  | { committeeId: string; part: 'ballot-cast'; roundId: string };

const id = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const pattern = new RegExp(`^(${id})/(?:(records|drop-box|access|keys)|feedback/(${id})|ballot/(${id})/(?:(${id})|(cast)))$`);

/** A document's name as a client asks for it; null for anything else (the server refuses it). */
export function parseDocumentName(name: string): DocumentName | null {
  const match = pattern.exec(name);
  if (match === null) return null;
  const [, committeeId = '', part, memberId, roundId, voterId, cast] = match;
  if (memberId !== undefined) return { committeeId, part: 'feedback', memberId };
  if (roundId !== undefined && voterId !== undefined) return { committeeId, part: 'ballot', roundId, memberId: voterId };
  if (roundId !== undefined && cast !== undefined) return { committeeId, part: 'ballot-cast', roundId };
  if (part === 'records' || part === 'drop-box' || part === 'access' || part === 'keys') return { committeeId, part };
  return null;
}

/** The name a device asks the server for. */
export function documentNameText(document: DocumentName): string {
  switch (document.part) {
    case 'feedback':
      return `${document.committeeId}/feedback/${document.memberId}`;
    case 'ballot':
      return `${document.committeeId}/ballot/${document.roundId}/${document.memberId}`;
    case 'ballot-cast':
      return `${document.committeeId}/ballot/${document.roundId}/cast`;
    default:
      return `${document.committeeId}/${document.part}`;
  }
}
