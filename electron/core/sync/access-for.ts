import type { DocumentName } from './document-name';
import type { InviteClaims } from './invite-token';

export type Access = 'write' | 'read' | 'none';

/**
 * What a device's invite lets it do with a document: one rule, applied by the server to every connection
 * and by each device before it writes. Coordinators and members write the committee's records and read
 * everyone's feedback; each member writes their own feedback document; a representative reads the records
 * (with the committee's answers) and nobody else's feedback; an observer reads the records; anonymous
 * entries go through the drop box, whose credential names nobody; only coordinators keep the access list.
 */
export function accessFor(claims: InviteClaims, document: DocumentName): Access {
  if (document.committeeId !== claims.committeeId) return 'none';
  const own = document.part === 'feedback' && claims.memberId !== null && document.memberId === claims.memberId;
  switch (claims.role) {
    case 'coordinator':
      if (document.part === 'feedback') return own ? 'write' : 'read';
      return document.part === 'drop-box' ? 'none' : 'write';
    case 'member':
      if (document.part === 'records') return 'write';
      if (document.part === 'feedback') return own ? 'write' : 'read';
      return 'none';
    case 'service_user_rep':
      if (document.part === 'records') return 'read';
      return own ? 'write' : 'none';
    case 'observer':
      return document.part === 'records' ? 'read' : 'none';
    case 'drop_box':
      return document.part === 'drop-box' ? 'write' : 'none';
  }
}
