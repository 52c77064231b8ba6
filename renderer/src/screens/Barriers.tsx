import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../electron/core/barriers/register-entry';
import type { SeverityMatrix } from '../../../electron/core/barriers/severity-matrix';
import type { Service } from '../../../electron/core/committee/committee-types';
import { call } from '../api/api-client';
import { useCatalogueStore } from '../state/catalogue-store';
import { useWorkspaceStore } from '../state/workspace-store';
import { ErrorMessage } from '../ui/ErrorMessage';
import { CataloguePanel } from './barriers/CataloguePanel';
import { RegisterList } from './barriers/RegisterList';
import { ReviewPanel } from './barriers/ReviewPanel';
import { SeverityHeatMap } from './barriers/SeverityHeatMap';
import { VotingPanel } from './barriers/VotingPanel';

type Loaded = { register: RegisterEntry[]; matrix: SeverityMatrix; services: Service[] };

export function Barriers() {
  const { t } = useTranslation();
  const members = useWorkspaceStore((state) => state.members);
  const loadCatalogue = useCatalogueStore((state) => state.load);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  const reload = useCallback(async () => {
    try {
      await loadCatalogue();
      const [register, matrix, services] = await Promise.all([call('listRegister', {}), call('getSeverityMatrix', {}), call('listServices', {})]);
      setLoaded({ register, matrix, services });
    } catch (caught) {
      setError(caught);
    }
  }, [loadCatalogue]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const announce = (message: string) => {
    setNotice(message);
    void reload();
  };

  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('nav.barriers')}</h1>
      <nav className="in-page" aria-label={t('quarterly.partsLabel')}>
        <a href="#register-part">{t('barriers.registerTitle')}</a>
        <a href="#review-part">{t('review.title')}</a>
        <a href="#heat-part">{t('heatMap.title')}</a>
        <a href="#voting-part">{t('voting.sectionTitle')}</a>
        <a href="#catalogue-part">{t('catalogue.title')}</a>
      </nav>
      <p role="status" className="message message-success status-line">
        {notice}
      </p>
      <ErrorMessage error={error} />
      {loaded !== null && (
        <>
          <section id="register-part" className="card" aria-labelledby="register-title">
            <h2 id="register-title">{t('barriers.registerTitle')}</h2>
            {loaded.register.length === 0 ? <p>{t('barriers.emptyRegister')}</p> : <RegisterList entries={loaded.register} members={members} />}
          </section>
          <section id="review-part" className="card" aria-labelledby="review-title">
            <h2 id="review-title">{t('review.title')}</h2>
            <ReviewPanel entries={loaded.register} onSaved={announce} />
          </section>
          <section id="heat-part" className="card" aria-labelledby="heat-title">
            <h2 id="heat-title">{t('heatMap.title')}</h2>
            <SeverityHeatMap matrix={loaded.matrix} entries={loaded.register} />
          </section>
          <section id="voting-part" className="card" aria-labelledby="voting-title">
            <h2 id="voting-title">{t('voting.sectionTitle')}</h2>
            <VotingPanel register={loaded.register} members={members} />
          </section>
          <section id="catalogue-part" className="card" aria-labelledby="catalogue-title">
            <h2 id="catalogue-title">{t('catalogue.title')}</h2>
            <CataloguePanel register={loaded.register} members={members} services={loaded.services} onAdded={(message) => announce(message)} />
          </section>
        </>
      )}
    </section>
  );
}
