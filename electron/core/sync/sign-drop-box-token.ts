import { randomUUID } from 'node:crypto';
import { inviteToken } from './invite-token';

const tenYears = 10 * 365 * 24 * 3600 * 1000;

/**
 * A new credential for the drop box, signed by the committee's key: it names no member, and its id (in the
 * place of a device's) is the same for every device that holds it, so it tells none apart. It expires ten
 * years on, later than any made before it (newerDropBoxToken).
 */
export function signDropBoxToken(committeeKey: string, committeeId: string): string {
  return inviteToken.sign(committeeKey, { committeeId, role: 'drop_box', memberId: null, deviceId: randomUUID(), expiresAt: new Date(Date.now() + tenYears).toISOString() });
}
