import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import type { Service } from '../../../electron/core/committee/committee-types';
import { call } from '../api/api-client';
import { formatDate, formatNumber } from '../format/format';
import { isActiveMember } from '../app/is-active-member';
import { useWorkspaceStore } from '../state/workspace-store';
import { ErrorMessage } from '../ui/ErrorMessage';

export function Dashboard({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const members = useWorkspaceStore((state) => state.members);
  const [services, setServices] = useState<Service[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    call('listServices', {}).then(setServices, setError);
  }, [workspace.path]);

  const active = members.filter(isActiveMember);
  const userReps = active.filter((member) => member.role === 'service_user_rep');

  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('nav.dashboard')}</h1>
      <div className="summary-grid">
        <div className="card">
          <h2>{t('dashboard.committee')}</h2>
          <dl className="facts">
            <dt>{t('committee.name')}</dt>
            <dd>{workspace.committee?.name}</dd>
            <dt>{t('committee.region')}</dt>
            <dd>{workspace.committee?.region}</dd>
            <dt>{t('committee.language')}</dt>
            <dd>{workspace.committee === null ? '' : t(`languages.${workspace.committee.language}`)}</dd>
          </dl>
        </div>
        <div className="card">
          <h2>{t('dashboard.members')}</h2>
          <p className="big-number">{formatNumber(active.length)}</p>
          <p>{t('dashboard.userReps', { count: userReps.length, formatted: formatNumber(userReps.length) })}</p>
          <a href="#/settings">{t('dashboard.manageMembers')}</a>
        </div>
      </div>
      <div className="card">
        <h2>{t('dashboard.services')}</h2>
        <ErrorMessage error={error} />
        {services !== null && services.length === 0 && <p>{t('dashboard.noServices')}</p>}
        {services !== null && services.length > 0 && (
          <table>
            <caption className="visually-hidden">{t('dashboard.services')}</caption>
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
      </div>
      <p className="message message-info">{t('dashboard.outcomesPending')}</p>
    </section>
  );
}
