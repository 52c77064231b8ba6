/**
 * Colours that stay apart for the common colour-vision differences (Okabe–Ito) and reach 3:1 against
 * white; every chart also has a table and a text alternative, so no figure depends on colour alone.
 */
export const chartPalette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8C6D00', '#56B4E9', '#000000'] as const;

export const chartPointStyles = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'cross'] as const;

export function chartColour(index: number): string {
  return chartPalette[index % chartPalette.length] ?? '#000000';
}
