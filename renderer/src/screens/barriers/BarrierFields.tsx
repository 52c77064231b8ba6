import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { barrierStatuses, type BarrierStatus } from '../../../../electron/core/domain/barrier-terms';
import type { Member, Service } from '../../../../electron/core/committee/committee-types';
import { SelectField } from '../../ui/SelectField';

export type BarrierFieldValues = { localWording: string; serviceIds: string[]; ownerId: string | null; status: BarrierStatus };

/** How a barrier shows locally, whom it affects, who keeps an eye on it, and where it stands. */
export function BarrierFields({ value, onChange, members, services }: { value: BarrierFieldValues; onChange: (next: BarrierFieldValues) => void; members: Member[]; services: Service[] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-local`}>{t('barriers.localWording')}</label>
        <textarea id={`${id}-local`} rows={3} maxLength={4000} value={value.localWording} aria-describedby={`${id}-local-hint`} onChange={(event) => onChange({ ...value, localWording: event.target.value })} />
        <span id={`${id}-local-hint`} className="hint">
          {t('barriers.localWordingHint')}
        </span>
      </div>
      {services.length > 0 && (
        <fieldset className="checkboxes">
          <legend>{t('barriers.services')}</legend>
          {services.map((service) => (
            <label key={service.id} className="choice">
              <input
                type="checkbox"
                checked={value.serviceIds.includes(service.id)}
                onChange={(event) => onChange({ ...value, serviceIds: event.target.checked ? [...value.serviceIds, service.id] : value.serviceIds.filter((other) => other !== service.id) })}
              />
              {service.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="form-grid">
        <SelectField
          label={t('barriers.owner')}
          value={value.ownerId ?? ''}
          onChange={(owner) => onChange({ ...value, ownerId: owner === '' ? null : owner })}
          emptyLabel={t('barriers.noOwner')}
          options={members.map((member) => ({ value: member.id, label: member.name }))}
        />
        <SelectField
          label={t('barriers.status')}
          value={value.status}
          onChange={(status) => onChange({ ...value, status: barrierStatuses.find((candidate) => candidate === status) ?? 'active' })}
          options={barrierStatuses.map((status) => ({ value: status, label: t(`barrierStatus.${status}`) }))}
        />
      </div>
    </>
  );
}
