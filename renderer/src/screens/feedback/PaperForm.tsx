import { useTranslation } from 'react-i18next';
import { call } from '../../api/api-client';
import { downloadBase64 } from '../../api/file-transfer';
import { currentLanguage } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/use-action';
import { FeedbackSteps } from './FeedbackSteps';

/** For representatives who do not use the workbench: a form to print, and a way to type in the answers. */
export function PaperForm({ onSaved }: { onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const download = useAction(async () => {
    const file = await call('getFeedbackForm', { language: currentLanguage() });
    downloadBase64(file.fileName, file.mimeType, file.contentBase64);
  });
  return (
    <>
      <section className="card" aria-labelledby="paper-title">
        <h2 id="paper-title">{t('feedback.paperTitle')}</h2>
        <p>{t('feedback.paperExplain')}</p>
        <button type="button" onClick={() => void download.run()}>
          {t('feedback.paperDownload')}
        </button>
        <ErrorMessage error={download.error} />
      </section>
      <h2>{t('feedback.transcribeTitle')}</h2>
      <p className="hint">{t('feedback.transcribeExplain')}</p>
      <FeedbackSteps mode="transcribe" onSaved={onSaved} />
    </>
  );
}
