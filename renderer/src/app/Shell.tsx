import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import { sections, useRoute, type Route } from '../state/use-route';
import { Dashboard } from '../screens/Dashboard';
import { Settings } from '../screens/Settings';
import { Glossary } from '../screens/Glossary';
import { About } from '../screens/About';
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
import { useSharedScreenStore } from './shared-screen-store';
import { SharingStatusLine } from './SharingStatusLine';
import { useReceivedChanges } from './use-received-changes';

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
      if (detail === 'glossary') return <Glossary />;
      return detail === 'about' ? <About /> : <Settings workspace={workspace} focusSharing={detail === 'sharing'} />;
  }
}

export function Shell({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const route = useRoute();
  const section = route.section;
  const mainRef = useRef<HTMLElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const [menuOpen, setMenuOpen] = useState(false);
  const presenting = useSharedScreenStore((state) => state.active);
  const received = useReceivedChanges();

  // Moving focus to the new section tells keyboard and screen-reader users that the page changed.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [route]);

  // On a narrow window (or with large text) the navigation and the top bar's controls fold behind the menu
  // button (styles.css). Opened, it takes the focus to the current section; Escape closes it and gives the
  // focus back to the button.
  useEffect(() => {
    if (!menuOpen) return;
    const links = navRef.current;
    (links?.querySelector<HTMLAnchorElement>('a[aria-current="page"]') ?? links?.querySelector<HTMLAnchorElement>('a'))?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const inMenu = event.target instanceof Node && (navRef.current?.contains(event.target) === true || menuButtonRef.current === event.target);
      setMenuOpen(false);
      if (inMenu) menuButtonRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  // During a meeting on the shared screen (MeetingMode) the page shows nothing but the meeting; the
  // elements stay in their places, so the section keeps its state.
  return (
    <div className="shell">
      <div className={['shell-layout', presenting ? 'shell-presenting' : '', menuOpen ? 'menu-open' : ''].filter(Boolean).join(' ')}>
        {!presenting && (
          <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); mainRef.current?.focus(); }}>
            {t('app.skipToContent')}
          </a>
        )}
        {!presenting && (
          <header className="topbar">
            <button ref={menuButtonRef} type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="topbar-controls section-nav" onClick={() => setMenuOpen(!menuOpen)}>
              <span className="menu-icon" aria-hidden="true" />
              {t('nav.menu')}
            </button>
            <div className="brand">
              <span className="brand-name">{t('app.title')}</span>
              <span className="committee-name">{workspace.committee?.name}</span>
              {workspace.committee?.isDemo === true && <span className="badge badge-demo">{t('header.demoBadge')}</span>}
            </div>
            <div className="topbar-controls" id="topbar-controls">
              <SharingStatusLine />
              <WorkingAs workspace={workspace} />
              <LanguagePicker />
              <a className="topbar-link" href="#/settings/glossary">
                {t('header.glossary')}
              </a>
            </div>
          </header>
        )}
        {!presenting && (
          <nav ref={navRef} id="section-nav" className="sidebar" aria-label={t('nav.label')}>
            <ul>
              {sections.map((name) => (
                <li key={name}>
                  <a
                    href={`#/${name}`}
                    aria-current={name === section ? 'page' : undefined}
                    onClick={() => {
                      setMenuOpen(false);
                      // The same address again changes no route: the focus still leaves the folded menu.
                      if (name === section && route.detail === null) mainRef.current?.focus();
                    }}
                  >
                    {t(`nav.${name}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main className="content" id="main" ref={mainRef} tabIndex={-1}>
          {received.pending && (
            <p className="message received-changes" role="status">
              {t('sharing.receivedWhileEditing')}{' '}
              <button type="button" className="link-button" onClick={received.show}>
                {t('sharing.showReceived')}
              </button>
            </p>
          )}
          <SectionScreen key={received.revision} route={route} workspace={workspace} />
        </main>
      </div>
    </div>
  );
}
