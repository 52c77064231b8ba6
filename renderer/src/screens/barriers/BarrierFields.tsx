import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { barrierStatuses, type BarrierStatus } from '../../../../electron/core/domain/barrier-terms';
import type { Member, Service } from '../../../../electron/core/committee/committee-types';

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
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t('barriers.owner')}</label>
          <select id={`${id}-owner`} value={value.ownerId ?? ''} onChange={(event) => onChange({ ...value, ownerId: event.target.value === '' ? null : event.target.value })}>
            <option value="">{t('barriers.noOwner')}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('barriers.status')}</label>
          <select id={`${id}-status`} value={value.status} onChange={(event) => onChange({ ...value, status: barrierStatuses.find((status) => status === event.target.value) ?? 'active' })}>
            {barrierStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`barrierStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </>
  );
}
