import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../electron/core/figures/build-dashboard';
import { barChart, describeSeries, trendChart, type Series } from '../../../../electron/core/domain/charts/chart-definitions';
import { countMeasures, type CountMeasure } from '../../../../electron/core/domain/measures';
import { targetMeasures } from '../../../../electron/core/domain/measures';
import { formatNumber, formatQuarter, formatRate } from '../../format/format';
import { ChartFigure, type ChartTable } from '../../ui/ChartFigure';
import { SelectField } from '../../ui/SelectField';

function tableOf(caption: string, categories: string[], series: Series[], format: (value: number | null) => string, firstColumn: string): ChartTable {
  return { caption, columns: [firstColumn, ...series.map((line) => line.label)], rows: categories.map((category, index) => ({ header: category, cells: series.map((line) => format(line.values[index] ?? null)) })) };
}

/** Trend per measure, the referral-to-sustainment funnel and the services side by side, each with a table. */
export function OutcomeCharts({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const id = useId();
  const [measure, setMeasure] = useState<CountMeasure>('job_starts');
  const noData = t('common.noData');
  const count = (value: number | null) => (value === null ? noData : formatNumber(value));
  const quarters = dashboard.trend.quarters.map((quarter) => formatQuarter(quarter, 'short'));

  const trendSeries: Series[] = [{ label: t(`measures.${measure}.label`), values: dashboard.trend.totals[measure] }];
  const trendTitle = t('charts.trendTitle', { measure: t(`measures.${measure}.label`) });
  const employmentSeries: Series[] = [{ label: t('rates.employmentRate'), values: dashboard.trend.employmentRate }];
  const employmentTitle = t('charts.employmentTitle');

  const ytd = dashboard.yearToDate;
  const funnelCategories = targetMeasures.map((key) => t(`measures.${key}.label`));
  const funnelSeries: Series[] = ytd === null ? [] : [{ label: t('charts.committee'), values: targetMeasures.map((key) => ytd.summary.totals[key]) }];
  const funnelTitle = ytd === null ? '' : t('charts.funnelTitle', { from: formatQuarter(ytd.from, 'short'), to: formatQuarter(ytd.to, 'short') });

  const serviceNames = dashboard.services.map((service) => service.name);
  const servicesSeries: Series[] = targetMeasures.map((key) => ({ label: t(`measures.${key}.label`), values: dashboard.services.map((service) => service.summary.totals[key]) }));
  const servicesTitle = ytd === null ? '' : t('charts.servicesTitle', { year: ytd.year });
  const rateFormat = (value: number) => formatRate(value, noData);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('charts.title')}</h2>
      <SelectField
        inline
        label={t('charts.chooseMeasure')}
        value={measure}
        onChange={(chosen) => setMeasure(countMeasures.find((key) => key === chosen) ?? 'job_starts')}
        options={countMeasures.map((key) => ({ value: key, label: t(`measures.${key}.label`) }))}
      />
      <div className="chart-grid">
        <ChartFigure
          config={trendChart(quarters, trendSeries, { title: trendTitle, format: (value) => formatNumber(value) })}
          description={describeSeries(trendTitle, quarters, trendSeries, (value) => formatNumber(value), noData)}
          table={tableOf(trendTitle, quarters, trendSeries, count, t('charts.quarter'))}
        />
        <ChartFigure
          config={trendChart(quarters, employmentSeries, { title: employmentTitle, format: rateFormat })}
          description={describeSeries(employmentTitle, quarters, employmentSeries, rateFormat, noData)}
          table={tableOf(employmentTitle, quarters, employmentSeries, (value) => formatRate(value, noData), t('charts.quarter'))}
        />
        {ytd !== null && (
          <ChartFigure
            config={barChart(funnelCategories, funnelSeries, { title: funnelTitle, format: (value) => formatNumber(value) })}
            description={describeSeries(funnelTitle, funnelCategories, funnelSeries, (value) => formatNumber(value), noData)}
            table={tableOf(funnelTitle, funnelCategories, funnelSeries, count, t('dashboard.measure'))}
          />
        )}
        {ytd !== null && serviceNames.length > 0 && (
          <ChartFigure
            config={barChart(serviceNames, servicesSeries, { title: servicesTitle, format: (value) => formatNumber(value) })}
            description={describeSeries(servicesTitle, serviceNames, servicesSeries, (value) => formatNumber(value), noData)}
            table={tableOf(servicesTitle, serviceNames, servicesSeries, count, t('service.name'))}
          />
        )}
      </div>
    </section>
  );
}
