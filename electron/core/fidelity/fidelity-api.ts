import { actor } from '../api/actor';
import { apiSlice } from '../api/api-slice';
import { committeeLanguage } from '../api/committee-language';
import { fidelityContract } from './fidelity-contract';
import { fidelityScale } from './fidelity-scale';
import { fidelityItemToBarrier } from './item-to-barrier';
import { listReviews } from './list-reviews';
import { readFidelityFile } from './read-fidelity-file';
import { fidelityReviewDetails } from './review-details';
import { saveReview } from './save-review';

export const fidelityApi = apiSlice(fidelityContract, {
  getFidelityScale: () => fidelityScale(),
  listFidelityReviews: (context, input) => listReviews(context.workspace.db(), input.serviceId === undefined ? {} : { serviceId: input.serviceId }),
  getFidelityReview: (context, input) => fidelityReviewDetails(context.workspace.db(), input.id),
  saveFidelityReview: (context, input) => fidelityReviewDetails(context.workspace.db(), saveReview(context.workspace.db(), input, actor(context))),
  readFidelityFile: (_context, input) => {
    const result = readFidelityFile({ fileName: input.fileName, bytes: new Uint8Array(Buffer.from(input.contentBase64, 'base64')), options: {} });
    return { scores: Object.fromEntries(result.scores), errors: result.errors };
  },
  fidelityItemToBarrier: (context, input) => ({
    barrierId: fidelityItemToBarrier(context.workspace.db(), input.reviewId, input.itemId, committeeLanguage(context), actor(context)),
  }),
});
