import { TextRun } from 'docx';
import type { IRunOptions } from 'docx';
import type { Language } from '../domain/languages';
import { localeTag } from '../domain/locale-tag';
import { typeset } from './typeset';

/** `language`: a part in another language than the document's, such as a citation as it was published. */
export type WordRun = { text: string; style?: 'bold' | 'italic'; language?: Language };

/** Plain text, or text with parts in bold or italics. */
export type WordText = string | readonly WordRun[];

/**
 * Runs tagged with the document's language, so Word checks spelling and hyphenates in the right language even
 * where a reader's Word defaults to another. A line break typed in the app stays a line break. The size, in
 * half-points, is the document's unless given (tables set their own).
 */
export function wordRuns(language: Language, text: WordText, halfPoints?: number): TextRun[] {
  const parts: readonly WordRun[] = typeof text === 'string' ? [{ text }] : text;
  // Every run is set by its language's rules, the committee's own words too (Czech ties, French spaces).
  return parts.flatMap((part) => {
    const partLanguage = part.language ?? language;
    const lang = { value: localeTag(partLanguage) };
    return part.text.split(/\r?\n/).map((line, index) => {
      // Typed apart from the constructor call, whose string overload would otherwise be checked for `bold`.
      const options: IRunOptions = { text: typeset(partLanguage, line), bold: part.style === 'bold' ? true : undefined, italics: part.style === 'italic' ? true : undefined, break: index > 0 ? 1 : undefined, language: lang, size: halfPoints };
      return new TextRun(options);
    });
  });
}
