import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../ui/ErrorMessage';
import { TableBox } from '../ui/TableBox';
import { useSectionData } from '../ui/use-section-data';
import { AboutFacts } from './about/AboutFacts';
import { LicenceText } from './about/LicenceText';
import { loadAbout } from './about/load-about';

/** The program itself (#/settings/about): its version, where to report a problem, and the licences of everything it ships. */
export function About() {
  const { t } = useTranslation();
  const { loaded, error } = useSectionData(loadAbout);
  return (
    <article aria-labelledby="section-title">
      <p>
        <a href="#/settings">{t('about.back')}</a>
      </p>
      <h1 id="section-title">{t('about.title')}</h1>
      <ErrorMessage error={error} />
      {loaded === null ? (
        error === null && <p>{t('app.loading')}</p>
      ) : (
        <>
          <div className="card">
            <AboutFacts about={loaded} />
          </div>
          <section className="card" aria-labelledby="about-licences">
            <h2 id="about-licences">{t('about.licencesTitle')}</h2>
            <p className="hint">{t('about.licencesExplain')}</p>
            {loaded.licencesBuilt ? (
              <TableBox label={t('about.licencesTitle')}>
                <table>
                  <caption className="visually-hidden">{t('about.licencesTitle')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('about.package')}</th>
                      <th scope="col">{t('about.packageVersion')}</th>
                      <th scope="col">{t('about.licence')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {loaded.licences.map((entry) => (
                      <tr key={`${entry.name}@${entry.version}`}>
                        <th scope="row">{entry.name}</th>
                        <td>{entry.version}</td>
                        <td>
                          <LicenceText entry={entry} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableBox>
            ) : (
              <p className="message message-info">{t('about.notBuilt')}</p>
            )}
          </section>
        </>
      )}
    </article>
  );
}
