import { apiSlice } from '../api/api-slice';
import { auditContract } from './audit-contract';
import { recentChanges, recordHistory } from './read-audit-log';

export const auditApi = apiSlice(auditContract, {
  getRecordHistory: (context, input) => recordHistory(context.workspace.db(), input.table, input.id),
  listRecentChanges: (context, input) => recentChanges(context.workspace.db(), input),
});
