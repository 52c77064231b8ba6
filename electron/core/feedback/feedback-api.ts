import { translate } from '../../shared/translate';
import { actor } from '../api/actor';
import { apiSlice } from '../api/api-slice';
import { todayIso } from '../domain/today-iso';
import { buildFeedbackFormDocx } from './build-feedback-form-docx';
import { feedbackContract } from './feedback-contract';
import { feedbackDraft } from './feedback-draft';
import { listFeedback } from './list-feedback';
import { respondToFeedback } from './respond-to-feedback';
import { saveFeedback } from './save-feedback';

export const feedbackApi = apiSlice(feedbackContract, {
  listFeedback: (context, input) => listFeedback(context.workspace.db(), input, actor(context)),
  giveFeedback: (context, input) => ({ id: saveFeedback(context.workspace.db(), input, actor(context), todayIso()) }),
  updateFeedback: (context, input) => ({ id: saveFeedback(context.workspace.db(), input, actor(context), todayIso()) }),
  respondToFeedback: (context, input) => {
    respondToFeedback(context.workspace.db(), input, actor(context), todayIso());
    return { id: input.feedbackId };
  },
  getFeedbackDraft: (context, input) => feedbackDraft.read(context.workspace.db(), actor(context), input.paper),
  saveFeedbackDraft: (context, input) => {
    feedbackDraft.write(context.workspace.db(), actor(context), input);
    return { savedAt: new Date().toISOString() };
  },
  clearFeedbackDraft: (context, input) => {
    feedbackDraft.clear(context.workspace.db(), actor(context), input.paper);
    return { cleared: true };
  },
  getFeedbackForm: async (_context, input) => ({
    fileName: `${translate(input.language, 'feedbackForm.fileName')}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    contentBase64: Buffer.from(await buildFeedbackFormDocx(input.language)).toString('base64'),
  }),
});
