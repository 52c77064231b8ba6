import { useTranslation } from 'react-i18next';
import { meetingKinds } from '../../../../electron/core/domain/meeting-terms';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

export type MeetingFieldValues = { heldOn: string; kind: (typeof meetingKinds)[number]; place: string; online: boolean };

/** Date, kind and place of a meeting: the same fields when creating one and when correcting it. */
export function MeetingFields({ values, onChange }: { values: MeetingFieldValues; onChange: (values: MeetingFieldValues) => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <TextField label={t('meetings.date')} type="date" required value={values.heldOn} onChange={(heldOn) => onChange({ ...values, heldOn })} />
      <SelectField
        label={t('meetings.kind')}
        value={values.kind}
        options={meetingKinds.map((kind) => ({ value: kind, label: t(`meetings.kindNames.${kind}`) }))}
        onChange={(kind) => onChange({ ...values, kind: meetingKinds.find((candidate) => candidate === kind) ?? 'regular' })}
      />
      <TextField label={t('meetings.place')} value={values.place} onChange={(place) => onChange({ ...values, place })} />
      <label className="choice">
        <input type="checkbox" checked={values.online} onChange={(event) => onChange({ ...values, online: event.target.checked })} />
        {t('meetings.online')}
      </label>
    </div>
  );
}
