import { describe, expect, it } from 'vitest';
import { chartPalette } from '../../electron/core/domain/charts/chart-palette';

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((index) => {
    const value = parseInt(hex.slice(index, index + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('chart colours', () => {
  it('each reach the 3:1 contrast WCAG asks of graphics against the white chart background', () => {
    for (const colour of chartPalette) expect((1.05 / (luminance(colour) + 0.05)), colour).toBeGreaterThanOrEqual(3);
  });
});
