import { currentLanguage } from '../i18n/i18n';

/**
 * French sets a no-break space before a colon and a semicolon (« Orientations : 9 », « a ; b »); the other
 * languages of the workbench set none. The screens' own sentences carry it in their translations; these are
 * for the label–value pairs and lists the code puts together.
 */
function before(): string {
  return currentLanguage() === 'fr' ? '\u202f' : '';
}

/** "Referrals: 9" in the reader's typography. */
export function labelled(label: string, value: string | number): string {
  return `${label}${currentLanguage() === 'fr' ? '\u00a0' : ''}: ${String(value)}`;
}

/** Items in a list separated by semicolons, in the reader's typography. */
export function separated(items: readonly string[]): string {
  return items.join(`${before()}; `);
}
