import type { z } from 'zod';
import { aboutContract } from '../about/about-contract';
import { auditContract } from '../audit/audit-contract';
import { backupContract } from '../backup/backup-contract';
import { barriersContract } from '../barriers/barriers-contract';
import { committeeContract } from '../committee/committee-contract';
import { feedbackContract } from '../feedback/feedback-contract';
import { fidelityContract } from '../fidelity/fidelity-contract';
import { importContract } from '../import/import-contract';
import { meetingsContract } from '../meetings/meetings-contract';
import { quarterlyContract } from '../quarterly/quarterly-contract';
import { reportContract } from '../report/report-contract';
import { sharingContract } from '../sync/sharing-contract';
import type { Returns } from './returns';
import { workspaceContract } from './workspace-contract';

export type { BarrierDetails } from '../barriers/barrier-details';
export type { FidelityReviewDetails } from '../fidelity/review-details';
export type { WorkspaceView } from './workspace-view';

/**
 * The one table of everything the UI may ask of the core. IPC registration, the preload bridge, the
 * browser mode's HTTP transport and the renderer's typed client are all derived from it.
 *
 * Each feature folder owns its part (`<feature>-contract.ts`, paired with its handlers in
 * `<feature>-api.ts`); only schemas and result types are assembled here, never the handlers, because
 * the sandboxed preload bundles this module to learn the method names and can hold no Node code.
 */
export const contract = {
  ...workspaceContract,
  ...committeeContract,
  ...quarterlyContract,
  ...importContract,
  ...barriersContract,
  ...fidelityContract,
  ...backupContract,
  ...auditContract,
  ...meetingsContract,
  ...feedbackContract,
  ...reportContract,
  ...aboutContract,
  ...sharingContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'] extends Returns<infer R> ? R : never;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export const methodNames: readonly MethodName[] = Object.keys(contract).filter(isMethodName);
