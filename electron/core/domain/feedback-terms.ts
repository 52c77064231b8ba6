export const feedbackStatuses = ['received', 'discussed', 'acted_on', 'not_taken_up'] as const;
export const feedbackLinkKinds = ['barrier', 'service', 'quarter', 'decision', 'action'] as const;
/** What followed from the feedback: the answer links only to decisions and actions. */
export const feedbackResponseLinkKinds = ['decision', 'action'] as const;
export const feedbackLimits = { text: 10_000, groupName: 200, tags: 20, tagLength: 60, reason: 10_000, response: 10_000, draftText: 100_000 } as const;
