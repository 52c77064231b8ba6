import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../electron/core/committee/committee-types';
import { memberRoles, type MemberRole } from '../../../electron/core/domain/member-roles';
import { addressForms, type AddressForm } from '../../../electron/core/domain/address-forms';
import type { MemberFields } from '../../../electron/core/committee/save-member';
import { todayIso } from '../format/format';
import { useAction } from '../ui/use-action';
import { ErrorMessage } from '../ui/ErrorMessage';
import { RecordHistory } from './audit/RecordHistory';
import { TextField } from '../ui/TextField';
import { SelectField } from '../ui/SelectField';
import { addressContext } from '../format/address-context';

type Props = {
  member: Member | null;
  onSave: (fields: MemberFields) => Promise<void>;
  onCancel: () => void;
};

/** Adds a member or changes one; ending a membership keeps the person in the records as a former member. */
export function MemberForm({ member, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(member?.name ?? '');
  const [organisation, setOrganisation] = useState(member?.organisation ?? '');
  const [role, setRole] = useState<MemberRole>(member?.role ?? 'member');
  const [addressForm, setAddressForm] = useState<AddressForm>(member?.addressForm ?? 'neutral');
  const [activeFrom, setActiveFrom] = useState(member?.activeFrom ?? todayIso());
  const [activeTo, setActiveTo] = useState(member?.activeTo ?? '');
  const save = useAction(async () => onSave({ name, organisation, role, addressForm, activeFrom, activeTo: activeTo === '' ? null : activeTo }));
  const title = member === null ? t('members.addTitle') : t('members.editTitle', { name: member.name });

  return (
    <form
      className="card member-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => { event.preventDefault(); void save.run(); }}
      onKeyDown={(event) => { if (event.key === 'Escape') onCancel(); }}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="form-grid">
        <TextField label={t('members.name')} required maxLength={200} value={name} onChange={setName} autoFocus />
        <TextField label={t('members.organisation')} maxLength={200} value={organisation} onChange={setOrganisation} />
        <SelectField
          label={t('members.role')}
          value={role}
          onChange={(chosen) => setRole(memberRoles.find((option) => option === chosen) ?? 'member')}
          options={memberRoles.map((option) => ({ value: option, label: t(`roles.${option}`, { context: addressContext(addressForm) }) }))}
        />
        <SelectField
          label={t('members.addressForm')}
          hint={t('members.addressFormHint')}
          value={addressForm}
          onChange={(chosen) => setAddressForm(addressForms.find((option) => option === chosen) ?? 'neutral')}
          options={addressForms.map((option) => ({ value: option, label: t(`members.addressForms.${option}`) }))}
        />
        <TextField label={t('members.activeFrom')} type="date" required value={activeFrom} onChange={setActiveFrom} />
        <TextField label={t('members.activeTo')} type="date" min={activeFrom} value={activeTo} onChange={setActiveTo} hint={t('members.activeToHint')} />
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={save.busy}>
          {member === null ? t('members.add') : t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <ErrorMessage error={save.error} />
      {member !== null && <RecordHistory table="member" id={member.id} />}
    </form>
  );
}
