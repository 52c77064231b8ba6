import { useTranslation } from 'react-i18next';
import type { AboutView } from '../../../../electron/core/about/about-view';
import './about.css';

/**
 * The version and where to report a problem, on the Settings card and the About page alike. The link opens
 * in a new window: the browser mode's tab stays on the workbench, and the desktop app hands it to the
 * system browser (it lets no page navigate the app's own window away).
 */
export function AboutFacts({ about }: { about: AboutView }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="facts">
        <dt>{t('about.version')}</dt>
        <dd data-testid="about-version">{about.version}</dd>
      </dl>
      <p>
        {t('about.report')}{' '}
        <a className="about-link" href={about.reportProblemUrl} target="_blank" rel="noreferrer">
          {about.reportProblemUrl}
          <span className="visually-hidden"> {t('about.newWindow')}</span>
        </a>
      </p>
      <p className="hint">{t('about.reportHint')}</p>
    </>
  );
}
