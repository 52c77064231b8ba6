import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/api-client';

/** Puts any failure into the user's language; the role makes screen readers announce it at once. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const text =
    error instanceof ApiFailure
      ? t(`errors.${error.error.code}`, { ...error.error.params, defaultValue: t('errors.internal', error.error.params) })
      : t('errors.internal', { detail: error instanceof Error ? error.message : JSON.stringify(error) });
  return (
    <p className="message message-error" role="alert">
      {text}
    </p>
  );
}
