import type { Sharing } from './sharing';

/** The sharing role a member's committee role gives their device: a chair coordinates. */
export function syncRoleOfMember(role: string): Sharing['role'] {
  if (role === 'chair' || role === 'coordinator') return 'coordinator';
  if (role === 'service_user_rep' || role === 'observer') return role;
  return 'member';
}
