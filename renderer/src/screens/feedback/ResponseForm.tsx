import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackEntry } from '../../../../electron/core/feedback/feedback-types';
import type { Action, Decision, MeetingSummary } from '../../../../electron/core/meetings/meeting-types';
import { feedbackStatuses } from '../../../../electron/core/domain/feedback-terms';
import { call } from '../../api/api-client';
import { formatDate, todayIso } from '../../format/format';
import { FormEnd } from '../../ui/FormEnd';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';

type Followed = { decisions: Decision[]; actions: Action[]; meetings: MeetingSummary[] };

/** The committee's answer: what became of the feedback, in plain words, and the decisions or actions that followed. */
export function ResponseForm({ entry, onSaved, onCancel }: { entry: FeedbackEntry; onSaved: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [options, setOptions] = useState<Followed>({ decisions: [], actions: [], meetings: [] });
  const [status, setStatus] = useState<(typeof feedbackStatuses)[number] | null>(entry.status === 'received' ? null : entry.status);
  const [response, setResponse] = useState(entry.response);
  const [reason, setReason] = useState(entry.reason);
  const [meetingId, setMeetingId] = useState(entry.meeting?.id ?? '');
  const [respondedOn, setRespondedOn] = useState(entry.respondedOn ?? todayIso());
  const [linked, setLinked] = useState(entry.links.filter((link) => link.kind === 'decision' || link.kind === 'action').map((link) => `${link.kind}:${link.ref}`));
  const [loadError, setLoadError] = useState<unknown>(null);
  useEffect(() => {
    Promise.all([call('listDecisions', {}), call('listActions', {}), call('listMeetings', {})]).then(([decisions, actions, meetings]) => setOptions({ decisions, actions, meetings }), setLoadError);
  }, []);
  const save = useAction(async () => {
    await call('respondToFeedback', {
      feedbackId: entry.id,
      status,
      response,
      reason,
      meetingId: meetingId === '' ? null : meetingId,
      respondedOn: status === 'received' ? null : respondedOn,
      links: linked.flatMap((key) => {
        const [kind, ref] = key.split(':');
        return (kind === 'decision' || kind === 'action') && ref !== undefined ? [{ kind, ref }] : [];
      }),
    });
    onSaved(t('feedback.answered'));
  });
  const toggle = (key: string, on: boolean) => setLinked(on ? [...linked, key] : linked.filter((item) => item !== key));
  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save.run();
      }}
    >
      <h3 id={`${id}-title`}>{t('feedback.answerTitle')}</h3>
      <fieldset>
        <legend>{t('feedback.statusLegend')}</legend>
        {feedbackStatuses.map((value) => (
          <label key={value} className="choice choice-block">
            <input type="radio" name={`${id}-status`} checked={status === value} onChange={() => setStatus(value)} />
            {t(`feedbackStatus.${value}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaField label={t('feedback.responseLabel')} hint={t('feedback.responseHint')} value={response} onChange={setResponse} rows={3} />
      {status === 'not_taken_up' && <TextAreaField label={t('feedback.reasonLabel')} value={reason} onChange={setReason} rows={2} />}
      <div className="form-grid">
        <SelectField label={t('feedback.atMeeting')} value={meetingId} emptyLabel={t('feedback.noMeeting')} options={options.meetings.map((meeting) => ({ value: meeting.id, label: formatDate(meeting.heldOn) }))} onChange={setMeetingId} />
        <TextField label={t('feedback.respondedOn')} type="date" value={respondedOn} onChange={setRespondedOn} />
      </div>
      <details>
        <summary>{t('feedback.followedTitle')}</summary>
        <fieldset className="checkboxes">
          <legend>{t('decisions.registerTitle')}</legend>
          {options.decisions.map((decision) => (
            <label key={decision.id} className="choice">
              <input type="checkbox" checked={linked.includes(`decision:${decision.id}`)} onChange={(event) => toggle(`decision:${decision.id}`, event.target.checked)} />
              {decision.label} – {decision.wording}
            </label>
          ))}
        </fieldset>
        <fieldset className="checkboxes">
          <legend>{t('actions.overviewTitle')}</legend>
          {options.actions.map((action) => (
            <label key={action.id} className="choice">
              <input type="checkbox" checked={linked.includes(`action:${action.id}`)} onChange={(event) => toggle(`action:${action.id}`, event.target.checked)} />
              {action.title}
            </label>
          ))}
        </fieldset>
      </details>
      <FormEnd error={save.error ?? loadError} submitLabel={t('feedback.saveAnswer')} busy={save.busy} onCancel={onCancel} />
    </form>
  );
}
