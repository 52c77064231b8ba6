import { useTranslation } from 'react-i18next';
import { measures } from '../../../electron/core/domain/measures';

const terms = ['ips', 'employmentRate', 'caseloadPerFte', 'fte', 'fidelity', 'barrier', 'cfir', 'dotVoting', 'serviceUserRep', 'escf', 'learningCommunity'] as const;

/** Every term of the workbench in plain words, with the source of each figure's definition. */
export function Glossary() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('glossaryScreen.title')}</h1>
      <p className="hint">{t('glossaryScreen.explain')}</p>
      <section className="card" aria-labelledby="glossary-terms">
        <h2 id="glossary-terms">{t('glossaryScreen.terms')}</h2>
        <dl className="glossary">
          {terms.map((term) => (
            <div key={term}>
              <dt>{t(`glossaryScreen.term.${term}`)}</dt>
              <dd>{t(`glossary.${term}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card" aria-labelledby="glossary-measures">
        <h2 id="glossary-measures">{t('glossaryScreen.measures')}</h2>
        <dl className="glossary">
          {measures.map((measure) => (
            <div key={measure}>
              <dt>{t(`measures.${measure}.label`)}</dt>
              <dd>
                {t(`measures.${measure}.definition`)} <span className="hint">({t('glossaryScreen.source', { source: t(`measures.${measure}.source`) })})</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </section>
  );
}
