import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { chartFontFamily } from '../../electron/core/charts/chart-font-family';
import { renderChartPng } from '../../electron/core/charts/render-chart-png';
import { barChart, trendChart } from '../../electron/core/domain/charts/chart-definitions';
import { chartPalette } from '../../electron/core/domain/charts/chart-palette';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height as the PNG header (IHDR, right after the signature) states them. */
function headerSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

type Pixels = { width: number; height: number; data: Uint8ClampedArray };

async function decode(png: Uint8Array): Promise<Pixels> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  return { width: image.width, height: image.height, data };
}

function rgb(hex: string): [number, number, number] {
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}

/** Pixels inside a box (fractions of the image) that match a colour exactly, or that are not white. */
function count(pixels: Pixels, box: { left: number; top: number; right: number; bottom: number }, match: (r: number, g: number, b: number) => boolean): number {
  let found = 0;
  for (let y = Math.floor(box.top * pixels.height); y < Math.floor(box.bottom * pixels.height); y += 1) {
    for (let x = Math.floor(box.left * pixels.width); x < Math.floor(box.right * pixels.width); x += 1) {
      const at = (y * pixels.width + x) * 4;
      if (match(pixels.data[at] ?? 0, pixels.data[at + 1] ?? 0, pixels.data[at + 2] ?? 0)) found += 1;
    }
  }
  return found;
}

const plotArea = { left: 0.15, top: 0.15, right: 0.95, bottom: 0.75 };
const seriesPixels = (pixels: Pixels, index: number) => {
  const [r, g, b] = rgb(chartPalette[index] ?? '#000000');
  return count(pixels, plotArea, (pr, pg, pb) => pr === r && pg === g && pb === b);
};

const quarters = ['2024 Q3', '2024 Q4', '2025 Q1', '2025 Q2', '2025 Q3', '2025 Q4', '2026 Q1', '2026 Q2'];
const text = { title: 'Nástupy do zaměstnání', format: (value: number) => String(value), showTitle: true };

describe('charts drawn without a browser', () => {
  it('draws a trend chart as a PNG of the size asked, at twice the resolution for print, on white', async () => {
    const config = trendChart(quarters, [{ label: 'IPS Lipová-město', values: [3, 5, null, 8, 9, 12, 11, 14] }, { label: 'IPS Horní Lhota', values: [1, 2, 4, 4, 6, 5, 7, 9] }], text);
    const png = await renderChartPng(config, { width: 600, height: 300 });
    expect([...png.slice(0, 8)]).toEqual(pngSignature);
    expect(headerSize(png)).toEqual({ width: 1200, height: 600 });

    const pixels = await decode(png);
    expect(pixels.data[3]).toBe(255);
    expect(count(pixels, { left: 0, top: 0, right: 0.02, bottom: 0.02 }, (r, g, b) => r === 255 && g === 255 && b === 255)).toBeGreaterThan(0);
    expect(count(pixels, plotArea, (r, g, b) => r < 250 || g < 250 || b < 250)).toBeGreaterThan(1000);
    expect(seriesPixels(pixels, 0)).toBeGreaterThan(200);
    expect(seriesPixels(pixels, 1)).toBeGreaterThan(200);
  });

  it('draws a bar chart with one colour per series, at the ratio asked', async () => {
    const config = barChart(['Referrals', 'Engaged', 'Job starts', '13 weeks'], [{ label: 'Lipová', values: [40, 30, 12, 7] }, { label: 'Horní Lhota', values: [25, 20, 9, 5] }], text);
    const png = await renderChartPng(config, { width: 480, height: 320, pixelRatio: 1 });
    expect([...png.slice(0, 8)]).toEqual(pngSignature);
    expect(headerSize(png)).toEqual({ width: 480, height: 320 });
    const pixels = await decode(png);
    expect(seriesPixels(pixels, 0)).toBeGreaterThan(1000);
    expect(seriesPixels(pixels, 1)).toBeGreaterThan(1000);
  });

  it('letters the axes and legend in a font the machine has, so text is never blank', async () => {
    expect(chartFontFamily()).not.toBe('');
    // The legend's swatch is coloured; only its words are drawn in the dark text colour.
    const labelled = trendChart(quarters, [{ label: 'Referrals', values: [1, 2, 3, 4, 5, 6, 7, 8] }], text);
    const pixels = await decode(await renderChartPng(labelled, { width: 600, height: 300 }));
    const legendBand = { left: 0.3, top: 0.88, right: 0.7, bottom: 1 };
    expect(count(pixels, legendBand, (r, g, b) => r < 120 && g < 120 && b < 120)).toBeGreaterThan(50);
  });

  it('leaves the definition it was given as it was, so the dashboard can use it again', async () => {
    const config = trendChart(quarters, [{ label: 'x', values: [1, 2, 3, 4, 5, 6, 7, 8] }], text);
    await renderChartPng(config, { width: 300, height: 200 });
    expect(config.options?.responsive).toBe(true);
    expect(config.plugins).toBeUndefined();
  });
});
