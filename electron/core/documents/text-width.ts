import widths from './fallback-font-widths.json';

const regular = new Map(Object.entries(widths.regular));
const bold = new Map(Object.entries(widths.bold));

/** A character the table does not know is taken as wide as a capital M, so an estimate never runs short. */
const unknownWidth = { regular: 0.87, bold: 1.0 };

/**
 * How wide a piece of text is, in twips, at a size given in half-points (Word's unit: 20 is 10 pt), laid out in
 * DejaVu Sans: the face LibreOffice falls back to without Calibri, and wider than Calibri, Carlito, Arial or
 * Liberation Sans. Sized for it, a column fits in any of them.
 */
export function textWidth(text: string, style: { bold: boolean; halfPoints: number }): number {
  const table = style.bold ? bold : regular;
  const fallback = style.bold ? unknownWidth.bold : unknownWidth.regular;
  let ems = 0;
  for (const character of text) ems += table.get(character) ?? fallback;
  // An em is the font size; a point is 20 twips and a half-point 10.
  return ems * style.halfPoints * 10;
}
