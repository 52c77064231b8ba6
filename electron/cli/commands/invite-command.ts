import { z } from 'zod';
import { memberSyncRoles } from '../../core/domain/member-sync-roles';
import { createInvite } from '../../core/sync/create-invite';
import { syncOnce } from '../../core/sync/sync-once';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';
import { withDatabaseAsync } from '../with-database';

const usage = `Usage: npm run cli -- invite <db> --member <id> [--role ${memberSyncRoles.join('|')}] [--days <1-365>]`;

export async function inviteCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseCommandArgs(args, { member: { type: 'string' }, role: { type: 'string' }, days: { type: 'string', default: '14' } }, ['<db>'], usage);
  const request = z.object({ memberId: z.uuid(), role: z.enum(memberSyncRoles).optional(), days: z.coerce.number().int().min(1).max(365) }).safeParse({ memberId: values.member, role: values.role, days: values.days });
  if (!request.success) {
    const field = request.error.issues[0]?.path[0];
    throw new CliFailure(`--${field === 'memberId' ? 'member' : String(field)} is missing or invalid.\n${usage}`, 2);
  }
  return withDatabaseAsync(positionals[0] ?? '', { command: 'invite', writes: true }, async (db, path) => {
    const invite = createInvite(db, path, request.data);
    // The invite is in the committee's access list once the server has it: sent now, so it can be revoked anywhere.
    await syncOnce(db, path);
    return [invite.code, `Invite for device ${invite.deviceId} (${invite.role}), valid until ${invite.expiresAt}. Link: ${invite.link}`].join('\n');
  });
}
