import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../electron/core/committee/committee-types';
import { call } from '../../api/api-client';
import { formatDate, todayIso } from '../../format/format';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';

/** The committee's IPS services; an import also adds any service it names that is not here yet. */
export function ServicesPanel({ services, onChanged }: { services: Service[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [provider, setProvider] = useState('');
  const [startDate, setStartDate] = useState(todayIso());
  const [notice, setNotice] = useState('');
  const add = useAction(async () => {
    await call('addService', { name, provider, startDate });
    setNotice(t('services.added', { name: name.trim() }));
    setAdding(false);
    setName('');
    setProvider('');
    onChanged();
  });
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('services.title')}</h2>
      {services.length === 0 ? (
        <p>{t('dashboard.noServices')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('services.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('service.name')}</th>
              <th scope="col">{t('service.provider')}</th>
              <th scope="col">{t('service.startDate')}</th>
            </tr>
          </thead>
          <tbody>
            {services.map((service) => (
              <tr key={service.id}>
                <th scope="row">{service.name}</th>
                <td>{service.provider}</td>
                <td>{formatDate(service.startDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status" className="status-line">
        {notice}
      </p>
      {!adding ? (
        <button type="button" onClick={() => { setNotice(''); setAdding(true); }}>
          {t('services.add')}
        </button>
      ) : (
        <form onSubmit={(event) => { event.preventDefault(); void add.run(); }} onKeyDown={(event) => { if (event.key === 'Escape') setAdding(false); }}>
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`${id}-name`}>{t('service.name')}</label>
              <input id={`${id}-name`} required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} autoFocus />
            </div>
            <div className="field">
              <label htmlFor={`${id}-provider`}>{t('service.provider')}</label>
              <input id={`${id}-provider`} maxLength={200} value={provider} onChange={(event) => setProvider(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-start`}>{t('service.startDate')}</label>
              <input id={`${id}-start`} type="date" required value={startDate} onChange={(event) => setStartDate(event.target.value)} />
            </div>
          </div>
          <div className="button-row">
            <button type="submit" className="primary" disabled={add.busy}>
              {t('services.add')}
            </button>
            <button type="button" onClick={() => setAdding(false)}>
              {t('common.cancel')}
            </button>
          </div>
          <ErrorMessage error={add.error} />
        </form>
      )}
    </section>
  );
}
