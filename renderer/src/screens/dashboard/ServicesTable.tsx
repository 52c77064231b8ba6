import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../electron/core/figures/build-dashboard';
import type { FigureSummary } from '../../../../electron/core/figures/summarise-figures';
import { formatNumber, formatRate } from '../../format/format';
import { TableBox } from '../../ui/TableBox';

/** Each service's year so far with the conversion rates and the employment rate against the benchmarks. */
export function ServicesTable({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const noData = t('common.noData');
  const ytd = dashboard.yearToDate;
  if (ytd === null) return null;
  const row = (label: string, summary: FigureSummary, isCommittee: boolean) => (
    <tr key={label} className={isCommittee ? 'total-row' : undefined}>
      <th scope="row">{label}</th>
      <td>{summary.totals.referrals === null ? noData : formatNumber(summary.totals.referrals)}</td>
      <td>{summary.totals.engaged === null ? noData : formatNumber(summary.totals.engaged)}</td>
      <td>{summary.totals.job_starts === null ? noData : formatNumber(summary.totals.job_starts)}</td>
      <td>{summary.totals.sustained_13w === null ? noData : formatNumber(summary.totals.sustained_13w)}</td>
      <td>{formatRate(summary.engagementRate?.value ?? null, noData)}</td>
      <td>{formatRate(summary.jobStartRate?.value ?? null, noData)}</td>
      <td>{formatRate(summary.sustainmentRate?.value ?? null, noData)}</td>
      <td>
        {formatRate(summary.employmentRate?.value ?? null, noData)}
        {summary.employmentBand !== null && <span className={`band band-${summary.employmentBand}`}>{t(`bands.${summary.employmentBand}`)}</span>}
      </td>
    </tr>
  );
  return (
    <section className="card" aria-labelledby="services-ytd-title">
      <h2 id="services-ytd-title">{t('dashboard.servicesYtd', { year: ytd.year })}</h2>
      <p className="hint">{t('dashboard.ratesExplain')}</p>
      <TableBox label={t('dashboard.servicesYtd', { year: ytd.year })}>
        <table>
          <caption className="visually-hidden">{t('dashboard.servicesYtd', { year: ytd.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('service.name')}</th>
              <th scope="col">{t('measures.referrals.short')}</th>
              <th scope="col">{t('measures.engaged.short')}</th>
              <th scope="col">{t('measures.job_starts.short')}</th>
              <th scope="col">{t('measures.sustained_13w.short')}</th>
              <th scope="col">{t('rates.engagementRate')}</th>
              <th scope="col">{t('rates.jobStartRate')}</th>
              <th scope="col">{t('rates.sustainmentRate')}</th>
              <th scope="col">{t('rates.employmentRate')}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.services.map((service) => row(service.name, service.summary, false))}
            {row(t('charts.committee'), ytd.summary, true)}
          </tbody>
        </table>
      </TableBox>
    </section>
  );
}
