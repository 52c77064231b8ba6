import { inviteToken } from './invite-token';

/**
 * Whether drop-box credential `a` replaces `b`: each replacement is signed to expire later than the one
 * before (ten years from when it was made), so every device, and every coordinator's device, settles on
 * the same one; ties (made in the same millisecond on two devices) go by the text.
 */
export function newerDropBoxToken(a: string, b: string): boolean {
  const expiry = (token: string) => inviteToken.claimsOf(token)?.expiresAt ?? '';
  const [first, second] = [expiry(a), expiry(b)];
  return first === second ? a > b : first > second;
}
