import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import { sections, useRoute, type Route } from '../state/use-route';
import { Dashboard } from '../screens/Dashboard';
import { Settings } from '../screens/Settings';
import { Glossary } from '../screens/Glossary';
import { QuarterlyData } from '../screens/QuarterlyData';
import { Barriers } from '../screens/Barriers';
import { BarrierPage } from '../screens/barriers/BarrierPage';
import { Fidelity } from '../screens/Fidelity';
import { ReviewPage } from '../screens/fidelity/ReviewPage';
import { Meetings } from '../screens/Meetings';
import { Feedback } from '../screens/Feedback';
import { Reports } from '../screens/Reports';
import { MeetingPage } from '../screens/meetings/MeetingPage';
import { WorkingAs } from './WorkingAs';
import { LanguagePicker } from './LanguagePicker';

function SectionScreen({ route: { section, detail }, workspace }: { route: Route; workspace: WorkspaceView }) {
  switch (section) {
    case 'dashboard':
      return <Dashboard workspace={workspace} />;
    case 'quarterly':
      return <QuarterlyData />;
    case 'barriers':
      return detail === null ? <Barriers /> : <BarrierPage id={detail} />;
    case 'meetings':
      return detail === null ? <Meetings /> : <MeetingPage id={detail} />;
    case 'feedback':
      return <Feedback />;
    case 'fidelity':
      return detail === null ? <Fidelity /> : <ReviewPage id={detail} />;
    case 'reports':
      return <Reports />;
    case 'settings':
      return detail === 'glossary' ? <Glossary /> : <Settings workspace={workspace} />;
  }
}

export function Shell({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const route = useRoute();
  const section = route.section;
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // Moving focus to the new section tells keyboard and screen-reader users that the page changed.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [route]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); mainRef.current?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.title')}</span>
          <span className="committee-name">{workspace.committee?.name}</span>
          {workspace.committee?.isDemo === true && <span className="badge badge-demo">{t('header.demoBadge')}</span>}
        </div>
        <div className="topbar-controls">
          <WorkingAs workspace={workspace} />
          <LanguagePicker />
          <a className="topbar-link" href="#/settings/glossary">
            {t('header.glossary')}
          </a>
        </div>
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {sections.map((name) => (
            <li key={name}>
              <a href={`#/${name}`} aria-current={name === section ? 'page' : undefined}>
                {t(`nav.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" id="main" ref={mainRef} tabIndex={-1}>
        <SectionScreen route={route} workspace={workspace} />
      </main>
    </div>
  );
}
