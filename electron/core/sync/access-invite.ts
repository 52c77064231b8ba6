import { z } from 'zod';
import { syncRoles } from './sync-roles';

/** An invite as the committee's access document lists it (under its device id): written when it is made, read for the list of devices. */
export const accessInvite = z.object({ memberId: z.string(), role: z.enum(syncRoles), expiresAt: z.string(), invitedAt: z.string() });

export type AccessInvite = z.infer<typeof accessInvite>;
