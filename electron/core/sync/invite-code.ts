import { z } from 'zod';
import { UserError } from '../api/user-error';

const bundle = z.strictObject({ server: z.string().regex(/^wss?:\/\/[^\s]+$/), token: z.string().max(4000), dropBox: z.string().max(4000).nullable() });

export type InviteBundle = z.infer<typeof bundle>;

const prefix = 'IPSW1-';
const linkStart = 'ips-workbench://join/';

/**
 * What a coordinator hands a member to join with: the server's address, the member's invite and the drop
 * box's credential, as one code to paste (or a link that carries the same code).
 */
export const inviteCode = {
  encode: (invite: InviteBundle): string => prefix + Buffer.from(JSON.stringify(bundle.parse(invite))).toString('base64url'),
  link: (code: string): string => linkStart + code,

  /** The bundle in a pasted code or link; refused with a message that says what to check. */
  decode(text: string): InviteBundle {
    const trimmed = text.trim();
    const code = trimmed.startsWith(linkStart) ? trimmed.slice(linkStart.length) : trimmed;
    if (!code.startsWith(prefix) || code.length > 12_000) throw new UserError('sync_invite_unreadable', {}, 'invite');
    try {
      const parsed = bundle.safeParse(JSON.parse(Buffer.from(code.slice(prefix.length), 'base64url').toString('utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // Falls through to the same message: a code cut short or mistyped is unreadable, whatever broke.
    }
    throw new UserError('sync_invite_unreadable', {}, 'invite');
  },
};
