import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { UserError } from '../api/user-error';
import { nowIso } from '../domain/now-iso';
import type { AccessInvite } from './access-invite';
import { deviceSyncs } from './device-syncs';
import { inviteCode } from './invite-code';
import { inviteToken } from './invite-token';
import { sharingSecrets } from './sharing-secrets';
import { syncRoleOfMember } from './sync-role-of-member';
import type { Sharing } from './sharing';

export type Invite = { code: string; link: string; deviceId: string; memberId: string; role: Sharing['role']; expiresAt: string };

/**
 * An invite for one member's device, signed on this coordinator's device: the role (by default the one the
 * member has on the committee) and an expiry. The invite is noted in the committee's access document, so
 * every coordinator sees it and can revoke it.
 */
export function createInvite(db: Database.Database, databasePath: string, request: { memberId: string; role?: Sharing['role']; days: number }): Invite {
  const engine = deviceSyncs.of(db);
  const secrets = sharingSecrets.read(databasePath);
  if (engine === null) throw new UserError('sync_not_shared');
  if (secrets?.committeeKey === null || secrets === null) throw new UserError('sync_coordinator_only');
  const memberRole = db.prepare('SELECT role FROM member WHERE id = ? AND active_to IS NULL').pluck().get(request.memberId);
  if (typeof memberRole !== 'string') throw new UserError('member_not_found', {}, 'memberId');
  if (!Number.isInteger(request.days) || request.days < 1 || request.days > 365) throw new UserError('sync_invite_days', {}, 'days');
  const role = request.role ?? syncRoleOfMember(memberRole);
  const deviceId = randomUUID();
  const expiresAt = new Date(Date.now() + request.days * 24 * 3600 * 1000).toISOString();
  const { committeeId, serverUrl } = engine.sharing;
  const token = inviteToken.sign(secrets.committeeKey, { committeeId, role, memberId: request.memberId, deviceId, expiresAt });
  // An observer reads the records only; everyone else can give anonymous feedback through the drop box.
  const dropBox = role === 'observer' ? null : secrets.dropBoxToken;
  engine.changeAccess((invites) => invites.set(deviceId, { memberId: request.memberId, role, expiresAt, invitedAt: nowIso() } satisfies AccessInvite));
  const code = inviteCode.encode({ server: serverUrl, token, dropBox });
  return { code, link: inviteCode.link(code), deviceId, memberId: request.memberId, role, expiresAt };
}
