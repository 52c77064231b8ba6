import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../electron/core/barriers/register-entry';
import type { SeverityMatrix } from '../../../electron/core/barriers/severity-matrix';
import type { Service } from '../../../electron/core/committee/committee-types';
import { call } from '../api/api-client';
import { useCatalogueStore } from '../state/catalogue-store';
import { useWorkspaceStore } from '../state/workspace-store';
import { Tabs } from '../ui/Tabs';
import { useSectionData } from '../ui/use-section-data';
import { CataloguePanel } from './barriers/CataloguePanel';
import { RegisterList } from './barriers/RegisterList';
import { ReviewPanel } from './barriers/ReviewPanel';
import { SeverityHeatMap } from './barriers/SeverityHeatMap';
import { VotingPanel } from './barriers/VotingPanel';
import { SectionFrame } from '../ui/SectionFrame';

type Loaded = { register: RegisterEntry[]; matrix: SeverityMatrix; services: Service[] };

export function Barriers() {
  const { t } = useTranslation();
  const members = useWorkspaceStore((state) => state.members);
  const loadCatalogue = useCatalogueStore((state) => state.load);
  const [tab, setTab] = useState('register');
  const load = useCallback(async (): Promise<Loaded> => {
    await loadCatalogue();
    const [register, matrix, services] = await Promise.all([call('listRegister', {}), call('getSeverityMatrix', {}), call('listServices', {})]);
    return { register, matrix, services };
  }, [loadCatalogue]);
  const { loaded, error, notice, announce } = useSectionData(load);

  return (
    <SectionFrame title={t('nav.barriers')} notice={notice} error={error}>
      {loaded !== null && (
        <Tabs
          label={t('barriers.partsLabel')}
          selected={tab}
          onSelect={setTab}
          tabs={[
            {
              id: 'register',
              label: t('barriers.registerTitle'),
              content: () => (loaded.register.length === 0 ? <p>{t('barriers.emptyRegister')}</p> : <RegisterList entries={loaded.register} members={members} />),
            },
            { id: 'review', label: t('review.title'), content: () => <ReviewPanel entries={loaded.register} onSaved={announce} /> },
            { id: 'heat', label: t('heatMap.title'), content: () => <SeverityHeatMap matrix={loaded.matrix} entries={loaded.register} /> },
            { id: 'voting', label: t('voting.sectionTitle'), content: () => <VotingPanel register={loaded.register} members={members} /> },
            {
              id: 'catalogue',
              label: t('catalogue.title'),
              content: () => <CataloguePanel register={loaded.register} members={members} services={loaded.services} onAdded={(message) => announce(message)} />,
            },
          ]}
        />
      )}
    </SectionFrame>
  );
}
