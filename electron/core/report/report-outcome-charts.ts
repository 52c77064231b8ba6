import type { ChartConfiguration } from 'chart.js';
import type { Paragraph } from 'docx';
import { renderChartPng } from '../charts/render-chart-png';
import { wordFigure } from '../documents/word-figure';
import { barChart, describeSeries, trendChart, type Series } from '../domain/charts/chart-definitions';
import { targetMeasures } from '../domain/measures';
import type { ReportContext } from './report-context';
import { reportPeriodLabel } from './report-period-label';

type ChartSpec = { config: ChartConfiguration; title: string; categories: readonly string[]; series: readonly Series[]; format: (value: number) => string };

/** Layout size of every chart: the width of the text column, at twice the pixels so print stays sharp. */
const size = { width: 600, height: 250, pixelRatio: 2 } as const;

/** Beyond this many services, bars side by side are too thin to read; the table beside them says it all. */
export const maxServicesInChart = 12;

function specs(context: ReportContext): ChartSpec[] {
  const { data, words } = context;
  const { committee, services } = data.outcomes;
  const count = (value: number) => words.number(value);
  const quarters = committee.trend.map((point) => words.quarter(point.quarter));
  const measures = targetMeasures.map((measure) => words.measure(measure));
  const trendSeries = targetMeasures.map((measure) => ({ label: words.measure(measure), values: committee.trend.map((point) => point.summary.totals[measure]) }));
  const employmentSeries = [{ label: words.rate('employmentRate'), values: committee.trend.map((point) => point.summary.employmentRate?.value ?? null) }];
  const funnelSeries = [{ label: words.say('charts.allServices'), values: targetMeasures.map((measure) => committee.summary.totals[measure]) }];
  const period = reportPeriodLabel(words, data.period.from, data.period.to).text;
  const range = { from: quarters[0] ?? '', to: quarters[quarters.length - 1] ?? '' };
  const titles = {
    trend: words.say('charts.trend', range),
    employment: words.say('charts.employment', range),
    funnel: words.say('charts.funnel', { period }),
    services: words.say('charts.services', { period }),
  };
  const percent = (value: number) => words.percent(value);
  const charts: ChartSpec[] = [
    { config: trendChart(quarters, trendSeries, { title: titles.trend, format: count }), title: titles.trend, categories: quarters, series: trendSeries, format: count },
    { config: trendChart(quarters, employmentSeries, { title: titles.employment, format: percent }), title: titles.employment, categories: quarters, series: employmentSeries, format: percent },
    { config: barChart(measures, funnelSeries, { title: titles.funnel, format: count }), title: titles.funnel, categories: measures, series: funnelSeries, format: count },
  ];
  if (services.length < 2 || services.length > maxServicesInChart) return charts;
  const names = services.map((service) => service.name);
  const servicesSeries = targetMeasures.map((measure) => ({ label: words.measure(measure), values: services.map((service) => service.summary.totals[measure]) }));
  return [...charts, { config: barChart(names, servicesSeries, { title: titles.services, format: count }), title: titles.services, categories: names, series: servicesSeries, format: count }];
}

/**
 * The dashboard's charts for the report's period, drawn from the same definitions: the trend of each
 * outcome and of the employment rate over eight quarters, the funnel from referral to 13 weeks in work, and
 * the services side by side. Each picture's alt text gives its numbers in the report's language.
 */
export async function reportOutcomeCharts(context: ReportContext): Promise<Paragraph[]> {
  const { words } = context;
  const drawn = await Promise.all(specs(context).map(async (spec) => ({ spec, png: await renderChartPng(spec.config, size) })));
  return drawn.flatMap(({ spec, png }, index) =>
    wordFigure(words.language, {
      png,
      width: size.width,
      height: size.height,
      description: describeSeries(spec.title, spec.categories, spec.series, spec.format, words.noData),
      caption: words.say('charts.caption', { number: index + 1, title: spec.title }),
    }),
  );
}
