import { useTranslation } from 'react-i18next';
import type { Section } from '../state/use-route';

/** A section whose feature is not built yet says so, and what it will do, instead of showing made-up data. */
export function ComingSoon({ section }: { section: Section }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t(`nav.${section}`)}</h1>
      <p className="message message-info">{t('comingSoon.notYet')}</p>
      <p>{t(`comingSoon.${section}`)}</p>
    </section>
  );
}
