import type { ApiContext } from '../api/api-context';
import { UserError } from '../api/user-error';
import type { Member } from './committee-types';
import { listMembers } from './list-members';

export function memberById(context: ApiContext, id: string): Member {
  const member = listMembers(context.workspace.db(), id)[0];
  if (member === undefined) throw new UserError('member_not_found', {}, 'id');
  return member;
}
