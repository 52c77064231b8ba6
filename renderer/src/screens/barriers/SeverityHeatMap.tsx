import type { ChartConfiguration } from 'chart.js';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../../electron/core/barriers/register-entry';
import type { SeverityMatrix } from '../../../../electron/core/barriers/severity-matrix';
import { severityHeatMap, severityShades } from '../../../../electron/core/domain/charts/severity-heat-map';
import { formatDate } from '../../format/format';
import { barrierName, useCatalogueStore } from '../../state/catalogue-store';
import { ChartFigure } from '../../ui/ChartFigure';

/** Severity by barrier and review date: darker is more severe; the table gives the same numbers with their labels. */
export function SeverityHeatMap({ matrix, entries }: { matrix: SeverityMatrix; entries: RegisterEntry[] }) {
  const { t } = useTranslation();
  const catalogue = useCatalogueStore((state) => state.catalogue);
  if (matrix.reviewDates.length === 0) return <p>{t('heatMap.noReviews')}</p>;
  const nameOf = new Map(entries.map((entry) => [entry.id, barrierName(catalogue, entry)]));
  const rows = matrix.rows.map((row) => ({ label: nameOf.get(row.barrierId) ?? '', severities: row.severities }));
  const dates = matrix.reviewDates.map(formatDate);
  const title = t('heatMap.title');
  const config: ChartConfiguration<'scatter'> = severityHeatMap(dates, rows, { title, format: (value) => String(value) });
  const worst = rows
    .map((row) => ({ label: row.label, latest: [...row.severities].reverse().find((value) => value !== null) ?? null }))
    .filter((row) => row.latest !== null)
    .sort((a, b) => (b.latest ?? 0) - (a.latest ?? 0))
    .slice(0, 3);
  const description = t('heatMap.description', { count: rows.length, reviews: dates.length, worst: worst.map((row) => `${row.label} (${String(row.latest)})`).join(', ') });
  return (
    <>
    <ChartFigure
      config={config}
      description={description}
      tall={rows.length}
      table={{
        caption: title,
        columns: [t('barriers.name'), ...dates],
        recordRows: true,
        rows: rows.map((row) => ({ header: row.label, cells: row.severities.map((value) => (value === null ? '–' : `${String(value)} – ${t(`severity.${String(value)}`)}`)) })),
      }}
    />
    <ul className="shade-legend" aria-label={t('heatMap.legend')}>
      {severityShades.map((shade, index) => (
        <li key={shade}>
          <span className="swatch" style={{ backgroundColor: shade }} aria-hidden="true" />
          {index + 1} – {t(`severity.${String(index + 1)}`)}
        </li>
      ))}
    </ul>
    </>
  );
}
