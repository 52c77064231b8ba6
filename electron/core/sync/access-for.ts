import type { DocumentName } from './document-name';
import type { InviteClaims } from './invite-token';
import type { RoundState } from './round-state';

export type Access = 'write' | 'read' | 'none';

/**
 * What a device's invite lets it do with a document over its connection: one rule, applied by the server
 * to every connection and by each device before it writes. Coordinators and members write the committee's
 * records and read everyone's feedback and the drop box's anonymous entries; each member writes their own
 * feedback document; a representative reads the records (with the committee's answers) and nobody else's
 * feedback; an observer reads the records; only coordinators keep the access list and the drop box's
 * current credential, which members and representatives read. The drop box's credential opens no
 * document: anonymous entries are uploaded with it (create-sync-server), so that it cannot read them.
 * A ballot is its member's to write while the round is open; other devices read it once the round is over,
 * or at once when the round shows its votes as they are cast; who has cast is everyone's to know.
 * `round` is the ballot's round as the records have it (null: not known yet, so nobody else reads).
 */
export function accessFor(claims: InviteClaims, document: DocumentName, round: RoundState | null = null): Access {
  if (document.committeeId !== claims.committeeId || claims.role === 'drop_box') return 'none';
  if (document.part === 'ballot-cast') return claims.role === 'observer' ? 'read' : 'write';
  if (document.part === 'ballot') {
    const visible = round !== null && (round.closed || !round.hidden);
    if (document.memberId === claims.memberId && claims.role !== 'observer') return round?.closed === true ? 'read' : 'write';
    return visible ? 'read' : 'none';
  }
  const own = document.part === 'feedback' && claims.memberId !== null && document.memberId === claims.memberId;
  switch (claims.role) {
    case 'coordinator':
      if (document.part === 'feedback') return own ? 'write' : 'read';
      return document.part === 'drop-box' ? 'read' : 'write';
    case 'member':
      if (document.part === 'records') return 'write';
      if (document.part === 'feedback') return own ? 'write' : 'read';
      return document.part === 'drop-box' || document.part === 'keys' ? 'read' : 'none';
    case 'service_user_rep':
      if (document.part === 'records' || document.part === 'keys') return 'read';
      return own ? 'write' : 'none';
    case 'observer':
      return document.part === 'records' ? 'read' : 'none';
  }
}
