import type { FeedbackDraft, FeedbackEntry, FeedbackFields, FeedbackLink } from '../../../../electron/core/feedback/feedback-types';

export type ContributorChoice = 'mine' | 'member' | 'group' | 'anonymous';

/** What the step-by-step form holds while it is being filled in. */
export type FeedbackFormState = {
  text: string;
  contributor: ContributorChoice;
  memberId: string;
  groupName: string;
  givenOn: string;
  tags: string;
  barrierIds: string[];
  serviceIds: string[];
  quarter: string;
  mayQuote: boolean | null;
};

export function emptyForm(today: string, transcribing: boolean): FeedbackFormState {
  return { text: '', contributor: transcribing ? 'member' : 'mine', memberId: '', groupName: '', givenOn: today, tags: '', barrierIds: [], serviceIds: [], quarter: '', mayQuote: null };
}

function linksOf(form: FeedbackFormState): FeedbackLink[] {
  return [
    ...form.barrierIds.map((ref): FeedbackLink => ({ kind: 'barrier', ref })),
    ...form.serviceIds.map((ref): FeedbackLink => ({ kind: 'service', ref })),
    ...(form.quarter.trim() === '' ? [] : [{ kind: 'quarter', ref: form.quarter.trim().toUpperCase() } satisfies FeedbackLink]),
  ];
}

/** The entry as the core takes it; "mine" becomes the member working now. */
export function formToFields(form: FeedbackFormState, me: string | null, transcribed: boolean): FeedbackFields {
  const memberId = form.contributor === 'mine' ? (me ?? '') : form.memberId;
  return {
    text: form.text,
    contributor:
      form.contributor === 'anonymous' ? { kind: 'anonymous' } : form.contributor === 'group' ? { kind: 'group', groupName: form.groupName } : { kind: 'member', memberId },
    givenOn: form.givenOn,
    tags: form.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    links: linksOf(form),
    mayQuote: form.mayQuote === true,
    transcribed,
  };
}

export function formToDraft(form: FeedbackFormState, me: string | null, transcribed: boolean): FeedbackDraft {
  const fields = formToFields(form, me, transcribed);
  return { ...fields, contributor: fields.contributor.kind === 'member' && fields.contributor.memberId === '' ? null : fields.contributor, mayQuote: form.mayQuote };
}

export function draftToForm(draft: FeedbackDraft, today: string, me: string | null): FeedbackFormState {
  const contributor = draft.contributor;
  return {
    text: draft.text,
    contributor: contributor === null ? (draft.transcribed ? 'member' : 'mine') : contributor.kind === 'member' ? (contributor.memberId === me && !draft.transcribed ? 'mine' : 'member') : contributor.kind,
    memberId: contributor?.kind === 'member' ? contributor.memberId : '',
    groupName: contributor?.kind === 'group' ? contributor.groupName : '',
    givenOn: draft.givenOn === '' ? today : draft.givenOn,
    tags: draft.tags.join(', '),
    barrierIds: draft.links.filter((link) => link.kind === 'barrier').map((link) => link.ref),
    serviceIds: draft.links.filter((link) => link.kind === 'service').map((link) => link.ref),
    quarter: draft.links.find((link) => link.kind === 'quarter')?.ref ?? '',
    mayQuote: draft.mayQuote,
  };
}

export function entryToForm(entry: FeedbackEntry, me: string | null): FeedbackFormState {
  return {
    ...draftToForm({ text: entry.text, contributor: entry.contributor, givenOn: entry.givenOn, tags: entry.tags, links: entry.links, mayQuote: entry.mayQuote, transcribed: entry.transcribed }, entry.givenOn, me),
  };
}
