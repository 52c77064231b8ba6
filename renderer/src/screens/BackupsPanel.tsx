import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import type { BackupInfo } from '../../../electron/core/backup/create-backup';
import type { BackupContents } from '../../../electron/core/backup/describe-backup';
import { call } from '../api/api-client';
import { downloadBase64 } from '../api/file-transfer';
import { formatDateTime, formatNumber } from '../format/format';
import { useWorkspaceStore } from '../state/workspace-store';
import { useAction } from '../ui/use-action';
import { ErrorMessage } from '../ui/ErrorMessage';
import { TableBox } from '../ui/TableBox';

type Preview = { backup: BackupInfo; contents: BackupContents };

/**
 * The automatic backups, a backup now, a copy to download, and a restore that first shows what the backup
 * holds. Backups in the folder go by their id (the file name); a file elsewhere is chosen in the desktop
 * app's own dialogs. The page shows paths but never sends one.
 */
export function BackupsPanel({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const id = useId();
  const show = useWorkspaceStore((state) => state.show);
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notice, setNotice] = useState('');
  const desktop = workspace.host === 'desktop';

  const [loadError, setLoadError] = useState<unknown>(null);
  useEffect(() => {
    call('listBackups', {}).then(setBackups, setLoadError);
  }, [workspace.path]);

  const backUp = useAction(async () => {
    const made = await call('backUpNow', {});
    setNotice(t('backups.done', { path: made.path }));
    setBackups(await call('listBackups', {}));
  });
  const backUpToFile = useAction(async () => {
    const written = await call('backUpToFile', {});
    if (written.path !== null) setNotice(t('backups.done', { path: written.path }));
  });
  const restoreFromFile = useAction(async () => {
    const result = await call('restoreFromFile', {});
    if (result.restored === null) return;
    setPreview(null);
    await show(result.restored);
    setNotice(t('backups.restoredFile'));
    setBackups(await call('listBackups', {}));
  });
  const download = useAction(async (backup: BackupInfo) => {
    const file = await call('downloadBackup', { backupId: backup.fileName });
    downloadBase64(file.fileName, file.mimeType, file.contentBase64);
  });
  const inspect = useAction(async (backup: BackupInfo) => setPreview({ backup, contents: await call('describeBackup', { backupId: backup.fileName }) }));
  const restore = useAction(async () => {
    if (preview === null) return;
    const result = await call('restoreBackup', { backupId: preview.backup.fileName });
    setPreview(null);
    await show(result);
    setNotice(t('backups.restored', { date: formatDateTime(preview.backup.createdAt) }));
    setBackups(await call('listBackups', {}));
  });
  const busy = backUp.busy || backUpToFile.busy || restoreFromFile.busy;

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('backups.title')}</h2>
      <p className="hint">{t('backups.explain')}</p>
      <p>
        {t('backups.folder')} <code className="path">{workspace.backupFolder}</code>
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void backUp.run()} disabled={busy}>
          {t('backups.now')}
        </button>
        {desktop && (
          <>
            <button type="button" onClick={() => void backUpToFile.run()} disabled={busy}>
              {t('backups.toFile')}
            </button>
            <button type="button" onClick={() => void restoreFromFile.run()} disabled={busy}>
              {t('backups.fromFile')}
            </button>
          </>
        )}
      </div>
      <p className="hint">{t(desktop ? 'backups.fromFileHint' : 'backups.webHint')}</p>
      <p role="status" className="status-line">
        {notice}
      </p>
      <ErrorMessage error={backUp.error ?? backUpToFile.error ?? restoreFromFile.error ?? loadError} />
      {backups.length === 0 ? (
        <p>{t('backups.none')}</p>
      ) : (
        <TableBox label={t('backups.title')}>
          <table>
            <caption className="visually-hidden">{t('backups.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backups.when')}</th>
                <th scope="col">{t('backups.reason')}</th>
                <th scope="col">{t('backups.size')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.fileName}>
                  <th scope="row">{formatDateTime(backup.createdAt)}</th>
                  <td>{t(`backups.reasons.${backup.reason}`)}</td>
                  <td>{t('backups.kilobytes', { size: formatNumber(backup.sizeBytes / 1024) })}</td>
                  <td>
                    <div className="button-row">
                      <button type="button" className="link-button" onClick={() => void inspect.run(backup)}>
                        {t('backups.restoreThis')}
                        <span className="visually-hidden"> {formatDateTime(backup.createdAt)}</span>
                      </button>
                      <button type="button" className="link-button" onClick={() => void download.run(backup)} disabled={download.busy}>
                        {t('backups.download')}
                        <span className="visually-hidden"> {formatDateTime(backup.createdAt)}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
      <ErrorMessage error={inspect.error ?? download.error} />
      {preview !== null && (
        <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('backups.confirm', { date: formatDateTime(preview.backup.createdAt), committee: preview.contents.committee ?? '' })}</p>
          <ul className="compact-list">
            {Object.entries(preview.contents.counts).map(([table, count]) => (
              <li key={table}>{t(`backups.tables.${table}`, { count, formatted: formatNumber(count) })}</li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void restore.run()} disabled={restore.busy} autoFocus>
              {t('backups.restoreButton')}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t('common.cancel')}
            </button>
          </div>
          <ErrorMessage error={restore.error} />
        </div>
      )}
    </section>
  );
}
