import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import type { BackupInfo } from '../../../electron/core/backup/create-backup';
import { call } from '../api/api-client';
import { LanguagePicker } from '../app/LanguagePicker';
import { formatDateTime } from '../format/format';
import { useWorkspaceStore } from '../state/workspace-store';
import { useAction } from '../ui/use-action';
import { ErrorMessage } from '../ui/ErrorMessage';
import { DatabaseFileActions } from './DatabaseFileActions';
import { LogFolderNote } from './LogFolderNote';

/**
 * Shown instead of the workbench when the file cannot be used; the file itself is left untouched. The
 * user can restore one of its backups (the unusable file is kept, renamed), or in the desktop app a
 * backup file chosen in its dialog, open another file, or quit. The browser mode says how to start it
 * again on another file.
 */
export function Recovery({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const show = useWorkspaceStore((state) => state.show);
  const problem = workspace.status === 'problem' ? workspace.problem : null;
  const desktop = workspace.host === 'desktop';
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  useEffect(() => {
    call('listBackups', {}).then(setBackups, () => setBackups([]));
  }, [workspace.path]);
  const restore = useAction(async (backupId: string) => show(await call('restoreBackup', { backupId })));
  const restoreFromFile = useAction(async () => {
    const result = await call('restoreFromFile', {});
    if (result.restored !== null) await show(result.restored);
  });
  const quit = useAction(async () => {
    await call('quitApp', {});
  });

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
        {(backups.length > 0 || desktop) && (
          <section className="card" aria-labelledby="recovery-backups">
            <h2 id="recovery-backups">{t('recovery.backupsTitle')}</h2>
            <p className="hint">{t('recovery.backupsExplain')}</p>
            {backups.length > 0 && (
              <ul className="mitigations">
                {backups.map((backup) => (
                  <li key={backup.fileName}>
                    <span>
                      {formatDateTime(backup.createdAt)} · {t(`backups.reasons.${backup.reason}`)}
                    </span>
                    <button type="button" onClick={() => void restore.run(backup.fileName)} disabled={restore.busy || restoreFromFile.busy}>
                      {t('backups.restoreButton')}
                      <span className="visually-hidden"> {formatDateTime(backup.createdAt)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {desktop && (
              <button type="button" onClick={() => void restoreFromFile.run()} disabled={restore.busy || restoreFromFile.busy}>
                {t('backups.fromFile')}
              </button>
            )}
            <ErrorMessage error={restore.error ?? restoreFromFile.error} />
          </section>
        )}
        <section className="card" aria-labelledby="recovery-other">
          <h2 id="recovery-other">{t('recovery.otherTitle')}</h2>
          <DatabaseFileActions workspace={workspace} />
          <LogFolderNote workspace={workspace} />
        </section>
        {desktop && (
          <button type="button" onClick={() => void quit.run()}>
            {t('recovery.quit')}
          </button>
        )}
      </main>
    </div>
  );
}
