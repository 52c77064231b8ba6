import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../electron/core/meetings/meeting-types';
import { call } from '../../api/api-client';
import { formatDate, todayIso } from '../../format/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/use-action';
import { MeetingFields, type MeetingFieldValues } from './MeetingFields';
import { TableBox } from '../../ui/TableBox';

/** The committee's meetings, newest first, and a new one prepared with the standing business. */
export function MeetingList({ meetings }: { meetings: MeetingSummary[] }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<MeetingFieldValues>({ heldOn: todayIso(), kind: 'regular', place: '', online: false });
  const create = useAction(async () => {
    const meeting = await call('createMeeting', fields);
    window.location.hash = `#/meetings/${meeting.id}`;
  });
  return (
    <>
      <form
        className="card"
        aria-labelledby="new-meeting-title"
        onSubmit={(event) => {
          event.preventDefault();
          void create.run();
        }}
      >
        <h2 id="new-meeting-title">{t('meetings.newTitle')}</h2>
        <p className="hint">{t('meetings.newExplain')}</p>
        <MeetingFields values={fields} onChange={setFields} />
        <button type="submit" disabled={create.busy}>
          {t('meetings.create')}
        </button>
        <ErrorMessage error={create.error} />
      </form>
      {meetings.length === 0 ? (
        <p>{t('meetings.none')}</p>
      ) : (
        <TableBox label={t('meetings.listCaption')}>
          <table>
            <caption className="visually-hidden">{t('meetings.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.date')}</th>
                <th scope="col">{t('meetings.place')}</th>
                <th scope="col">{t('meetings.presenceLabel')}</th>
                <th scope="col">{t('meetings.decisionsHeading')}</th>
                <th scope="col">{t('meetings.actionsHeading')}</th>
                <th scope="col">{t('minutes.title')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((meeting) => (
                <tr key={meeting.id}>
                  <th scope="row">
                    <a href={`#/meetings/${meeting.id}`}>{formatDate(meeting.heldOn)}</a>
                    {meeting.kind === 'extraordinary' && <span className="badge">{t('meetings.kindNames.extraordinary')}</span>}
                  </th>
                  <td>{meeting.online ? t('meetings.online') : meeting.place}</td>
                  <td>{t('meetings.presentCount', { count: meeting.presentCount })}</td>
                  <td>{meeting.decisionCount}</td>
                  <td>{meeting.actionCount}</td>
                  <td>{meeting.minutesApprovedOn === null ? t('minutes.draft') : t('minutes.approvedOnDate', { date: formatDate(meeting.minutesApprovedOn) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </>
  );
}
