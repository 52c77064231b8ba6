import type { ChartConfiguration } from 'chart.js';
import type { ChartText } from './chart-definitions';
import { chartColour } from './chart-palette';

/** A service's fidelity totals over its reviews, with the band thresholds drawn as dashed lines. */
export function fidelityHistoryChart(dates: readonly string[], totals: readonly (number | null)[], thresholds: readonly { label: string; value: number }[], text: ChartText): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: [...dates],
      datasets: [
        { label: text.title, data: [...totals], borderColor: chartColour(0), backgroundColor: chartColour(0), pointRadius: 5, tension: 0, spanGaps: false },
        ...thresholds.map((threshold, index) => ({
          label: threshold.label,
          data: dates.map(() => threshold.value),
          borderColor: chartColour(index + 1),
          backgroundColor: chartColour(index + 1),
          borderDash: [6, 4],
          borderWidth: 1.5,
          pointRadius: 0,
        })),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom' }, title: { display: text.showTitle ?? false, text: text.title } },
      scales: { y: { min: 25, max: 125, ticks: { callback: (value) => text.format(Number(value)) } } },
    },
  };
}
