import { HeadingLevel, Paragraph } from 'docx';
import type { Language } from '../domain/languages';
import { wordRuns } from './word-runs';
import type { WordText } from './word-runs';

/**
 * Paragraph builders bound to one document's language. Headings use Word's built-in styles, so the navigation
 * pane, a table of contents and PDF bookmarks all find them.
 */
export function wordParagraphs(language: Language) {
  const paragraph = (text: WordText, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading, children: wordRuns(language, text) });
  return {
    title: (text: WordText) => paragraph(text, HeadingLevel.TITLE),
    heading1: (text: WordText) => paragraph(text, HeadingLevel.HEADING_1),
    heading2: (text: WordText) => paragraph(text, HeadingLevel.HEADING_2),
    heading3: (text: WordText) => paragraph(text, HeadingLevel.HEADING_3),
    paragraph: (text: WordText) => paragraph(text),
    /** A paragraph right below a table, set off from it: Word puts no space after a table. */
    afterTable: (text: WordText) => new Paragraph({ spacing: { before: 160 }, children: wordRuns(language, text) }),
    bullet: (text: WordText) => new Paragraph({ bullet: { level: 0 }, children: wordRuns(language, text) }),
    /** A bold label followed by its value on the same line, as in "Date: 3 March 2026". */
    labelled: (label: string, value: WordText) => paragraph([{ text: `${label} `, style: 'bold' }, ...(typeof value === 'string' ? [{ text: value }] : value)]),
  };
}
