export const memberRoles = ['chair', 'coordinator', 'member', 'service_user_rep', 'observer'] as const;

export type MemberRole = (typeof memberRoles)[number];
