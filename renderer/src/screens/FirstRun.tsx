import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import { call } from '../api/api-client';
import type { Language } from '../../../electron/core/domain/languages';
import { changeLanguage, currentLanguage } from '../i18n/i18n';
import { useWorkspaceStore } from '../state/workspace-store';
import { useAction } from '../ui/use-action';
import { ErrorMessage } from '../ui/ErrorMessage';
import { LanguagePicker } from '../app/LanguagePicker';
import { DatabaseFileActions } from './DatabaseFileActions';
import { CommitteeFields, type CommitteeValues } from './CommitteeFields';
import { TextAreaField } from '../ui/TextAreaField';

/** The three doors of a first start: look around in a demo committee, set up one's own, or join a shared one with an invite. */
export function FirstRun({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const id = useId();
  const show = useWorkspaceStore((state) => state.show);
  const [fields, setFields] = useState({ name: '', region: '' });
  // The committee's language follows the page's language until it is chosen on its own: a coordinator who
  // switched the page to Čeština means a Czech committee unless they say otherwise.
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const values: CommitteeValues = { ...fields, language: chosenLanguage ?? currentLanguage() };
  const setValues = (next: CommitteeValues) => {
    setFields({ name: next.name, region: next.region });
    if (next.language !== values.language) setChosenLanguage(next.language);
  };

  const demo = useAction(async () => show(await call('createDemoCommittee', { language: currentLanguage() })));
  const [invite, setInvite] = useState('');
  // Started from an invite link the member clicked: the invite is filled in, and joining waits for their press.
  const joinButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    void call('takeInviteLink', {}).then((taken) => {
      if (taken.invite === null) return;
      setInvite(taken.invite);
      // On the button, so that Enter joins and a screen reader says what the page is waiting for.
      requestAnimationFrame(() => joinButton.current?.focus());
    });
  }, []);
  const join = useAction(async () => show(await call('joinCommittee', { invite })));
  const setUp = useAction(async () => {
    const view = await call('setUpCommittee', values);
    await changeLanguage(values.language);
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
              <CommitteeFields value={values} onChange={setValues} />
              <button type="submit" className="primary" disabled={setUp.busy}>
                {t('firstRun.setupButton')}
              </button>
              <ErrorMessage error={setUp.error} />
            </form>
          </section>
          <section className="card" aria-labelledby={`${id}-join`}>
            <h2 id={`${id}-join`}>{t('firstRun.joinTitle')}</h2>
            <p>{t('firstRun.joinText')}</p>
            <form onSubmit={(event) => { event.preventDefault(); void join.run(); }}>
              <TextAreaField label={t('firstRun.joinInvite')} value={invite} onChange={setInvite} rows={3} spellCheck={false} hint={t('firstRun.joinHint')} />
              <button ref={joinButton} type="submit" className="primary" disabled={join.busy || invite.trim() === ''}>
                {t(join.busy ? 'firstRun.joining' : 'firstRun.joinButton')}
              </button>
              <ErrorMessage error={join.error} />
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
