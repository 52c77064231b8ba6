// Writes electron/core/documents/fallback-font-widths.json: the advance width, in ems, of each character the
// documents' languages use, in DejaVu Sans and DejaVu Sans Bold. That is what LibreOffice lays out a Word
// file in on a machine without Calibri (and it is wider than Calibri, Carlito, Arial or Liberation Sans), so
// table columns sized for it fit in every font a reader is likely to have.
// Run it again (node scripts/measure-fallback-font.mjs) only to add characters; it needs the DejaVu fonts.
import { writeFileSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

const faces = {
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
};
GlobalFonts.registerFromPath(faces.regular, 'Fallback Regular');
GlobalFonts.registerFromPath(faces.bold, 'Fallback Bold');

const ranges = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2010, 0x2026],
];
const extra = ['→', '●', '·', '−', '€', '№'];
const characters = [...ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index))), ...extra];

const size = 1000;
const context = createCanvas(10, 10).getContext('2d');
const measure = (family) => {
  context.font = `${size}px "${family}"`;
  return Object.fromEntries(characters.map((character) => [character, Math.round((context.measureText(character).width / size) * 1000) / 1000]));
};
const widths = { source: 'DejaVu Sans (Debian fonts-dejavu-core), measured by scripts/measure-fallback-font.mjs', regular: measure('Fallback Regular'), bold: measure('Fallback Bold') };
writeFileSync(new URL('../electron/core/documents/fallback-font-widths.json', import.meta.url), `${JSON.stringify(widths, null, 1)}\n`);
console.log(`measured ${String(characters.length)} characters`);
