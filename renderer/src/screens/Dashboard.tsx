import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import type { Dashboard as DashboardData } from '../../../electron/core/figures/build-dashboard';
import { call } from '../api/api-client';
import { formatNumber, formatQuarter } from '../format/format';
import { isActiveMember } from '../app/is-active-member';
import { useWorkspaceStore } from '../state/workspace-store';
import { useCurrentMember } from '../state/use-current-member';
import { ErrorMessage } from '../ui/ErrorMessage';
import { KeyFigures } from './dashboard/KeyFigures';
import { OutcomeCharts } from './dashboard/OutcomeCharts';
import { ServicesTable } from './dashboard/ServicesTable';
import { TargetsProgress } from './dashboard/TargetsProgress';

export function Dashboard({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const members = useWorkspaceStore((state) => state.members);
  const me = useCurrentMember();
  const [dashboard, setDashboard] = useState<DashboardData | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    call('getDashboard', {}).then(setDashboard, setError);
  }, [workspace.path]);

  const active = members.filter(isActiveMember);
  const userReps = active.filter((member) => member.role === 'service_user_rep');

  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('nav.dashboard')}</h1>
      {me?.role === 'service_user_rep' && (
        <aside className="card voice-card" aria-labelledby="voice-title">
          <h2 id="voice-title">{t('dashboard.voiceTitle', { name: me.name })}</h2>
          <p>{t('dashboard.voiceText')}</p>
          <a className="button-link" href="#/feedback">
            {t('dashboard.voiceLink')}
          </a>
        </aside>
      )}
      <ErrorMessage error={error} />
      {dashboard !== null && dashboard.latest === null && (
        <p className="message message-info">
          {t('dashboard.noFigures')} <a href="#/quarterly">{t('dashboard.goImport')}</a>
        </p>
      )}
      {dashboard?.latest != null && (
        <>
          <h2>{t('dashboard.latestQuarter', { quarter: formatQuarter(dashboard.latest.quarter) })}</h2>
          <KeyFigures latest={dashboard.latest} />
        </>
      )}
      {dashboard?.targets != null && <TargetsProgress progress={dashboard.targets} />}
      {dashboard !== null && dashboard.latest !== null && <OutcomeCharts dashboard={dashboard} />}
      {dashboard !== null && <ServicesTable dashboard={dashboard} />}
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
            <dt>{t('dashboard.servicesCount')}</dt>
            <dd>{dashboard === null ? '' : formatNumber(dashboard.services.length)}</dd>
          </dl>
        </div>
        <div className="card">
          <h2>{t('dashboard.members')}</h2>
          <p className="big-number">{formatNumber(active.length)}</p>
          <p>{t('dashboard.userReps', { count: userReps.length, formatted: formatNumber(userReps.length) })}</p>
          <a href="#/settings">{t('dashboard.manageMembers')}</a>
        </div>
      </div>
    </section>
  );
}
