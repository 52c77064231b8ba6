import { actor } from '../api/actor';
import { apiSlice } from '../api/api-slice';
import { committeeLanguage } from '../api/committee-language';
import { barrierDetails } from './barrier-details';
import { barriersContract } from './barriers-contract';
import { catalogue } from './catalogue';
import { listRegister } from './list-register';
import { mitigations } from './mitigations';
import { recordReview } from './record-review';
import { removeBarrier, restoreBarrier } from './remove-barrier';
import { addBarrier, updateBarrier } from './save-barrier';
import { severityMatrix } from './severity-matrix';
import { voteRounds } from './vote-rounds';

export const barriersApi = apiSlice(barriersContract, {
  getCatalogue: () => catalogue(),
  listRegister: (context, input) => listRegister(context.workspace.db(), { includeArchived: input.includeArchived }),
  getBarrier: (context, input) => barrierDetails(context.workspace.db(), input.id),
  addBarrier: (context, input) => barrierDetails(context.workspace.db(), addBarrier(context.workspace.db(), input, committeeLanguage(context), actor(context))),
  updateBarrier: (context, input) => {
    updateBarrier(context.workspace.db(), input, actor(context));
    return barrierDetails(context.workspace.db(), input.id);
  },
  recordReview: (context, input) => {
    recordReview(context.workspace.db(), input, actor(context));
    return listRegister(context.workspace.db());
  },
  addMitigation: (context, input) => {
    mitigations.add(context.workspace.db(), input, actor(context));
    return barrierDetails(context.workspace.db(), input.barrierId);
  },
  setMitigationStatus: (context, input) => barrierDetails(context.workspace.db(), mitigations.setStatus(context.workspace.db(), input.id, input.status, actor(context))),
  removeBarrier: (context, input) => removeBarrier(context.workspace.db(), input.id, input.confirmed, actor(context)),
  restoreBarrier: (context, input) => {
    restoreBarrier(context.workspace.db(), input.id, actor(context));
    return barrierDetails(context.workspace.db(), input.id);
  },
  getSeverityMatrix: (context) => severityMatrix(context.workspace.db()),
  listVoteRounds: (context) => voteRounds.list(context.workspace.db()),
  openVoteRound: (context, input) => voteRounds.get(context.workspace.db(), voteRounds.open(context.workspace.db(), input, actor(context)), actor(context)),
  getVoteRound: (context, input) => voteRounds.get(context.workspace.db(), input.roundId, actor(context)),
  addVoteIdea: (context, input) => {
    voteRounds.addIdea(context.workspace.db(), input.roundId, input.idea, actor(context));
    return voteRounds.get(context.workspace.db(), input.roundId, actor(context));
  },
  clusterVoteItems: (context, input) => {
    voteRounds.cluster(context.workspace.db(), input.roundId, input.heading, input.itemIds, actor(context));
    return voteRounds.get(context.workspace.db(), input.roundId, actor(context));
  },
  castVotes: (context, input) => {
    voteRounds.cast(context.workspace.db(), input.roundId, input.memberId, input.dots);
    return voteRounds.get(context.workspace.db(), input.roundId, actor(context));
  },
  closeVoteRound: (context, input) => {
    voteRounds.close(context.workspace.db(), input.roundId, actor(context));
    return voteRounds.get(context.workspace.db(), input.roundId, actor(context));
  },
});
