import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import { call } from '../api/api-client';
import { useWorkspaceStore } from '../state/workspace-store';
import { useAction } from '../ui/use-action';
import { ErrorMessage } from '../ui/ErrorMessage';

/**
 * Open another database file or start a new one. The desktop app asks through the system's file
 * dialogs; the browser mode has none, so the path is typed.
 */
export function DatabaseFileActions({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const id = useId();
  const show = useWorkspaceStore((state) => state.show);
  const [path, setPath] = useState('');

  const viaDialog = useAction(async (purpose: 'open' | 'create') => {
    const picked = await call('pickDatabasePath', { purpose });
    if (picked.path === null) return;
    await show(await call(purpose === 'open' ? 'openDatabase' : 'newDatabase', { path: picked.path }));
  });
  const viaPath = useAction(async (purpose: 'open' | 'create') => {
    await show(await call(purpose === 'open' ? 'openDatabase' : 'newDatabase', { path }));
  });

  if (workspace.host === 'desktop') {
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

  return (
    <form className="file-actions" onSubmit={(event) => { event.preventDefault(); void viaPath.run('open'); }}>
      <div className="field">
        <label htmlFor={id}>{t('database.pathLabel')}</label>
        <input id={id} type="text" value={path} onChange={(event) => setPath(event.target.value)} aria-describedby={`${id}-hint`} spellCheck={false} />
        <span id={`${id}-hint`} className="hint">
          {t('database.pathHint')}
        </span>
      </div>
      <div className="button-row">
        <button type="submit" disabled={viaPath.busy || path.trim() === ''}>
          {t('database.openPath')}
        </button>
        <button type="button" disabled={viaPath.busy || path.trim() === ''} onClick={() => void viaPath.run('create')}>
          {t('database.createPath')}
        </button>
      </div>
      <ErrorMessage error={viaPath.error} />
    </form>
  );
}
