import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceStore } from '../state/workspace-store';
import { useAction } from '../ui/use-action';
import { ErrorMessage } from '../ui/ErrorMessage';
import { FirstRun } from '../screens/FirstRun';
import { Recovery } from '../screens/Recovery';
import { Shell } from './Shell';

/** Chooses the screen for the state of the database: set-up, recovery, or the workbench itself. */
export function App() {
  const { t } = useTranslation();
  const workspace = useWorkspaceStore((state) => state.workspace);
  const refresh = useWorkspaceStore((state) => state.refresh);
  const { run, error } = useAction(refresh);

  useEffect(() => {
    void run();
  }, [run]);

  useEffect(() => {
    document.title = workspace?.committee ? `${workspace.committee.name} — ${t('app.title')}` : t('app.title');
  }, [workspace, t]);

  if (workspace === null) {
    return (
      <main className="centered" id="main">
        {error === null ? <p aria-live="polite">{t('app.loading')}</p> : <ErrorMessage error={error} />}
      </main>
    );
  }
  if (workspace.status === 'problem') return <Recovery workspace={workspace} />;
  if (workspace.status === 'setup') return <FirstRun workspace={workspace} />;
  return <Shell workspace={workspace} />;
}
