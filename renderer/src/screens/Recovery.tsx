import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import { LanguagePicker } from '../app/LanguagePicker';
import { DatabaseFileActions } from './DatabaseFileActions';

/** Shown instead of the workbench when the file cannot be used; the file itself is left untouched. */
export function Recovery({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const problem = workspace.status === 'problem' ? workspace.problem : null;
  return (
    <div className="first-run">
      <header className="first-run-header">
        <h1>{t('recovery.title')}</h1>
        <LanguagePicker />
      </header>
      <main id="main">
        {problem !== null && (
          <p className="message message-error" role="alert">
            {t(`errors.${problem.code}`, problem.params)}
          </p>
        )}
        <p>{t('recovery.untouched')}</p>
        <DatabaseFileActions workspace={workspace} />
      </main>
    </div>
  );
}
