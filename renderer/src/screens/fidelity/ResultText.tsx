import { useTranslation } from 'react-i18next';
import type { ReviewScore } from '../../../../electron/core/fidelity/score-review';

/** "104 of 125 – good fidelity", or, with an item not rated, the partial total and no band. */
export function ResultText({ result }: { result: ReviewScore }) {
  const { t } = useTranslation();
  if (!result.complete) return <>{t('fidelity.incomplete', { total: result.total, rated: result.rated, items: result.itemCount })}</>;
  return <>{t('fidelity.total', { total: result.total, band: t(`fidelity.bands.${result.band ?? 'fair'}`) })}</>;
}
