import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../electron/core/committee/committee-types';
import { targetMeasures } from '../../../../electron/core/domain/measures';
import type { Target } from '../../../../electron/core/figures/load-targets';
import { formatNumber } from '../../format/format';
import { TableBox } from '../../ui/TableBox';

export function TargetsTable({ targets, services }: { targets: Target[]; services: Service[] }) {
  const { t } = useTranslation();
  const id = useId();
  const nameOf = new Map(services.map((service) => [service.id, service.name]));
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('targets.title')}</h2>
      <p className="hint">{t('targets.explain')}</p>
      {targets.length === 0 ? (
        <p>{t('targets.none')}</p>
      ) : (
        <TableBox label={t('targets.title')}>
          <table>
            <caption className="visually-hidden">{t('targets.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.year')}</th>
                <th scope="col">{t('service.name')}</th>
                {targetMeasures.map((measure) => (
                  <th scope="col" key={measure}>
                    {t(`measures.${measure}.label`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {targets.map((target) => (
                <tr key={target.id}>
                  <th scope="row">{target.year}</th>
                  <td>{target.serviceId === null ? t('import.wholeCommittee') : (nameOf.get(target.serviceId) ?? '')}</td>
                  {targetMeasures.map((measure) => (
                    <td key={measure}>{target[measure] === null ? t('dashboard.noTarget') : formatNumber(target[measure])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </section>
  );
}
