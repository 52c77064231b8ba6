import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './ErrorMessage';

type Props = {
  /** A problem found on this side before sending (a missing date, a count that is no number); '' for none. */
  problem?: string;
  /** What the core answered when it refused. */
  error: unknown;
  submitLabel: string;
  busy: boolean;
  onCancel?: () => void;
};

/** The end of every form: what is wrong, in words read out at once, then the submit and cancel buttons. */
export function FormEnd({ problem = '', error, submitLabel, busy, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {problem !== '' && (
        <p className="message message-error" role="alert">
          {problem}
        </p>
      )}
      <ErrorMessage error={error} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
