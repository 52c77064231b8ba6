import type { ChartConfiguration } from 'chart.js';
import type { ChartText } from './chart-definitions';

/** From pale to dark: severity 1 to 5. Each step is also written out in the table alternative. */
export const severityShades = ['#fde9c9', '#f9c07a', '#ef8a3c', '#c8501f', '#7f2704'] as const;

/**
 * A heat map drawn as square points on two category axes: review dates across, barriers down. Chart.js
 * has no heat-map type, and this keeps the report and the dashboard on the same definition.
 */
export function severityHeatMap(dates: readonly string[], rows: readonly { label: string; severities: (number | null)[] }[], text: ChartText): ChartConfiguration<'scatter'> {
  const points = rows.flatMap((row) =>
    row.severities.flatMap((severity, column) => (severity === null ? [] : [{ x: column, y: rows.length - 1 - rows.indexOf(row), severity }])),
  );
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: text.title,
          data: points.map((point) => ({ x: point.x, y: point.y })),
          pointStyle: 'rect',
          pointRadius: 13,
          pointHoverRadius: 14,
          backgroundColor: points.map((point) => severityShades[point.severity - 1] ?? '#cccccc'),
          borderColor: '#1b2430',
          borderWidth: 1,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false }, title: { display: text.showTitle ?? false, text: text.title }, tooltip: { enabled: true } },
      scales: {
        // The half-step margins keep the squares off the edges; the ticks are set to the whole positions.
        x: {
          type: 'linear',
          min: -0.5,
          max: dates.length - 0.5,
          afterBuildTicks: (axis) => {
            axis.ticks = dates.map((_date, index) => ({ value: index }));
          },
          ticks: { autoSkip: false, callback: (value) => dates[Number(value)] ?? '' },
          grid: { display: false },
        },
        y: {
          type: 'linear',
          min: -0.5,
          max: rows.length - 0.5,
          afterBuildTicks: (axis) => {
            axis.ticks = rows.map((_row, index) => ({ value: index }));
          },
          ticks: { autoSkip: false, callback: (value) => rows[rows.length - 1 - Number(value)]?.label ?? '' },
          grid: { display: false },
        },
      },
    },
  };
}
