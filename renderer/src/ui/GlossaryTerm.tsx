import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A term with its plain-language explanation available on hover and to screen readers. */
export function GlossaryTerm({ term, children }: { term: string; children: ReactNode }) {
  const { t } = useTranslation();
  const explanation = t(`glossary.${term}`, { defaultValue: '' });
  if (explanation === '') return <>{children}</>;
  return (
    <abbr className="term" title={explanation}>
      {children}
    </abbr>
  );
}
