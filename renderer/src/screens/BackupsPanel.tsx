import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from '../../../electron/core/api/contract';
import type { BackupInfo } from '../../../electron/core/backup/create-backup';
import type { BackupContents } from '../../../electron/core/backup/describe-backup';
import { call } from '../api/api-client';
import { formatDateTime, formatNumber } from '../format/format';
import { useWorkspaceStore } from '../state/workspace-store';
import { useAction } from '../ui/use-action';
import { ErrorMessage } from '../ui/ErrorMessage';

type Preview = { backup: BackupInfo; contents: BackupContents };

/** The automatic backups, a backup now, and a restore that first shows what the backup holds. */
export function BackupsPanel({ workspace }: { workspace: WorkspaceView }) {
  const { t } = useTranslation();
  const id = useId();
  const show = useWorkspaceStore((state) => state.show);
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notice, setNotice] = useState('');
  const [path, setPath] = useState('');

  const [loadError, setLoadError] = useState<unknown>(null);
  useEffect(() => {
    call('listBackups', {}).then(setBackups, setLoadError);
  }, [workspace.path]);

  const backUp = useAction(async (toFile: boolean) => {
    let target: string | undefined;
    if (toFile) {
      if (workspace.host === 'desktop') {
        const picked = await call('pickDatabasePath', { purpose: 'create' });
        if (picked.path === null) return;
        target = picked.path;
      } else target = path;
    }
    const result = await call('backUpNow', target === undefined ? {} : { path: target });
    setNotice(t('backups.done', { path: result.path }));
    setBackups(await call('listBackups', {}));
  });
  const inspect = useAction(async (backup: BackupInfo) => setPreview({ backup, contents: await call('describeBackup', { path: backup.path }) }));
  const restore = useAction(async () => {
    if (preview === null) return;
    const result = await call('restoreBackup', { path: preview.backup.path });
    setPreview(null);
    await show(result);
    setNotice(t('backups.restored', { date: formatDateTime(preview.backup.createdAt) }));
    setBackups(await call('listBackups', {}));
  });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('backups.title')}</h2>
      <p className="hint">{t('backups.explain')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void backUp.run(false)} disabled={backUp.busy}>
          {t('backups.now')}
        </button>
        {workspace.host === 'desktop' && (
          <button type="button" onClick={() => void backUp.run(true)} disabled={backUp.busy}>
            {t('backups.toFile')}
          </button>
        )}
      </div>
      {workspace.host === 'web' && (
        <form className="inline-form" onSubmit={(event) => { event.preventDefault(); void backUp.run(true); }}>
          <div className="field">
            <label htmlFor={`${id}-path`}>{t('backups.toPath')}</label>
            <input id={`${id}-path`} value={path} onChange={(event) => setPath(event.target.value)} spellCheck={false} />
          </div>
          <button type="submit" disabled={path.trim() === '' || backUp.busy}>
            {t('backups.toFile')}
          </button>
        </form>
      )}
      <p role="status" className="status-line">
        {notice}
      </p>
      <ErrorMessage error={backUp.error ?? loadError} />
      {backups.length === 0 ? (
        <p>{t('backups.none')}</p>
      ) : (
        <div className="table-scroll">
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
                <tr key={backup.path}>
                  <th scope="row">{formatDateTime(backup.createdAt)}</th>
                  <td>{t(`backups.reasons.${backup.reason}`)}</td>
                  <td>{t('backups.kilobytes', { size: formatNumber(backup.sizeBytes / 1024) })}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => void inspect.run(backup)}>
                      {t('backups.restoreThis')}
                      <span className="visually-hidden"> {formatDateTime(backup.createdAt)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorMessage error={inspect.error} />
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
