import { actor } from '../api/actor';
import { apiSlice } from '../api/api-slice';
import { workspaceView } from '../api/workspace-view';
import { committeeContract } from './committee-contract';
import { currentMember } from './current-member';
import { listMembers } from './list-members';
import { listServices } from './list-services';
import { memberById } from './member-by-id';
import { saveMember } from './save-member';
import { saveService } from './save-service';

export const committeeApi = apiSlice(committeeContract, {
  listMembers: (context) => listMembers(context.workspace.db()),
  addMember: (context, input) => memberById(context, saveMember(context.workspace.db(), input, actor(context))),
  updateMember: (context, input) => memberById(context, saveMember(context.workspace.db(), input, actor(context))),
  setCurrentMember: (context, input) => {
    currentMember.write(context.workspace.db(), input.memberId);
    return workspaceView(context);
  },
  listServices: (context) => listServices(context.workspace.db()),
  addService: (context, input) => {
    saveService(context.workspace.db(), input, actor(context));
    return listServices(context.workspace.db());
  },
  updateService: (context, input) => {
    saveService(context.workspace.db(), input, actor(context));
    return listServices(context.workspace.db());
  },
});
