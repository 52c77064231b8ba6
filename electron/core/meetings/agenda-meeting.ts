import type { ApiContext } from '../api/api-context';
import { UserError } from '../api/user-error';

/** The meeting an agenda item belongs to. */
export function agendaMeeting(context: ApiContext, itemId: string): string {
  const meetingId = context.workspace.db().prepare('SELECT meeting_id FROM agenda_item WHERE id = ?').pluck().get(itemId);
  if (typeof meetingId !== 'string') throw new UserError('agenda_item_not_found', {}, 'id');
  return meetingId;
}
