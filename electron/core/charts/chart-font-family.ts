import { GlobalFonts } from '@napi-rs/canvas';

/**
 * Sans-serif faces with Czech diacritics that ship with Windows, macOS and the common Linux desktops, in
 * the order we like them. Skia draws nothing for a family it cannot find, so the name must be one the
 * machine really has.
 */
const preferred = ['Arial', 'Helvetica', 'Segoe UI', 'Liberation Sans', 'Arimo', 'DejaVu Sans', 'Noto Sans', 'Open Sans', 'Roboto', 'Ubuntu', 'Cantarell', 'Verdana'] as const;

let chosen: string | null = null;

/** The installed family the report's charts are lettered in; read once, since the font list does not change while the app runs. */
export function chartFontFamily(): string {
  if (chosen !== null) return chosen;
  const installed = GlobalFonts.families.map((entry) => entry.family);
  const lower = new Map(installed.map((family) => [family.toLowerCase(), family]));
  const match = preferred.map((family) => lower.get(family.toLowerCase())).find((family) => family !== undefined);
  const anySans = installed.find((family) => /sans/i.test(family) && !/mono/i.test(family));
  chosen = match ?? anySans ?? installed[0] ?? 'sans-serif';
  return chosen;
}
