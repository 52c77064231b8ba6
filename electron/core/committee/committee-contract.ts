import { z } from 'zod';
import { addressForms } from '../domain/address-forms';
import { memberRoles } from '../domain/member-roles';
import { isoDate } from '../api/iso-date';
import { lineText } from '../api/line-text';
import { requiredText } from '../api/required-text';
import { returns } from '../api/returns';
import type { WorkspaceView } from '../api/workspace-view';
import type { Member, Service } from './committee-types';

const memberFields = z
  .object({
    name: requiredText(200),
    organisation: lineText(200),
    role: z.enum(memberRoles),
    addressForm: z.enum(addressForms).default('neutral'),
    activeFrom: isoDate,
    activeTo: isoDate.nullable(),
  })
  .refine((member) => member.activeTo === null || member.activeTo >= member.activeFrom, {
    path: ['activeTo'],
    message: 'must not be before activeFrom',
  });

const serviceFields = z.object({ name: requiredText(200), provider: lineText(200), startDate: isoDate });

/** The committee's members, who is working, and the services it steers. */
export const committeeContract = {
  listMembers: { input: z.object({}), result: returns<Member[]>() },
  addMember: { input: memberFields, result: returns<Member>() },
  updateMember: { input: z.intersection(z.object({ id: z.uuid() }), memberFields), result: returns<Member>() },
  setCurrentMember: { input: z.object({ memberId: z.uuid().nullable() }), result: returns<WorkspaceView>() },
  listServices: { input: z.object({}), result: returns<Service[]>() },
  addService: { input: serviceFields, result: returns<Service[]>() },
  updateService: { input: z.intersection(z.object({ id: z.uuid() }), serviceFields), result: returns<Service[]>() },
};
