import type { ApiContext } from '../api/api-context';
import { UserError } from '../api/user-error';
import { todayIso } from '../domain/today-iso';
import { readActions } from './read-actions';

export function oneAction(context: ApiContext, id: string) {
  const action = readActions(context.workspace.db(), { id }, todayIso())[0];
  if (action === undefined) throw new UserError('action_not_found', {}, 'id');
  return action;
}
