import type { Language } from '../domain/languages';
import { czechTies } from './czech-ties';
import { frenchSpaces } from './french-spaces';

/** A line of a document set the way its language's printers set it; languages without such rules are unchanged. */
export function typeset(language: Language, text: string): string {
  if (language === 'cs') return czechTies(text);
  if (language === 'fr') return frenchSpaces(text);
  return text;
}
