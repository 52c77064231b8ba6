import { createCanvas } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Title,
  type ChartConfiguration,
  type ChartItem,
  type Plugin,
} from 'chart.js';
import { chartFontFamily } from './chart-font-family';

/** What the shared chart definitions (line, bar and the scatter heat map) need, and no more. */
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, ScatterController, CategoryScale, LinearScale, Legend, Title);

export type ChartSize = {
  /** Layout size in CSS pixels, as the chart is laid out on screen. */
  width: number;
  height: number;
  /** Device pixels per layout pixel; 2 keeps lines and letters sharp in print. The PNG is width × ratio by height × ratio. */
  pixelRatio?: number;
};

/** A canvas is transparent until painted; Word and printers would show that as black or as the page colour. */
const whiteBackground: Plugin = {
  id: 'workbenchWhiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/**
 * Chart.js types its target as a DOM canvas; without a DOM it only calls getContext('2d') on it, which the
 * Skia canvas has. Checking for that is the honest bridge between the two types.
 */
function isChartItem(value: unknown): value is ChartItem {
  return typeof value === 'object' && value !== null && 'getContext' in value && typeof value.getContext === 'function';
}

/**
 * Draws a chart definition from electron/core/domain/charts (the same the dashboard shows) without a
 * browser, for the Word report and the CLI: fixed size, no animation, on white.
 */
export async function renderChartPng(config: ChartConfiguration, size: ChartSize): Promise<Uint8Array> {
  const pixelRatio = size.pixelRatio ?? 2;
  const canvas = createCanvas(Math.round(size.width), Math.round(size.height));
  if (!isChartItem(canvas)) throw new Error('the canvas cannot be drawn on');
  Chart.defaults.font.family = chartFontFamily();
  Chart.defaults.color = '#1b2430';
  const chart = new Chart(canvas, {
    ...config,
    // A little room at the edges, so the first and last axis labels are not cut on paper.
    options: { ...config.options, layout: config.options?.layout ?? { padding: 8 }, responsive: false, animation: false, devicePixelRatio: pixelRatio },
    plugins: [...(config.plugins ?? []), whiteBackground],
  });
  try {
    chart.draw();
    return new Uint8Array(await canvas.encode('png'));
  } finally {
    chart.destroy();
  }
}
