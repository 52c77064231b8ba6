import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import { languages, type Language } from '../../../electron/core/domain/languages';
import { call } from '../api/api-client';
import { changeLanguage, currentLanguage } from '../i18n/i18n';
import { useWorkspaceStore } from '../state/workspace-store';
import { useAction } from '../ui/use-action';
import { ErrorMessage } from '../ui/ErrorMessage';
import { LanguagePicker } from '../app/LanguagePicker';
import { DatabaseFileActions } from './DatabaseFileActions';

/** The two doors of a first start: look around in a demo committee, or set up one's own. */
export function FirstRun({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const id = useId();
  const show = useWorkspaceStore((state) => state.show);
  const [name, setName] = useState('');
  const [region, setRegion] = useState('');
  const [language, setLanguage] = useState<Language>(currentLanguage());

  const demo = useAction(async () => show(await call('createDemoCommittee', { language: currentLanguage() })));
  const setUp = useAction(async () => {
    const view = await call('setUpCommittee', { name, region, language });
    await changeLanguage(language);
    await show(view);
  });

  return (
    <div className="first-run">
      <header className="first-run-header">
        <h1>{t('firstRun.title')}</h1>
        <LanguagePicker />
      </header>
      <main id="main">
        <p className="lead">{t('firstRun.intro')}</p>
        <div className="doors">
          <section className="card" aria-labelledby={`${id}-demo`}>
            <h2 id={`${id}-demo`}>{t('firstRun.demoTitle')}</h2>
            <p>{t('firstRun.demoText')}</p>
            <button type="button" className="primary" disabled={demo.busy} onClick={() => void demo.run()}>
              {t('firstRun.demoButton')}
            </button>
            <ErrorMessage error={demo.error} />
          </section>
          <section className="card" aria-labelledby={`${id}-setup`}>
            <h2 id={`${id}-setup`}>{t('firstRun.setupTitle')}</h2>
            <p>{t('firstRun.setupText')}</p>
            <form onSubmit={(event) => { event.preventDefault(); void setUp.run(); }}>
              <div className="field">
                <label htmlFor={`${id}-name`}>{t('committee.name')}</label>
                <input id={`${id}-name`} required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} autoComplete="organization" />
              </div>
              <div className="field">
                <label htmlFor={`${id}-region`}>{t('committee.region')}</label>
                <input id={`${id}-region`} required maxLength={200} value={region} onChange={(event) => setRegion(event.target.value)} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-language`}>{t('committee.language')}</label>
                <select
                  id={`${id}-language`}
                  value={language}
                  aria-describedby={`${id}-language-hint`}
                  onChange={(event) => setLanguage(languages.find((option) => option === event.target.value) ?? 'en')}
                >
                  {languages.map((option) => (
                    <option key={option} value={option} lang={option}>
                      {t(`languages.${option}`)}
                    </option>
                  ))}
                </select>
                <span id={`${id}-language-hint`} className="hint">
                  {t('committee.languageHint')}
                </span>
              </div>
              <button type="submit" className="primary" disabled={setUp.busy}>
                {t('firstRun.setupButton')}
              </button>
              <ErrorMessage error={setUp.error} />
            </form>
          </section>
        </div>
        <section className="file-note" aria-labelledby={`${id}-file`}>
          <h2 id={`${id}-file`}>{t('firstRun.fileTitle')}</h2>
          <p>
            {t('firstRun.fileText')} <code>{workspace.path}</code>
          </p>
          <DatabaseFileActions workspace={workspace} />
        </section>
      </main>
    </div>
  );
}
