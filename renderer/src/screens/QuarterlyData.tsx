import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../../electron/core/figures/load-targets';
import type { ImportRecord } from '../../../electron/core/import/list-imports';
import type { QuarterlyGrid } from '../../../electron/core/quarterly/quarterly-grid';
import { call } from '../api/api-client';
import { ErrorMessage } from '../ui/ErrorMessage';
import { FiguresGrid } from './quarterly/FiguresGrid';
import { ImportHistory } from './quarterly/ImportHistory';
import { ImportPanel } from './quarterly/ImportPanel';
import { ServicesPanel } from './quarterly/ServicesPanel';
import { TargetsTable } from './quarterly/TargetsTable';

type Loaded = { grid: QuarterlyGrid; imports: ImportRecord[]; targets: Target[] };

export function QuarterlyData() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  const reload = useCallback(async () => {
    try {
      const [grid, imports, targets] = await Promise.all([call('getQuarterlyGrid', {}), call('listImports', {}), call('listTargets', {})]);
      setLoaded({ grid, imports, targets });
    } catch (caught) {
      setError(caught);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const announce = (message: string) => {
    setNotice(message);
    void reload();
  };

  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('nav.quarterly')}</h1>
      <nav className="in-page" aria-label={t('quarterly.partsLabel')}>
        <a href="#import-part">{t('import.title')}</a>
        <a href="#figures-part">{t('figures.title')}</a>
        <a href="#targets-part">{t('targets.title')}</a>
        <a href="#history-part">{t('history.title')}</a>
        <a href="#services-part">{t('services.title')}</a>
      </nav>
      <p role="status" className="message message-success status-line">
        {notice}
      </p>
      <ErrorMessage error={error} />
      <div id="import-part">
        <ImportPanel onImported={announce} />
      </div>
      {loaded !== null && (
        <>
          <div id="figures-part">
            <FiguresGrid grid={loaded.grid} onChanged={() => void reload()} />
          </div>
          <div id="targets-part">
            <TargetsTable targets={loaded.targets} services={loaded.grid.services} />
          </div>
          <div id="history-part">
            <ImportHistory imports={loaded.imports} onUndone={announce} />
          </div>
          <div id="services-part">
            <ServicesPanel services={loaded.grid.services} onChanged={() => void reload()} />
          </div>
        </>
      )}
    </section>
  );
}
