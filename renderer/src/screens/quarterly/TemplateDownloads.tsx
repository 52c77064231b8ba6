import { useTranslation } from 'react-i18next';
import { call } from '../../api/api-client';
import { downloadBase64 } from '../../api/file-transfer';
import { currentLanguage } from '../../i18n/i18n';
import { useAction } from '../../ui/use-action';
import { ErrorMessage } from '../../ui/ErrorMessage';

export function TemplateDownloads() {
  const { t } = useTranslation();
  const download = useAction(async (kind: 'quarterly' | 'targets', format: 'csv' | 'xlsx') => {
    const template = await call('getImportTemplate', { kind, format, language: currentLanguage() });
    downloadBase64(template.fileName, template.mimeType, template.contentBase64);
  });
  return (
    <div>
      <p className="hint">{t('import.templatesExplain')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void download.run('quarterly', 'xlsx')}>
          {t('import.templateQuarterlyXlsx')}
        </button>
        <button type="button" onClick={() => void download.run('quarterly', 'csv')}>
          {t('import.templateQuarterlyCsv')}
        </button>
        <button type="button" onClick={() => void download.run('targets', 'xlsx')}>
          {t('import.templateTargetsXlsx')}
        </button>
        <button type="button" onClick={() => void download.run('targets', 'csv')}>
          {t('import.templateTargetsCsv')}
        </button>
      </div>
      <ErrorMessage error={download.error} />
    </div>
  );
}
