import { z } from 'zod';
import { reviewerKinds, scaleVersions } from '../domain/fidelity-terms';
import { isoDate } from '../api/iso-date';
import { requiredText } from '../api/required-text';
import { returns } from '../api/returns';
import type { ImportIssue } from '../import/import-issue';
import type { FidelityScale } from './fidelity-scale';
import type { FidelityReview } from './list-reviews';
import type { FidelityReviewDetails } from './review-details';

const reviewFields = z.object({
  serviceId: z.uuid(),
  reviewDate: isoDate,
  scaleVersion: z.enum(scaleVersions),
  reviewerKind: z.enum(reviewerKinds),
  reviewers: z.string().trim().max(500),
  recommendations: z.string().trim().max(10_000),
  scores: z.record(z.string().max(40), z.object({ score: z.int().min(1).max(5).nullable(), note: z.string().trim().max(2000) })),
});

/** The fidelity scale and the services' fidelity reviews. */
export const fidelityContract = {
  getFidelityScale: { input: z.object({}), result: returns<FidelityScale>() },
  listFidelityReviews: { input: z.object({ serviceId: z.uuid().optional() }), result: returns<FidelityReview[]>() },
  getFidelityReview: { input: z.object({ id: z.uuid() }), result: returns<FidelityReviewDetails>() },
  saveFidelityReview: { input: z.intersection(z.object({ id: z.uuid().optional() }), reviewFields), result: returns<FidelityReviewDetails>() },
  readFidelityFile: {
    input: z.object({ fileName: requiredText(260), contentBase64: z.string().max(3_000_000) }),
    result: returns<{ scores: Record<string, { score: number | null; note: string }>; errors: ImportIssue[] }>(),
  },
  fidelityItemToBarrier: { input: z.object({ reviewId: z.uuid(), itemId: z.string().max(40) }), result: returns<{ barrierId: string }>() },
};
