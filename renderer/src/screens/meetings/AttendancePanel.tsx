import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetails } from '../../../../electron/core/meetings/meeting-types';
import { call } from '../../api/api-client';
import { useWorkspaceStore } from '../../state/workspace-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';
import { TableBox } from '../../ui/TableBox';
import { addressContext } from '../../format/address-context';
import type { AddressForm } from '../../../../electron/core/domain/address-forms';

const presences = ['present', 'apologies', 'absent'] as const;
type Presence = (typeof presences)[number];

/** Who came, who sent apologies; guests by name. Service-user representatives are marked in words. */
export function AttendancePanel({ meeting, onSaved }: { meeting: MeetingDetails; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const members = useWorkspaceStore((state) => state.members);
  const recorded = new Map(meeting.attendees.flatMap((attendee) => (attendee.memberId === null ? [] : [[attendee.memberId, attendee] as const])));
  const eligible = members.filter((member) => recorded.has(member.id) || (member.activeFrom <= meeting.heldOn && (member.activeTo === null || member.activeTo >= meeting.heldOn)));
  const [presence, setPresence] = useState<Record<string, Presence>>(() => Object.fromEntries(eligible.map((member) => [member.id, recorded.get(member.id)?.presence ?? 'absent'])));
  const [guests, setGuests] = useState(meeting.attendees.filter((attendee) => attendee.memberId === null).map((guest) => ({ name: guest.name, organisation: guest.organisation, presence: guest.presence })));
  const save = useAction(async () => {
    await call('setAttendance', {
      meetingId: meeting.id,
      members: Object.entries(presence).flatMap(([memberId, value]) => (value === 'absent' ? [] : [{ memberId, presence: value }])),
      guests: guests.filter((guest) => guest.name.trim() !== ''),
    });
    onSaved(t('meetings.attendanceSaved'));
  });
  // Czech agrees with the person: "Přítomna", "Přítomen", or the neutral "Přítomnost" for one who chose neither.
  const choicesFor = (form: AddressForm) => presences.map((value) => ({ value, label: t(`meetings.presence.${value}`, { context: addressContext(form) }) }));
  return (
    <form
      className="card"
      aria-labelledby="attendance-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run();
      }}
    >
      <h2 id="attendance-title">{t('meetings.attendance')}</h2>
      <TableBox label={t('meetings.attendance')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('members.role')}</th>
              <th scope="col">{t('meetings.presenceLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {eligible.map((member) => {
              const role = recorded.get(member.id)?.role ?? member.role;
              return (
                <tr key={member.id}>
                  <th scope="row">{member.name}</th>
                  <td>{role === 'service_user_rep' ? <span className="badge badge-user">{t('roles.service_user_rep', { context: addressContext(member.addressForm) })}</span> : t(`roles.${role}`, { context: addressContext(member.addressForm) })}</td>
                  <td>
                    <SelectField hideLabel label={t('meetings.presenceOf', { name: member.name })} value={presence[member.id] ?? 'absent'} options={choicesFor(member.addressForm)} onChange={(value) => setPresence({ ...presence, [member.id]: presences.find((choice) => choice === value) ?? 'absent' })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableBox>
      <h3>{t('meetings.guests')}</h3>
      {guests.map((guest, index) => (
        <div key={index} className="inline-form">
          <TextField label={t('meetings.guestName')} value={guest.name} onChange={(name) => setGuests(guests.map((item, at) => (at === index ? { ...item, name } : item)))} />
          <TextField label={t('members.organisation')} value={guest.organisation} onChange={(organisation) => setGuests(guests.map((item, at) => (at === index ? { ...item, organisation } : item)))} />
          <button type="button" className="link-button" onClick={() => setGuests(guests.filter((_item, at) => at !== index))}>
            {t('common.remove')}
          </button>
        </div>
      ))}
      <div className="button-row">
        <button type="button" onClick={() => setGuests([...guests, { name: '', organisation: '', presence: 'present' }])}>
          {t('meetings.addGuest')}
        </button>
        <button type="submit" disabled={save.busy}>
          {t('meetings.saveAttendance')}
        </button>
      </div>
      <ErrorMessage error={save.error} />
    </form>
  );
}
