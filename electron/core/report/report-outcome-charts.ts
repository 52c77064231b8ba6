import type { ChartConfiguration } from 'chart.js';
import type { Paragraph } from 'docx';
import { renderChartPng } from '../charts/render-chart-png';
import { wordFigure } from '../documents/word-figure';
import { barChart, describeSeries, type CategoryLabel, type Series } from '../domain/charts/chart-definitions';
import { targetMeasures } from '../domain/measures';
import type { ReportContext } from './report-context';
import { reportPeriodLabel } from './report-period-label';

type ChartSpec = { config: ChartConfiguration; title: string; categories: readonly CategoryLabel[]; series: readonly Series[]; format: (value: number) => string };

/** Layout size of every chart: the width of the text column, at twice the pixels so print stays sharp. */
const size = { width: 600, height: 190, pixelRatio: 2 } as const;

/** Beyond this many services, bars side by side are too thin to read; the table beside them says it all. */
export const maxServicesInChart = 12;

function spec(categories: readonly CategoryLabel[], series: readonly Series[], title: string, format: (value: number) => string): ChartSpec {
  return { config: barChart(categories, series, { title, format }), title, categories, series, format };
}

/** With targets: what was achieved beside what an even pace (or, once the year is over, the target) asks. Without: each quarter's counts. */
function againstTargets(context: ReportContext): ChartSpec {
  const { data, words } = context;
  const { committee } = data.outcomes;
  const count = (value: number) => words.number(value);
  const progress = committee.targets;
  const measures = targetMeasures.map((measure) => words.measure(measure));
  if (progress === null || progress.lines.every((line) => line.target === null)) {
    const quarters = committee.quarters.map((point) => words.quarter(point.quarter));
    const series = targetMeasures.map((measure) => ({ label: words.measure(measure), values: committee.quarters.map((point) => point.summary.totals[measure]) }));
    return spec(quarters, series, words.say('charts.quarters', { period: reportPeriodLabel(words, data.period.from, data.period.to).text }), count);
  }
  const series = [
    { label: words.say('charts.achieved'), values: progress.lines.map((line) => line.actual) },
    { label: words.say(progress.yearOver ? 'charts.target' : 'charts.expected'), values: progress.lines.map((line) => line.expected) },
  ];
  return spec(measures, series, words.say(progress.yearOver ? 'charts.againstTargetsYear' : 'charts.againstTargets', { year: progress.year }), count);
}

/** From referral to 13 weeks in work, each step labelled with the share of the step before that reached it. */
function funnel(context: ReportContext): ChartSpec {
  const { data, words } = context;
  const { summary } = data.outcomes.committee;
  const rates = [null, summary.engagementRate, summary.jobStartRate, summary.sustainmentRate];
  // The rate under the step's name, so the labels stay level and readable.
  const categories = targetMeasures.map((measure, index): CategoryLabel => {
    const rate = rates[index] ?? null;
    return rate === null ? words.measure(measure) : [words.measure(measure), words.say('charts.step', { rate: words.percent(rate.value) })];
  });
  const series = [{ label: words.say('charts.allServices'), values: targetMeasures.map((measure) => summary.totals[measure]) }];
  return spec(categories, series, words.say('charts.funnel', { period: reportPeriodLabel(words, data.period.from, data.period.to).text }), (value) => words.number(value));
}

function services(context: ReportContext): ChartSpec | null {
  const { data, words } = context;
  const list = data.outcomes.services;
  if (list.length < 2 || list.length > maxServicesInChart) return null;
  const series = targetMeasures.map((measure) => ({ label: words.measure(measure), values: list.map((service) => service.summary.totals[measure]) }));
  return spec(
    list.map((service) => service.name),
    series,
    words.say('charts.services', { period: reportPeriodLabel(words, data.period.from, data.period.to).text }),
    (value) => words.number(value),
  );
}

/**
 * The charts of the period, drawn from the dashboard's chart definitions: the outcomes against the targets,
 * the funnel from referral to 13 weeks in work with its conversion rates, and the services side by side.
 * They cover only the period's quarters; each picture's alt text gives its numbers in the report's language.
 */
export async function reportOutcomeCharts(context: ReportContext): Promise<Paragraph[]> {
  const { words, write } = context;
  const charts = [againstTargets(context), funnel(context), services(context)].filter((chart): chart is ChartSpec => chart !== null);
  const drawn = await Promise.all(charts.map(async (chart) => ({ chart, png: await renderChartPng(chart.config, size) })));
  return [
    write.heading2(words.say('outcomes.chartsHeading')),
    ...drawn.flatMap(({ chart, png }, index) =>
      wordFigure(words.language, {
        png,
        width: size.width,
        height: size.height,
        description: describeSeries(chart.title, chart.categories.map((label) => (typeof label === 'string' ? label : label.join(' '))), chart.series, chart.format, words.noData),
        caption: words.say('charts.caption', { number: index + 1, title: chart.title }),
      }),
    ),
  ];
}
