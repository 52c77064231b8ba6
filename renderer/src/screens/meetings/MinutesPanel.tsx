import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetails } from '../../../../electron/core/meetings/meeting-types';
import { call } from '../../api/api-client';
import { downloadBase64 } from '../../api/file-transfer';
import { formatDate, todayIso } from '../../format/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';

/** The minutes in Word, and their approval (usually at the next meeting), after which decisions are versioned. */
export function MinutesPanel({ meeting, onChanged }: { meeting: MeetingDetails; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [approvedOn, setApprovedOn] = useState(todayIso());
  const exportMinutes = useAction(async () => {
    const file = await call('exportMinutes', { meetingId: meeting.id });
    downloadBase64(file.fileName, file.mimeType, file.contentBase64);
    onChanged(t('minutes.exported', { file: file.fileName }));
  });
  const approve = useAction(async () => {
    await call('approveMinutes', { meetingId: meeting.id, approvedOn });
    onChanged(t('minutes.approvedNotice'));
  });
  return (
    <section className="card" aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t('minutes.title')}</h2>
      <p>{t('minutes.explain')}</p>
      <button type="button" onClick={() => void exportMinutes.run()} disabled={exportMinutes.busy}>
        {t('minutes.export')}
      </button>
      <ErrorMessage error={exportMinutes.error} />
      <h3>{t('minutes.approval')}</h3>
      {meeting.minutesApprovedOn === null ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void approve.run();
          }}
        >
          <p>{t('minutes.notApproved')}</p>
          <TextField label={t('minutes.approvedOn')} type="date" value={approvedOn} onChange={setApprovedOn} />
          <button type="submit" disabled={approve.busy}>
            {t('minutes.approve')}
          </button>
        </form>
      ) : (
        <p>{t('minutes.approvedOnDate', { date: formatDate(meeting.minutesApprovedOn) })}</p>
      )}
      <ErrorMessage error={approve.error} />
    </section>
  );
}
