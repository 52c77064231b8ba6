import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../../electron/core/meetings/meeting-types';
import { call } from '../../api/api-client';
import { enterFullScreen } from '../../app/enter-full-screen';
import { formatDate } from '../../format/format';
import { useCurrentMember } from '../../state/use-current-member';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Tabs } from '../../ui/Tabs';
import { useAction } from '../../ui/use-action';
import { useSectionData } from '../../ui/use-section-data';
import { ActionForm } from './ActionForm';
import { ActionReview } from './ActionReview';
import { ActionsTable } from './ActionsTable';
import { AgendaPanel } from './AgendaPanel';
import { AttendancePanel } from './AttendancePanel';
import { DecisionForm } from './DecisionForm';
import { DecisionText } from './DecisionText';
import { MeetingFields, type MeetingFieldValues } from './MeetingFields';
import { MeetingMode } from './MeetingMode';
import { MinutesPanel } from './MinutesPanel';

/** One meeting, from preparation to minutes. */
export function MeetingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useCurrentMember();
  const [tab, setTab] = useState('prepare');
  const [editing, setEditing] = useState<string | null>(null);
  const [presenting, setPresenting] = useState(false);
  const load = useCallback(async () => {
    const [meeting, decisions] = await Promise.all([call('getMeeting', { id }), call('listDecisions', {})]);
    return { meeting, decisions };
  }, [id]);
  const { loaded, error, notice, announce } = useSectionData(load);
  const [fields, setFields] = useState<MeetingFieldValues | null>(null);
  const saveFields = useAction(async () => {
    if (fields === null) return;
    await call('updateMeeting', { id, ...fields });
    setFields(null);
    announce(t('common.saved'));
  });

  if (loaded === null) return error === null ? <p>{t('app.loading')}</p> : <ErrorMessage error={error} />;
  const { meeting, decisions } = loaded;
  const earlier: Decision[] = decisions.filter((decision) => decision.meetingDate <= meeting.heldOn);
  const mayDecide = me?.role !== 'observer';

  if (presenting) return <MeetingMode meeting={meeting} decisions={earlier} mayDecide={mayDecide} notice={notice} onChanged={announce} onClose={() => setPresenting(false)} />;

  return (
    <article aria-labelledby="section-title">
      <p>
        <a href="#/meetings">{t('meetings.back')}</a>
      </p>
      <h1 id="section-title">
        {t('meetings.titleOn', { date: formatDate(meeting.heldOn) })}
        {meeting.kind === 'extraordinary' && <span className="badge">{t('meetings.kindNames.extraordinary')}</span>}
      </h1>
      <p className="lead">
        {meeting.online ? t('meetings.online') : meeting.place} · {t('meetings.presentCount', { count: meeting.presentCount })}
      </p>
      <p role="status" className="message message-success status-line">
        {notice}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() => {
            // Full screen is granted only in answer to the user's own click, so it is asked for here.
            enterFullScreen();
            setPresenting(true);
          }}
        >
          {t('meetingMode.start')}
        </button>
      </div>
      <Tabs
        label={t('meetings.partsLabel')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            id: 'prepare',
            label: t('meetings.prepare'),
            content: () => (
              <>
                <details className="card" open={fields !== null} onToggle={(event) => setFields(event.currentTarget.open ? (fields ?? { heldOn: meeting.heldOn, kind: meeting.kind, place: meeting.place, online: meeting.online }) : null)}>
                  <summary>{t('meetings.details')}</summary>
                  {fields !== null && (
                    <form
                      onSubmit={(event) => {
                        event.preventDefault();
                        void saveFields.run();
                      }}
                    >
                      <MeetingFields values={fields} onChange={setFields} />
                      <button type="submit">{t('common.save')}</button>
                      <ErrorMessage error={saveFields.error} />
                    </form>
                  )}
                </details>
                <AttendancePanel key={meeting.attendees.map((attendee) => attendee.id).join()} meeting={meeting} onSaved={announce} />
                <AgendaPanel meeting={meeting} onChanged={announce} />
              </>
            ),
          },
          {
            id: 'decisions',
            label: t('meetings.decisionsTab', { count: meeting.decisions.length }),
            content: () => (
              <>
                {meeting.decisions.length === 0 && <p>{t('decisions.noneYet')}</p>}
                <ul className="plain-list">
                  {meeting.decisions.map((decision) => (
                    <li key={decision.id} className="card">
                      {editing === decision.id ? (
                        <DecisionForm meeting={meeting} agendaItemId={decision.agendaItemId} decision={decision} earlier={earlier} onSaved={(message) => { setEditing(null); announce(message); }} onCancel={() => setEditing(null)} />
                      ) : (
                        <>
                          <DecisionText decision={decision} />
                          {mayDecide && (
                            <button type="button" onClick={() => setEditing(decision.id)}>
                              {t('decisions.edit', { label: decision.label })}
                            </button>
                          )}
                        </>
                      )}
                    </li>
                  ))}
                </ul>
                {mayDecide ? <DecisionForm meeting={meeting} agendaItemId={null} earlier={earlier} onSaved={announce} /> : <p className="message message-info">{t('decisions.observerNote')}</p>}
              </>
            ),
          },
          {
            id: 'actions',
            label: t('meetings.actionsTab'),
            content: () => (
              <>
                <section className="card" aria-labelledby="earlier-title">
                  <h2 id="earlier-title">{t('actions.earlierTitle')}</h2>
                  {meeting.earlierActions.length === 0 ? (
                    <p>{t('actions.noneEarlier')}</p>
                  ) : (
                    <ul className="plain-list">
                      {meeting.earlierActions.map((action) => (
                        <ActionReview key={action.id} action={action} meetingId={meeting.id} onSaved={announce} />
                      ))}
                    </ul>
                  )}
                </section>
                <section className="card" aria-labelledby="new-actions-title">
                  <h2 id="new-actions-title">{t('actions.fromThisMeeting')}</h2>
                  {meeting.actions.length === 0 ? <p>{t('actions.noneHere')}</p> : <ActionsTable actions={meeting.actions} />}
                  <ActionForm meetingId={meeting.id} agendaItemId={null} decisions={earlier} onSaved={announce} />
                </section>
              </>
            ),
          },
          { id: 'minutes', label: t('minutes.title'), content: () => <MinutesPanel meeting={meeting} onChanged={announce} /> },
        ]}
      />
    </article>
  );
}
