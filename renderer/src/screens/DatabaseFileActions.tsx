import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import { call } from '../api/api-client';
import { useWorkspaceStore } from '../state/workspace-store';
import { useAction } from '../ui/use-action';
import { ErrorMessage } from '../ui/ErrorMessage';
import { RestartWithFile } from './RestartWithFile';

/**
 * Open another database file or start a new one. The desktop app asks in the system's file dialogs, shown
 * by the main process, which opens the file it chose; the page only says what for. The browser mode has
 * no dialogs, so it says how to start it again on another file.
 */
export function DatabaseFileActions({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const show = useWorkspaceStore((state) => state.show);
  const viaDialog = useAction(async (purpose: 'open' | 'create') => {
    const opened = await call('openDatabase', { purpose });
    if (opened.workspace !== null) await show(opened.workspace);
  });

  if (workspace.host === 'web') return <RestartWithFile />;
  return (
    <div className="file-actions">
      <div className="button-row">
        <button type="button" disabled={viaDialog.busy} onClick={() => void viaDialog.run('open')}>
          {t('database.openAnother')}
        </button>
        <button type="button" disabled={viaDialog.busy} onClick={() => void viaDialog.run('create')}>
          {t('database.createNew')}
        </button>
      </div>
      <ErrorMessage error={viaDialog.error} />
    </div>
  );
}
