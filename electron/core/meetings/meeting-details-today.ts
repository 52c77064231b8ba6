import type { ApiContext } from '../api/api-context';
import { todayIso } from '../domain/today-iso';
import { meetingDetails } from './meeting-details';

export function meetingDetailsToday(context: ApiContext, id: string) {
  return meetingDetails(context.workspace.db(), id, todayIso());
}
