import type { DocumentName } from './document-name';
import type { InviteClaims } from './invite-token';

export type Access = 'write' | 'read' | 'none';

/**
 * What a device's invite lets it do with a document: one rule, applied by the server to every connection.
 * A representative gives and edits their own feedback and reads the committee's records (with its answers);
 * an observer reads; anonymous entries go through the drop box, whose credential names nobody.
 */
export function accessFor(claims: InviteClaims, document: DocumentName): Access {
  if (document.committeeId !== claims.committeeId) return 'none';
  switch (claims.role) {
    case 'coordinator':
      return document.part === 'feedback' ? 'read' : 'write';
    case 'member':
      if (document.part === 'records') return 'write';
      return document.part === 'feedback' ? 'read' : 'none';
    case 'service_user_rep':
      if (document.part === 'records') return 'read';
      return document.part === 'feedback' && document.memberId === claims.memberId ? 'write' : 'none';
    case 'observer':
      return document.part === 'records' ? 'read' : 'none';
    case 'drop_box':
      return document.part === 'drop-box' ? 'write' : 'none';
  }
}
