import { z } from 'zod';
import { feedbackLimits, feedbackLinkKinds, feedbackResponseLinkKinds, feedbackStatuses } from '../domain/feedback-terms';
import { languages } from '../domain/languages';
import { isoDate } from '../api/iso-date';
import { returns } from '../api/returns';
import type { FeedbackList, StoredFeedbackDraft } from './feedback-types';

const feedbackContributor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), memberId: z.uuid() }),
  z.object({ kind: z.literal('group'), groupName: z.string().trim().max(feedbackLimits.groupName) }),
  z.object({ kind: z.literal('anonymous') }),
]);

// Text may arrive empty or too long: the core answers with a message that names the limit in words.
const feedbackFields = z.object({
  text: z.string().max(feedbackLimits.text * 2),
  contributor: feedbackContributor,
  givenOn: z.string().max(10),
  tags: z.array(z.string().max(200)).max(100),
  links: z.array(z.object({ kind: z.enum(feedbackLinkKinds), ref: z.string().trim().min(1).max(100) })).max(200),
  mayQuote: z.boolean(),
  transcribed: z.boolean(),
});

/** Service users' feedback, the committee's responses, the drafts being written, and the paper form. */
export const feedbackContract = {
  listFeedback: {
    input: z.object({
      status: z.enum(feedbackStatuses).nullable().optional(),
      waitingOnly: z.boolean().optional(),
      quotableOnly: z.boolean().optional(),
      from: isoDate.nullable().optional(),
      to: isoDate.nullable().optional(),
    }),
    result: returns<FeedbackList>(),
  },
  giveFeedback: { input: feedbackFields, result: returns<{ id: string }>() },
  updateFeedback: { input: z.intersection(z.object({ id: z.uuid() }), feedbackFields), result: returns<{ id: string }>() },
  respondToFeedback: {
    input: z.object({
      feedbackId: z.uuid(),
      status: z.enum(feedbackStatuses).nullable(),
      response: z.string().max(feedbackLimits.response),
      reason: z.string().max(feedbackLimits.reason),
      meetingId: z.uuid().nullable(),
      respondedOn: isoDate.nullable(),
      links: z.array(z.object({ kind: z.enum(feedbackResponseLinkKinds), ref: z.uuid() })).max(100),
    }),
    result: returns<{ id: string }>(),
  },
  getFeedbackDraft: { input: z.object({ paper: z.boolean().default(false) }), result: returns<StoredFeedbackDraft | null>() },
  saveFeedbackDraft: {
    input: z.object({
      text: z.string().max(feedbackLimits.draftText),
      contributor: feedbackContributor.nullable(),
      givenOn: z.string().max(10),
      tags: z.array(z.string().max(200)).max(200),
      links: z.array(z.object({ kind: z.enum(feedbackLinkKinds), ref: z.string().max(100) })).max(200),
      mayQuote: z.boolean().nullable(),
      transcribed: z.boolean(),
    }),
    result: returns<{ savedAt: string }>(),
  },
  clearFeedbackDraft: { input: z.object({ paper: z.boolean().default(false) }), result: returns<{ cleared: true }>() },
  getFeedbackForm: { input: z.object({ language: z.enum(languages) }), result: returns<{ fileName: string; mimeType: string; contentBase64: string }>() },
};
