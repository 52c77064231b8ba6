import type { ChartConfiguration } from 'chart.js';
import type { FileChild } from 'docx';
import { renderChartPng } from '../charts/render-chart-png';
import { wordFigureRow } from '../documents/word-figure-row';
import { barChart, describeSeries, type CategoryLabel, type Series } from '../domain/charts/chart-definitions';
import { targetMeasures } from '../domain/measures';
import type { ReportContext } from './report-context';
import { reportPeriodLabel } from './report-period-label';

type ChartSpec = { config: ChartConfiguration; title: string; categories: readonly CategoryLabel[]; series: readonly Series[]; format: (value: number) => string };

/** Layout size of every chart: half the text column, as two stand side by side, at twice the pixels so print stays sharp. */
const size = { width: 300, height: 230, pixelRatio: 2 } as const;

/** A category name over as many short lines as it needs, so a narrow chart need not tilt it. */
function wrapped(label: string, width = 12): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function spec(categories: readonly CategoryLabel[], series: readonly Series[], title: string, format: (value: number) => string): ChartSpec {
  return { config: barChart(categories, series, { title, format }), title, categories, series, format };
}

/** With targets: what was achieved beside what an even pace (or, once the year is over, the target) asks. Without: each quarter's counts. */
function againstTargets(context: ReportContext): ChartSpec {
  const { data, words } = context;
  const { committee } = data.outcomes;
  const count = (value: number) => words.number(value);
  const progress = committee.targets;
  const measures = targetMeasures.map((measure) => wrapped(words.measure(measure)));
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
    return rate === null ? wrapped(words.measure(measure)) : [...wrapped(words.measure(measure)), words.say('charts.step', { rate: words.percent(rate.value) })];
  });
  const series = [{ label: words.say('charts.allServices'), values: targetMeasures.map((measure) => summary.totals[measure]) }];
  return spec(categories, series, words.say('charts.funnel', { period: reportPeriodLabel(words, data.period.from, data.period.to).text }), (value) => words.number(value));
}

/**
 * The charts of the period, drawn from the dashboard's chart definitions: the outcomes against the targets
 * and the funnel from referral to 13 weeks in work with its conversion rates.
 * They cover only the period's quarters; each picture's alt text gives its numbers in the report's language.
 */
export async function reportOutcomeCharts(context: ReportContext): Promise<FileChild[]> {
  const { words, write } = context;
  // The services are compared in the table that follows, which gives the same numbers exactly.
  const charts = [againstTargets(context), funnel(context)];
  const drawn = await Promise.all(charts.map(async (chart) => ({ chart, png: await renderChartPng(chart.config, size) })));
  return [
    write.heading2(words.say('outcomes.chartsHeading')),
    wordFigureRow(
      words.language,
      drawn.map(({ chart, png }, index) => ({
        png,
        width: size.width,
        height: size.height,
        description: describeSeries(chart.title, chart.categories.map((label) => (typeof label === 'string' ? label : label.join(' '))), chart.series, chart.format, words.noData),
        caption: words.say('charts.caption', { number: index + 1, title: chart.title }),
      })),
    ),
  ];
}
