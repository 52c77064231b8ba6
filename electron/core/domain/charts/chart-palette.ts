/**
 * Colours that stay apart for the common colour-vision differences (after Okabe–Ito, the light ones
 * darkened) and each reach 3:1 against
 * white; every chart also has a table and a text alternative, so no figure depends on colour alone.
 */
export const chartPalette = ['#0072B2', '#D55E00', '#009E73', '#B3477F', '#8C6D00', '#7A4FA0', '#000000'] as const;

export const chartPointStyles = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'cross'] as const;

export function chartColour(index: number): string {
  return chartPalette[index % chartPalette.length] ?? '#000000';
}
