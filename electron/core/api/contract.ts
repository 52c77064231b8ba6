import { z } from 'zod';
import { languages } from '../domain/languages';
import { memberRoles } from '../domain/member-roles';
import type { Committee, Member, Service } from '../committee/committee-types';
import type { WorkspaceStatus } from './workspace';
import { returns, type Returns } from './returns';

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();

const memberFields = z
  .object({
    name: text(200),
    organisation: z.string().trim().max(200),
    role: z.enum(memberRoles),
    activeFrom: isoDate,
    activeTo: isoDate.nullable(),
  })
  .refine((member) => member.activeTo === null || member.activeTo >= member.activeFrom, {
    path: ['activeTo'],
    message: 'must not be before activeFrom',
  });

export type WorkspaceView = WorkspaceStatus & {
  host: 'desktop' | 'web';
  committee: Committee | null;
  currentMemberId: string | null;
};

/**
 * The one table of everything the UI may ask of the core. IPC registration, the preload bridge, the
 * browser mode's HTTP transport and the renderer's typed client are all derived from it.
 */
export const contract = {
  getWorkspace: { input: z.object({}), result: returns<WorkspaceView>() },
  setUpCommittee: {
    input: z.object({ name: text(200), region: text(200), language: z.enum(languages) }),
    result: returns<WorkspaceView>(),
  },
  createDemoCommittee: { input: z.object({ language: z.enum(languages) }), result: returns<WorkspaceView>() },
  updateCommittee: {
    input: z.object({ name: text(200), region: text(200), language: z.enum(languages) }),
    result: returns<WorkspaceView>(),
  },
  pickDatabasePath: {
    input: z.object({ purpose: z.enum(['open', 'create']) }),
    result: returns<{ supported: boolean; path: string | null }>(),
  },
  openDatabase: { input: z.object({ path: text(4096) }), result: returns<WorkspaceView>() },
  newDatabase: { input: z.object({ path: text(4096) }), result: returns<WorkspaceView>() },
  listMembers: { input: z.object({}), result: returns<Member[]>() },
  addMember: { input: memberFields, result: returns<Member>() },
  updateMember: { input: z.intersection(z.object({ id: z.uuid() }), memberFields), result: returns<Member>() },
  setCurrentMember: { input: z.object({ memberId: z.uuid().nullable() }), result: returns<WorkspaceView>() },
  listServices: { input: z.object({}), result: returns<Service[]>() },
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'] extends Returns<infer R> ? R : never;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export const methodNames: readonly MethodName[] = Object.keys(contract).filter(isMethodName);
