import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';

/** Where the program's log is, for a coordinator who asks for help (Settings and the recovery screen). */
export function LogFolderNote({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  if (workspace.logFolder === null) return null;
  return (
    <>
      <p>
        {t('log.folder')} <code className="path" data-testid="log-folder">{workspace.logFolder}</code>
      </p>
      <p className="hint">{t('log.send')}</p>
    </>
  );
}
