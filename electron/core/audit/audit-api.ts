import { apiSlice } from '../api/api-slice';
import { auditContract } from './audit-contract';
import { recentChanges } from './recent-changes';
import { recordHistory } from './record-history';

export const auditApi = apiSlice(auditContract, {
  getRecordHistory: (context, input) => recordHistory(context.workspace.db(), input.kind, input.id, input),
  listRecentChanges: (context, input) => recentChanges(context.workspace.db(), input),
});
