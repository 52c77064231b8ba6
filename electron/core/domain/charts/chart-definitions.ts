import type { ChartConfiguration } from 'chart.js';
import { chartColour, chartPointStyles } from './chart-palette';

/** What a chart needs besides numbers: labels already in the reader's language, and number formatting. */
export type ChartText = { title: string; format: (value: number) => string; showTitle?: boolean };

export type Series = { label: string; values: (number | null)[] };

const baseOptions = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  plugins: { legend: { position: 'bottom' } },
} as const;

/** A measure over the quarters; gaps where a quarter was not reported, never a drop to zero. */
export function trendChart(quarters: readonly string[], series: readonly Series[], text: ChartText): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: [...quarters],
      datasets: series.map((line, index) => ({
        label: line.label,
        data: [...line.values],
        borderColor: chartColour(index),
        backgroundColor: chartColour(index),
        pointStyle: chartPointStyles[index % chartPointStyles.length],
        pointRadius: 4,
        spanGaps: false,
        tension: 0,
      })),
    },
    options: {
      ...baseOptions,
      plugins: { ...baseOptions.plugins, title: { display: text.showTitle ?? false, text: text.title } },
      scales: { y: { beginAtZero: true, ticks: { callback: (value) => text.format(Number(value)) } } },
    },
  };
}

/** A category's label: one line, or several lines (a measure over its conversion rate) so it never has to be tilted. */
export type CategoryLabel = string | readonly string[];

/** Bars side by side: the funnel (one series) or the services compared (one series per measure). */
export function barChart(categories: readonly CategoryLabel[], series: readonly Series[], text: ChartText): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: categories.map((label) => (typeof label === 'string' ? label : [...label])),
      datasets: series.map((bars, index) => ({
        label: bars.label,
        data: [...bars.values],
        backgroundColor: chartColour(index),
        borderColor: '#1b2430',
        borderWidth: 1,
      })),
    },
    options: {
      ...baseOptions,
      plugins: { ...baseOptions.plugins, legend: { display: series.length > 1, position: 'bottom' }, title: { display: text.showTitle ?? false, text: text.title } },
      // Category names stay level (split over lines by the caller where long) and every one is shown.
      scales: { x: { ticks: { maxRotation: 0, autoSkip: false } }, y: { beginAtZero: true, ticks: { callback: (value) => text.format(Number(value)) } } },
    },
  };
}

/** One sentence a screen reader or a report reader gets instead of the picture. */
export function describeSeries(title: string, categories: readonly string[], series: readonly Series[], format: (value: number) => string, noData: string): string {
  const parts = series.map((line) => {
    const points = line.values.map((value, index) => (value === null ? null : `${categories[index] ?? ''} ${format(value)}`)).filter((part): part is string => part !== null);
    return points.length === 0 ? `${line.label}: ${noData}` : `${line.label}: ${points.join(', ')}`;
  });
  return `${title}. ${parts.join('; ')}.`;
}
