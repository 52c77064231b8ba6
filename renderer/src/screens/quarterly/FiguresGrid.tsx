import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarterlyGrid } from '../../../../electron/core/quarterly/quarterly-grid';
import { measures, type Measure } from '../../../../electron/core/domain/measures';
import { quarterOfDate } from '../../../../electron/core/domain/quarter';
import { quarterHasEnded } from '../../../../electron/core/domain/quarter-has-ended';
import { formatNumber, formatQuarter } from '../../format/format';
import { FigureEditor } from './FigureEditor';
import { SelectField } from '../../ui/SelectField';
import { TableBox } from '../../ui/TableBox';
import { labelled } from '../../format/punctuation';

type Selected = { serviceId: string; serviceName: string; quarter: string } | null;

/** Services down, quarters across: a gap is a quarter the service has not reported. */
export function FiguresGrid({ grid, onChanged }: { grid: QuarterlyGrid; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [measure, setMeasure] = useState<Measure>('referrals');
  const [selected, setSelected] = useState<Selected>(null);
  const byKey = new Map(grid.rows.map((row) => [`${row.serviceId}|${row.quarter}`, row]));
  const missing = t('figures.missingShort');

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('figures.title')}</h2>
      <p className="hint">{t('figures.explain')}</p>
      <SelectField
        inline
        label={t('figures.showMeasure')}
        value={measure}
        onChange={(chosen) => setMeasure(measures.find((key) => key === chosen) ?? 'referrals')}
        options={measures.map((key) => ({ value: key, label: t(`measures.${key}.label`) }))}
      />
      {grid.services.length === 0 ? (
        <p>{t('figures.noServices')}</p>
      ) : (
        // Opened at the right end: the newest quarters are the ones a committee looks at first.
        <TableBox label={t('figures.gridCaption', { measure: t(`measures.${measure}.label`) })} startAtEnd className="grid-scroll">
          <table className="figures-grid">
            <caption className="visually-hidden">{t('figures.gridCaption', { measure: t(`measures.${measure}.label`) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('service.name')}</th>
                {grid.quarters.map((quarter) => (
                  <th scope="col" key={quarter}>
                    {formatQuarter(quarter, 'short')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.services.map((service) => (
                <tr key={service.id}>
                  <th scope="row">{service.name}</th>
                  {grid.quarters.map((quarter) => {
                    const row = byKey.get(`${service.id}|${quarter}`);
                    const value = row?.[measure] ?? null;
                    const label = t('figures.cellLabel', { service: service.name, quarter: formatQuarter(quarter) });
                    // Before a service started there is nothing to report: not a gap.
                    const beforeStart = row === undefined && quarter < quarterOfDate(service.startDate);
                    // A quarter still running cannot be reported yet: not a gap either.
                    const running = row === undefined && !quarterHasEnded(quarter, grid.today);
                    const state = beforeStart ? 'before' : running ? 'running' : row === undefined ? 'missing' : value === null ? 'blank' : 'value';
                    const spoken = {
                      before: t('figures.beforeStart'),
                      running: t('figures.notEnded'),
                      missing: t('figures.quarterMissing'),
                      blank: t('common.notReported'),
                      value: value === null ? '' : formatNumber(value, 2),
                    }[state];
                    const shown = { before: '–', running: '…', missing, blank: '·', value: value === null ? '' : formatNumber(value, 2) }[state];
                    return (
                      <td key={quarter} className={{ before: 'cell-before-start', running: 'cell-not-ended', missing: 'cell-missing', blank: 'cell-blank', value: undefined }[state]}>
                        <button type="button" className="cell-button" aria-label={labelled(label, spoken)} onClick={() => setSelected({ serviceId: service.id, serviceName: service.name, quarter })}>
                          {shown}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
      <p className="hint">{t('figures.legend', { missing })}</p>
      {selected !== null && <FigureEditor {...selected} onChanged={onChanged} onClose={() => setSelected(null)} />}
    </section>
  );
}
