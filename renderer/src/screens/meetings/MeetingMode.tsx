import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../electron/core/figures/build-dashboard';
import type { AgendaItem, Decision, MeetingDetails } from '../../../../electron/core/meetings/meeting-types';
import { addQuarters, quarterOfDate } from '../../../../electron/core/domain/quarter';
import { call } from '../../api/api-client';
import { leaveFullScreen } from '../../app/leave-full-screen';
import { useSharedScreenStore } from '../../app/shared-screen-store';
import { formatDate, formatQuarter } from '../../format/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/use-action';
import { KeyFigures } from '../dashboard/KeyFigures';
import { OutcomeCharts } from '../dashboard/OutcomeCharts';
import { ActionForm } from './ActionForm';
import { ActionReview } from './ActionReview';
import { ActionsTable } from './ActionsTable';
import { DecisionForm } from './DecisionForm';
import { DecisionText } from './DecisionText';

type Props = { meeting: MeetingDetails; decisions: Decision[]; mayDecide: boolean; notice: string; onChanged: (message: string) => void; onClose: () => void };

function StandingBusiness({ item, meeting, onChanged }: { item: AgendaItem; meeting: MeetingDetails; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  // The item is about the last quarter ended by the meeting: the figures as they stood after it, also for a past meeting.
  const ended = addQuarters(quarterOfDate(meeting.heldOn), -1);
  useEffect(() => {
    if (item.kind === 'latest_figures') call('getDashboard', { upTo: ended }).then(setDashboard, setFailed);
  }, [item.kind, ended]);
  if (failed !== null) return <ErrorMessage error={failed} />;
  if (item.kind === 'open_actions') {
    return meeting.earlierActions.length === 0 ? (
      <p>{t('actions.noneEarlier')}</p>
    ) : (
      <ul className="plain-list">
        {meeting.earlierActions.map((action) => (
          <ActionReview key={action.id} action={action} meetingId={meeting.id} onSaved={onChanged} />
        ))}
      </ul>
    );
  }
  if (item.kind === 'barrier_review') {
    return (
      <ul>
        {meeting.barriersDue.map((barrier) => (
          <li key={barrier.id}>
            {barrier.name} · {barrier.lastReviewed === null ? t('barriers.notReviewed') : t('meetingMode.lastReviewed', { date: formatDate(barrier.lastReviewed) })}
          </li>
        ))}
      </ul>
    );
  }
  if (item.kind === 'latest_figures') {
    if (dashboard === null) return null;
    if (dashboard.latest === null) return <p className="message message-info">{t('meetingMode.figuresNone', { quarter: formatQuarter(ended) })}</p>;
    return (
      <div className="meeting-figures">
        {dashboard.latest.quarter < ended && <p className="message message-info">{t('meetingMode.figuresNotIn', { quarter: formatQuarter(ended), latest: formatQuarter(dashboard.latest.quarter) })}</p>}
        <KeyFigures latest={dashboard.latest} />
        <OutcomeCharts dashboard={dashboard} />
      </div>
    );
  }
  if (item.kind === 'feedback') return <a href="#/feedback">{t('meetingMode.openFeedback')}</a>;
  return null;
}

function ItemNotes({ item, onChanged }: { item: AgendaItem; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState(item.notes);
  const save = useAction(async () => {
    if (notes === item.notes) return;
    await call('updateAgendaItem', { id: item.id, title: item.title, notes });
    onChanged(t('meetings.notesSaved', { title: item.title }));
  });
  // Moving to another item or leaving the shared screen removes the field without a blur in every
  // browser: what was typed is saved on the way out too.
  const latest = useRef({ notes, item, onChanged, t });
  latest.current = { notes, item, onChanged, t };
  useEffect(
    () => () => {
      const { notes: typed, item: shown, onChanged: announce, t: say } = latest.current;
      if (typed === shown.notes) return;
      void call('updateAgendaItem', { id: shown.id, title: shown.title, notes: typed }).then(() => announce(say('meetings.notesSaved', { title: shown.title })));
    },
    [],
  );
  return (
    <div className="field">
      <label htmlFor={`notes-${item.id}`}>{t('meetingMode.notes')}</label>
      <textarea id={`notes-${item.id}`} rows={5} value={notes} onChange={(event) => setNotes(event.target.value)} onBlur={() => void save.run()} aria-describedby={`notes-${item.id}-hint`} />
      <span id={`notes-${item.id}-hint`} className="hint">
        {t('meetingMode.notesHint')}
      </span>
      <ErrorMessage error={save.error} />
    </div>
  );
}

/**
 * The shared screen during the meeting: full screen (asked for by the button that opens it), nothing of the
 * workbench around it, large type, one agenda item at a time, and everything the item needs (notes,
 * decisions, actions, the figures) on the same page. Page Down / Page Up (or Alt+→ / Alt+←) move between
 * items, Alt+N goes to the notes, Alt+D to a new decision, Alt+A to a new action, Esc leaves full screen
 * and the shared screen at once.
 */
export function MeetingMode({ meeting, decisions, mayDecide, notice, onChanged, onClose }: Props) {
  const { t } = useTranslation();
  const items = meeting.agenda.filter((item) => !item.dropped);
  const [index, setIndex] = useState(0);
  const [form, setForm] = useState<'decision' | 'action' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const item = items[Math.min(index, Math.max(items.length - 1, 0))];
  const setSharedScreen = useSharedScreenStore((state) => state.setActive);
  const formRef = useRef(form);
  formRef.current = form;
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    setSharedScreen(true);
    // The browser's own Esc (or F11) ends full screen without a key event reaching the page: that leaves the
    // shared screen too, unless a decision or an action is half written, which then stays on the screen.
    const onChange = () => {
      if (document.fullscreenElement === null && formRef.current === null) closeRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      setSharedScreen(false);
      leaveFullScreen();
    };
  }, [setSharedScreen]);

  useEffect(() => {
    headingRef.current?.focus();
  }, [index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // In a field, Page Up/Down and Esc keep their usual meaning (scrolling, closing a list), so a half-typed
      // decision is never lost; Alt+→ / Alt+← move between items from anywhere.
      const inField = event.target instanceof HTMLElement && event.target.closest('input, textarea, select') !== null;
      const next = (event.key === 'PageDown' && !inField) || (event.altKey && event.key === 'ArrowRight');
      const previous = (event.key === 'PageUp' && !inField) || (event.altKey && event.key === 'ArrowLeft');
      if (next || previous) {
        event.preventDefault();
        setForm(null);
        setIndex((current) => Math.max(0, Math.min(items.length - 1, current + (next ? 1 : -1))));
      } else if (event.key === 'Escape' && !inField) {
        event.preventDefault();
        onClose();
      } else if (event.altKey && (event.key === 'n' || event.key === 'N')) {
        event.preventDefault();
        rootRef.current?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
      } else if (event.altKey && (event.key === 'd' || event.key === 'D') && mayDecide) {
        event.preventDefault();
        setForm('decision');
      } else if (event.altKey && (event.key === 'a' || event.key === 'A')) {
        event.preventDefault();
        setForm('action');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items.length, mayDecide, onClose]);

  useEffect(() => {
    if (form !== null) rootRef.current?.querySelector<HTMLTextAreaElement>('.large-form textarea, .large-form input')?.focus();
  }, [form]);

  return (
    <div className="meeting-mode" ref={rootRef} role="region" aria-label={t('meetingMode.label', { date: formatDate(meeting.heldOn) })}>
      <div className="meeting-mode-bar">
        <span>{t('meetingMode.itemOf', { number: Math.min(index + 1, items.length), count: items.length })}</span>
        <span className="hint">{t('meetingMode.keys')}</span>
        <button type="button" onClick={onClose}>
          {t('meetingMode.leave')}
        </button>
      </div>
      <p role="status" className="message message-success status-line">
        {notice}
      </p>
      {item === undefined ? (
        <p>{t('meetingMode.noItems')}</p>
      ) : (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {item.title}
          </h1>
          <StandingBusiness key={item.id} item={item} meeting={meeting} onChanged={onChanged} />
          <ItemNotes key={`notes-${item.id}`} item={item} onChanged={onChanged} />
          {meeting.decisions
            .filter((decision) => decision.agendaItemId === item.id)
            .map((decision) => (
              <DecisionText key={decision.id} decision={decision} />
            ))}
          {meeting.actions.some((action) => action.agendaItemId === item.id) && <ActionsTable actions={meeting.actions.filter((action) => action.agendaItemId === item.id)} />}
          <div className="button-row">
            {mayDecide && (
              <button type="button" aria-expanded={form === 'decision'} onClick={() => setForm(form === 'decision' ? null : 'decision')}>
                {t('meetingMode.newDecision')}
              </button>
            )}
            <button type="button" aria-expanded={form === 'action'} onClick={() => setForm(form === 'action' ? null : 'action')}>
              {t('meetingMode.newAction')}
            </button>
          </div>
          {form === 'decision' && <DecisionForm large meeting={meeting} agendaItemId={item.id} earlier={decisions} onSaved={(message) => { setForm(null); onChanged(message); }} onCancel={() => setForm(null)} />}
          {form === 'action' && <ActionForm large meetingId={meeting.id} agendaItemId={item.id} decisions={decisions} onSaved={(message) => { setForm(null); onChanged(message); }} onCancel={() => setForm(null)} />}
          <div className="button-row meeting-mode-nav">
            <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
              {t('meetingMode.previous')}
            </button>
            <button type="button" disabled={index >= items.length - 1} onClick={() => setIndex(index + 1)}>
              {t('meetingMode.next')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
