import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, ActionProgress } from '../../../../electron/core/meetings/meeting-types';
import { actionStatuses } from '../../../../electron/core/domain/meeting-terms';
import { call } from '../../api/api-client';
import { formatDate } from '../../format/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';
import { ActionStatusText } from './ActionStatusText';

/** What this meeting records about one earlier action: its status now and a line on what happened. */
export function ActionReview({ action, meetingId, onSaved }: { action: Action & { review: ActionProgress | null }; meetingId: string; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(action.review?.status ?? action.status);
  const [note, setNote] = useState(action.review?.note ?? '');
  const [dropReason, setDropReason] = useState(action.dropReason);
  const save = useAction(async () => {
    await call('reviewAction', { actionId: action.id, meetingId, status, note, dropReason });
    onSaved(t('actions.reviewed', { title: action.title }));
  });
  return (
    <li className={action.overdue ? 'review-item action-overdue' : 'review-item'}>
      <p>
        <strong>{action.title}</strong> · {action.ownerName} · {t('actions.dueOn', { date: formatDate(action.dueDate) })} · <ActionStatusText action={action} />
      </p>
      <form
        className="inline-form"
        aria-label={t('actions.reviewOf', { title: action.title })}
        onSubmit={(event) => {
          event.preventDefault();
          void save.run();
        }}
      >
        <SelectField label={t('actions.statusNow')} value={status} options={actionStatuses.map((value) => ({ value, label: t(`actionStatus.${value}`) }))} onChange={(value) => setStatus(actionStatuses.find((candidate) => candidate === value) ?? 'open')} />
        <TextField label={t('actions.whatHappened')} value={note} onChange={setNote} />
        {status === 'dropped' && <TextField label={t('actions.dropReason')} value={dropReason} onChange={setDropReason} />}
        <button type="submit" disabled={save.busy}>
          {action.review === null ? t('actions.recordReview') : t('actions.updateReview')}
        </button>
      </form>
      <ErrorMessage error={save.error} />
    </li>
  );
}
