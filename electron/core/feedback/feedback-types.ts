import { feedbackLimits, feedbackLinkKinds, feedbackResponseLinkKinds, feedbackStatuses } from '../domain/feedback-terms';

/**
 * Service users' feedback and the committee's answer to it ("you said, we did"). The lists live in the
 * pure domain layer, so the API contract, the core and the renderer use the same ones.
 */
export { feedbackLimits, feedbackLinkKinds, feedbackResponseLinkKinds, feedbackStatuses };
export type FeedbackStatus = (typeof feedbackStatuses)[number];

export type FeedbackLinkKind = (typeof feedbackLinkKinds)[number];

export type FeedbackResponseLinkKind = (typeof feedbackResponseLinkKinds)[number];


/** For a quarter the ref is the quarter itself ("2026-Q1"); otherwise the id of the record. */
export type FeedbackLink = { kind: FeedbackLinkKind; ref: string };
export type FeedbackResponseLink = { kind: FeedbackResponseLinkKind; ref: string };

/** Who gave the feedback, as the contributor wished to be named; anonymous keeps no member at all. */
export type FeedbackContributor = { kind: 'member'; memberId: string } | { kind: 'group'; groupName: string } | { kind: 'anonymous' };

export type FeedbackFields = {
  /** In the contributor's own words. */
  text: string;
  contributor: FeedbackContributor;
  givenOn: string;
  tags: string[];
  links: FeedbackLink[];
  mayQuote: boolean;
  /** Typed in by the coordinator from a paper form or a conversation. */
  transcribed: boolean;
};

export type FeedbackChanges = FeedbackFields & { id: string };

export type FeedbackResponse = {
  feedbackId: string;
  /** Null while nothing is chosen in the form: refused, a status is required. */
  status: FeedbackStatus | null;
  response: string;
  /** Required for not_taken_up, ignored otherwise. */
  reason: string;
  meetingId: string | null;
  /** Null: today, except for a return to 'received', which has no answer date. */
  respondedOn: string | null;
  /** Replaces the decisions and actions linked to the entry. */
  links: FeedbackResponseLink[];
};

export type FeedbackLinkView = FeedbackLink & {
  /** Barrier or service name, the quarter, a decision as "2026/07", an action's title; null if the record is gone. */
  label: string | null;
};

export type FeedbackEntry = {
  id: string;
  contributor: FeedbackContributor;
  /** The member's name or the group's; null for anonymous. */
  contributorName: string | null;
  text: string;
  givenOn: string;
  tags: string[];
  links: FeedbackLinkView[];
  mayQuote: boolean;
  transcribed: boolean;
  status: FeedbackStatus;
  response: string;
  reason: string;
  respondedOn: string | null;
  meeting: { id: string; heldOn: string } | null;
  /** Whether the member working now may change the entry itself (not the answer). */
  canEdit: boolean;
  createdAt: string;
  updatedAt: string;
};

export type FeedbackFilter = {
  status?: FeedbackStatus | null;
  /** Only entries the committee has not answered yet (status 'received'); wins over `status`. */
  waitingOnly?: boolean;
  quotableOnly?: boolean;
  /** Inclusive bounds on the date the feedback was given. */
  from?: string | null;
  to?: string | null;
};

export type FeedbackList = {
  entries: FeedbackEntry[];
  /** Counted within the period and the quotable filter, ignoring the status filters, so the tabs show what waits. */
  counts: Record<FeedbackStatus, number>;
};

/** A half-written entry: every field may still be incomplete. */
export type FeedbackDraft = {
  text: string;
  contributor: FeedbackContributor | null;
  /** '' until a date is chosen. */
  givenOn: string;
  tags: string[];
  links: FeedbackLink[];
  /** Null until the contributor has chosen: a draft must not answer for them. */
  mayQuote: boolean | null;
  transcribed: boolean;
};

export type StoredFeedbackDraft = { draft: FeedbackDraft; savedAt: string };
