/** The roles a member's device can have on a shared committee (the drop box is no member's). */
export const memberSyncRoles = ['coordinator', 'member', 'service_user_rep', 'observer'] as const;

export type MemberSyncRole = (typeof memberSyncRoles)[number];
