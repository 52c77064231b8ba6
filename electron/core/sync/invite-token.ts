import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { syncRoles } from './sync-roles';

/** What an invite lets a device do, signed by the committee's coordinator device. */
const claimsSchema = z.strictObject({
  committeeId: z.uuid(),
  role: z.enum(syncRoles),
  /** The member the device works as; none for the drop box. */
  memberId: z.uuid().nullable(),
  /** The device, so that it can be revoked alone; for the drop box, the credential's own id, alike on every device. */
  deviceId: z.uuid().nullable(),
  expiresAt: z.iso.datetime(),
});

export type InviteClaims = z.infer<typeof claimsSchema>;

export type InviteCheck = { ok: true; claims: InviteClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

function keyOf(key: string | KeyObject, kind: 'private' | 'public'): KeyObject {
  if (typeof key !== 'string') return key;
  return kind === 'private' ? createPrivateKey(key) : createPublicKey(key);
}

/**
 * Invites as text a member can paste: the claims as base64url JSON, a dot, and an Ed25519 signature of
 * them by the committee's key (node:crypto; the key pair never leaves the coordinator's device, the
 * server holds only the public half).
 */
export const inviteToken = {
  sign(privateKey: string | KeyObject, claims: InviteClaims): string {
    const body = Buffer.from(JSON.stringify(claimsSchema.parse(claims))).toString('base64url');
    return `${body}.${sign(null, Buffer.from(body), keyOf(privateKey, 'private')).toString('base64url')}`;
  },

  check(publicKey: string | KeyObject, token: string, now: Date): InviteCheck {
    const [body, signature, ...rest] = token.split('.');
    if (body === undefined || signature === undefined || rest.length > 0 || body.length > 4000) return { ok: false, reason: 'malformed' };
    if (!verify(null, Buffer.from(body), keyOf(publicKey, 'public'), Buffer.from(signature, 'base64url'))) return { ok: false, reason: 'signature' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const claims = claimsSchema.safeParse(parsed);
    if (!claims.success) return { ok: false, reason: 'malformed' };
    if (Date.parse(claims.data.expiresAt) <= now.getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, claims: claims.data };
  },

  /** What an invite claims, read without checking its signature (the server checks it): for the joining device's own use. */
  claimsOf(token: string): InviteClaims | null {
    const [body] = token.split('.');
    try {
      const claims = claimsSchema.safeParse(JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8')));
      return claims.success ? claims.data : null;
    } catch {
      return null;
    }
  },

  /** The committee id an invite claims, read before its signature is checked, to find the committee's key. */
  committeeOf(token: string): string | null {
    const [body] = token.split('.');
    try {
      const claims = z.object({ committeeId: z.uuid() }).safeParse(JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8')));
      return claims.success ? claims.data.committeeId : null;
    } catch {
      return null;
    }
  },
};
