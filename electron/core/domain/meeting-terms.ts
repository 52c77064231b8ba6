export const meetingKinds = ['regular', 'extraordinary'] as const;
export const attendancePresences = ['present', 'apologies'] as const;
export const agendaKinds = ['open_actions', 'barrier_review', 'latest_figures', 'feedback', 'other'] as const;
export const decisionMethods = ['consensus', 'vote'] as const;
export const decisionChangeKinds = ['amends', 'revokes'] as const;
export const decisionLinkKinds = ['barrier', 'service', 'quarter', 'feedback'] as const;
export const actionStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;

export type AgendaKind = (typeof agendaKinds)[number];
export type DecisionLinkKind = (typeof decisionLinkKinds)[number];
