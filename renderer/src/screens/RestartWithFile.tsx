import { useTranslation } from 'react-i18next';

/**
 * The browser mode has no file dialogs, and the page never names a file for the server to open: another
 * file means starting "npm run web" again on it. Said where the desktop app would offer its dialogs.
 */
export function RestartWithFile() {
  const { t } = useTranslation();
  return (
    <div className="file-actions">
      <p>{t('database.webOtherFile')}</p>
      <p>
        <code className="path">{t('database.webCommand')}</code>
      </p>
      <p className="hint">{t('database.webNewFile')}</p>
    </div>
  );
}
