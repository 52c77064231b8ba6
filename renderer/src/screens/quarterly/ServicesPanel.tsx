import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../electron/core/committee/committee-types';
import { call } from '../../api/api-client';
import { formatDate, todayIso } from '../../format/format';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { TextField } from '../../ui/TextField';
import { TableBox } from '../../ui/TableBox';

function ServiceForm({ service, onSaved, onCancel }: { service: Service | null; onSaved: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(service?.name ?? '');
  const [provider, setProvider] = useState(service?.provider ?? '');
  const [startDate, setStartDate] = useState(service?.startDate ?? todayIso());
  const save = useAction(async () => {
    if (service === null) await call('addService', { name, provider, startDate });
    else await call('updateService', { id: service.id, name, provider, startDate });
    onSaved(name.trim());
  });
  return (
    <form onSubmit={(event) => { event.preventDefault(); void save.run(); }} onKeyDown={(event) => { if (event.key === 'Escape') onCancel(); }}>
      <h3>{service === null ? t('services.add') : t('services.editTitle', { name: service.name })}</h3>
      <div className="form-grid">
        <TextField label={t('service.name')} required maxLength={200} value={name} onChange={setName} autoFocus />
        <TextField label={t('service.provider')} maxLength={200} value={provider} onChange={setProvider} />
        <TextField label={t('service.startDate')} type="date" required value={startDate} onChange={setStartDate} />
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={save.busy}>
          {service === null ? t('services.add') : t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <ErrorMessage error={save.error} />
    </form>
  );
}

/** The committee's IPS services; an import also adds any service it names that is not here yet. */
export function ServicesPanel({ services, onChanged }: { services: Service[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  const [notice, setNotice] = useState('');
  const saved = (message: string) => {
    setNotice(message);
    setEditing(null);
    onChanged();
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('services.title')}</h2>
      <p className="hint">{t('services.fteHint')}</p>
      {services.length === 0 ? (
        <p>{t('dashboard.noServices')}</p>
      ) : (
        <TableBox label={t('services.title')}>
          <table>
            <caption className="visually-hidden">{t('services.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('service.name')}</th>
                <th scope="col">{t('service.provider')}</th>
                <th scope="col">{t('service.startDate')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {services.map((service) => (
                <tr key={service.id}>
                  <th scope="row">{service.name}</th>
                  <td>{service.provider}</td>
                  <td>{formatDate(service.startDate)}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => { setNotice(''); setEditing(service); }}>
                      {t('common.edit')}
                      <span className="visually-hidden"> {service.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
      <p role="status" className="status-line">
        {notice}
      </p>
      {editing === null ? (
        <button type="button" onClick={() => { setNotice(''); setEditing('new'); }}>
          {t('services.add')}
        </button>
      ) : (
        <ServiceForm
          key={editing === 'new' ? 'new' : editing.id}
          service={editing === 'new' ? null : editing}
          onSaved={(name) => saved(editing === 'new' ? t('services.added', { name }) : t('services.updated', { name }))}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
