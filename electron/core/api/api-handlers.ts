import type { z } from 'zod';
import { aboutApi } from '../about/about-api';
import { auditApi } from '../audit/audit-api';
import { backupApi } from '../backup/backup-api';
import { barriersApi } from '../barriers/barriers-api';
import { committeeApi } from '../committee/committee-api';
import { feedbackApi } from '../feedback/feedback-api';
import { fidelityApi } from '../fidelity/fidelity-api';
import { importApi } from '../import/import-api';
import { meetingsApi } from '../meetings/meetings-api';
import { quarterlyApi } from '../quarterly/quarterly-api';
import { reportApi } from '../report/report-api';
import { sharingApi } from '../sync/sharing-api';
import type { ApiContext } from './api-context';
import type { Contract, MethodName, MethodResult } from './contract';
import { workspaceApi } from './workspace-api';

type Handlers = {
  [M in MethodName]: (context: ApiContext, input: z.output<Contract[M]['input']>) => MethodResult<M> | Promise<MethodResult<M>>;
};

/** The core's side of every contract method; inputs arrive already validated by the contract's schemas. */
export const apiHandlers = {
  ...workspaceApi.handlers,
  ...committeeApi.handlers,
  ...quarterlyApi.handlers,
  ...importApi.handlers,
  ...barriersApi.handlers,
  ...fidelityApi.handlers,
  ...backupApi.handlers,
  ...auditApi.handlers,
  ...meetingsApi.handlers,
  ...feedbackApi.handlers,
  ...reportApi.handlers,
  ...aboutApi.handlers,
  ...sharingApi.handlers,
} satisfies Handlers;
