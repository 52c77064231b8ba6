/**
 * Who a device works as on the shared committee: the members' roles, and the drop box, a credential the
 * committee gives every representative for anonymous entries that names no member and no device.
 */
export const syncRoles = ['coordinator', 'member', 'service_user_rep', 'observer', 'drop_box'] as const;

export type SyncRole = (typeof syncRoles)[number];
