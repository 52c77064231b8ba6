import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../../electron/core/figures/load-targets';
import type { ImportRecord } from '../../../electron/core/import/list-imports';
import type { QuarterlyGrid } from '../../../electron/core/quarterly/quarterly-grid';
import { call } from '../api/api-client';
import { Tabs } from '../ui/Tabs';
import { useSectionData } from '../ui/use-section-data';
import { FiguresGrid } from './quarterly/FiguresGrid';
import { ImportHistory } from './quarterly/ImportHistory';
import { ImportPanel } from './quarterly/ImportPanel';
import { ServicesPanel } from './quarterly/ServicesPanel';
import { TargetsTable } from './quarterly/TargetsTable';
import { SectionFrame } from '../ui/SectionFrame';

type Loaded = { grid: QuarterlyGrid; imports: ImportRecord[]; targets: Target[] };

async function loadQuarterly(): Promise<Loaded> {
  const [grid, imports, targets] = await Promise.all([call('getQuarterlyGrid', {}), call('listImports', {}), call('listTargets', {})]);
  return { grid, imports, targets };
}

export function QuarterlyData() {
  const { t } = useTranslation();
  const [tab, setTab] = useState('import');
  const { loaded, error, notice, reload, announce } = useSectionData(loadQuarterly);

  return (
    <SectionFrame title={t('nav.quarterly')} notice={notice} error={error}>
      {loaded !== null && (
        <Tabs
          label={t('quarterly.partsLabel')}
          selected={tab}
          onSelect={setTab}
          tabs={[
            { id: 'import', label: t('import.title'), content: () => <ImportPanel onImported={announce} /> },
            { id: 'figures', label: t('figures.title'), content: () => <FiguresGrid grid={loaded.grid} onChanged={() => void reload()} /> },
            { id: 'targets', label: t('targets.title'), content: () => <TargetsTable targets={loaded.targets} services={loaded.grid.services} /> },
            { id: 'history', label: t('history.title'), content: () => <ImportHistory imports={loaded.imports} onUndone={announce} /> },
            { id: 'services', label: t('services.title'), content: () => <ServicesPanel services={loaded.grid.services} onChanged={() => void reload()} /> },
          ]}
        />
      )}
    </SectionFrame>
  );
}
