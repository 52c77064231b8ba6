import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useSectionData } from '../../ui/use-section-data';
import { AboutFacts } from './AboutFacts';
import { loadAbout } from './load-about';

/** The last card of Settings: the version, where to report a problem, and the way to the licences' page (#/settings/about). */
export function AboutCard() {
  const { t } = useTranslation();
  const id = useId();
  const { loaded, error } = useSectionData(loadAbout);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('about.card')}</h2>
      <ErrorMessage error={error} />
      {loaded !== null && (
        <>
          <AboutFacts about={loaded} />
          {loaded.licencesBuilt ? (
            <p>
              <a className="button-link" href="#/settings/about">
                {t('about.licencesLink', { total: formatNumber(loaded.licences.length) })}
              </a>
            </p>
          ) : (
            <p className="hint">{t('about.notBuilt')}</p>
          )}
        </>
      )}
    </section>
  );
}
