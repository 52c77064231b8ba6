import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackEntry } from '../../../../electron/core/feedback/feedback-types';
import { feedbackLimits } from '../../../../electron/core/domain/feedback-terms';
import { call } from '../../api/api-client';
import { formatNumber, todayIso } from '../../format/format';
import { useCurrentMember } from '../../state/use-current-member';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/use-action';
import { useLinkChoices } from '../meetings/use-link-choices';
import { AboutStep } from './AboutStep';
import { FeedbackSummary } from './FeedbackSummary';
import { WhoStep } from './WhoStep';
import { draftToForm, emptyForm, entryToForm, formToDraft, formToFields, type ContributorChoice, type FeedbackFormState } from './feedback-form-state';

const steps = ['words', 'about', 'who', 'quote', 'check'] as const;
type Step = (typeof steps)[number];

type Props = {
  /** 'own': a member gives their feedback; 'transcribe': the coordinator types in a paper form. */
  mode: 'own' | 'transcribe';
  entry?: FeedbackEntry;
  onSaved: (message: string) => void;
  onCancel?: () => void;
};

/**
 * Feedback one question at a time, in plain words: what you want to say, what it is about, who it is
 * from, whether it may be quoted, and a summary before saving. What is typed is kept as a draft, so
 * closing the window loses nothing.
 */
export function FeedbackSteps({ mode, entry, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const me = useCurrentMember();
  const choices = useLinkChoices();
  const transcribing = mode === 'transcribe' || entry?.transcribed === true;
  const [form, setForm] = useState<FeedbackFormState>(() => (entry === undefined ? emptyForm(todayIso(), transcribing) : entryToForm(entry, me?.id ?? null)));
  const [step, setStep] = useState<Step>('words');
  const [problem, setProblem] = useState('');
  const [draftNotice, setDraftNotice] = useState('');
  const [restored, setRestored] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const usesDraft = entry === undefined;

  // A draft left from last time comes back, when it belongs to this kind of form.
  useEffect(() => {
    if (!usesDraft) return;
    call('getFeedbackDraft', { paper: transcribing }).then((stored) => {
      if (stored === null || stored.draft.text.trim() === '') return;
      setForm(draftToForm(stored.draft, todayIso(), me?.id ?? null));
      setRestored(true);
    }, setLoadError);
  }, [usesDraft, transcribing, me?.id]);

  // Typing pauses for half a second before the draft is kept; sending cancels a pending keep, so a sent
  // entry never comes back as a draft.
  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelDraft = () => {
    if (draftTimer.current !== null) clearTimeout(draftTimer.current);
    draftTimer.current = null;
  };
  useEffect(() => {
    if (!usesDraft || form.text.trim() === '') return;
    draftTimer.current = setTimeout(() => {
      draftTimer.current = null;
      call('saveFeedbackDraft', formToDraft(form, me?.id ?? null, transcribing)).then(() => setDraftNotice(t('feedback.draftKept')), setLoadError);
    }, 500);
    return cancelDraft;
  }, [form, usesDraft, transcribing, me?.id, t]);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const update = (change: Partial<FeedbackFormState>) => setForm({ ...form, ...change });
  const index = steps.indexOf(step);
  const go = (next: Step) => {
    setProblem('');
    setStep(next);
  };
  const check = (): string => {
    if (step === 'words' && form.text.trim() === '') return t('feedback.needWords');
    if (step === 'words' && form.text.length > feedbackLimits.text) return t('feedback.tooLong', { count: form.text.length, max: formatNumber(feedbackLimits.text) });
    if (step === 'who' && form.contributor === 'group' && form.groupName.trim() === '') return t('feedback.needGroup');
    if (step === 'who' && form.contributor === 'member' && form.memberId === '') return t('feedback.needMember');
    if (step === 'who' && form.contributor === 'mine' && me === null) return t('feedback.needWorkingAs');
    if (step === 'quote' && form.mayQuote === null) return t('feedback.needQuote');
    return '';
  };

  const save = useAction(async () => {
    cancelDraft();
    const fields = formToFields(form, me?.id ?? null, transcribing);
    if (entry === undefined) await call('giveFeedback', fields);
    else await call('updateFeedback', { id: entry.id, ...fields, links: [...fields.links, ...entry.links.filter((link) => link.kind === 'decision' || link.kind === 'action')] });
    setForm(emptyForm(todayIso(), transcribing));
    setStep('words');
    setRestored(false);
    setDraftNotice('');
    onSaved(t(entry === undefined ? 'feedback.thanks' : 'feedback.updated'));
  });
  const startAgain = useAction(async () => {
    cancelDraft();
    await call('clearFeedbackDraft', { paper: transcribing });
    setForm(emptyForm(todayIso(), transcribing));
    setRestored(false);
    setDraftNotice('');
    setStep('words');
  });

  const contributorLabel = (choice: ContributorChoice) =>
    choice === 'mine' ? t('feedback.who.mine', { name: me?.name ?? '' }) : t(`feedback.who.${choice}`);
  // Someone else's named entry (a coordinator correcting it) keeps its member as a choice, so saving never re-attributes it.
  const someoneElses = entry?.contributor.kind === 'member' && entry.contributor.memberId !== me?.id;
  const contributorChoices: ContributorChoice[] = transcribing || someoneElses ? ['member', 'group', 'anonymous'] : ['mine', 'group', 'anonymous'];

  return (
    <form
      className="card feedback-steps"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        const found = check();
        setProblem(found);
        if (found !== '') return;
        const next = steps[index + 1];
        if (next === undefined) void save.run();
        else go(next);
      }}
    >
      <p className="hint">{t('feedback.stepOf', { number: index + 1, count: steps.length })}</p>
      {restored && (
        <div className="message message-info">
          <p>{t('feedback.restored')}</p>
          <button type="button" onClick={() => void startAgain.run()}>
            {t('feedback.startAgain')}
          </button>
        </div>
      )}
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t(`feedback.steps.${step}`)}
      </h2>
      {step === 'words' && (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('feedback.wordsLabel')}</label>
          <textarea id={`${id}-text`} className="big-text" rows={10} value={form.text} onChange={(event) => update({ text: event.target.value })} aria-describedby={`${id}-text-hint`} />
          <span id={`${id}-text-hint`} className="hint">
            {t('feedback.wordsHint')}
          </span>
        </div>
      )}
      {step === 'about' && <AboutStep form={form} choices={choices} update={update} />}
      {step === 'who' && <WhoStep form={form} choices={contributorChoices} label={contributorLabel} transcribing={transcribing} update={update} />}
      {step === 'quote' && (
        <fieldset>
          <legend>{t('feedback.quoteLegend')}</legend>
          <p className="hint">{t('feedback.quoteHint')}</p>
          <label className="choice choice-block">
            <input type="radio" name={`${id}-quote`} checked={form.mayQuote === true} onChange={() => update({ mayQuote: true })} />
            {t('feedback.quoteYes')}
          </label>
          <label className="choice choice-block">
            <input type="radio" name={`${id}-quote`} checked={form.mayQuote === false} onChange={() => update({ mayQuote: false })} />
            {t('feedback.quoteNo')}
          </label>
        </fieldset>
      )}
      {step === 'check' && <FeedbackSummary form={form} choices={choices} tags={formToFields(form, me?.id ?? null, transcribing).tags} label={contributorLabel} />}
      {problem !== '' && (
        <p className="message message-error" role="alert">
          {problem}
        </p>
      )}
      <ErrorMessage error={save.error ?? startAgain.error ?? loadError} />
      <div className="button-row">
        {index > 0 && (
          <button type="button" onClick={() => go(steps[index - 1] ?? 'words')}>
            {t('feedback.back')}
          </button>
        )}
        <button type="submit" className="primary" disabled={save.busy}>
          {step === 'check' ? (entry === undefined ? t('feedback.send') : t('common.save')) : t('feedback.next')}
        </button>
        {onCancel !== undefined && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      <p className="hint" role="status">
        {draftNotice}
      </p>
    </form>
  );
}
