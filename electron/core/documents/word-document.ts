import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { FileChild, IStylesOptions } from 'docx';
import type { Language } from '../domain/languages';
import { localeTag } from '../domain/locale-tag';
import { documentText } from './document-text';
import { wordCoreProperties } from './word-core-properties';
import { wordPage } from './word-page';

export type WordDocumentContent = {
  language: Language;
  /** The document's title in its properties; the visible title is one of the children. */
  title: string;
  subject?: string;
  /** Printed in the footer before the page number, so a loose printed page still says what it belongs to. */
  footerText?: string;
  children: readonly FileChild[];
  /** The body text size in half-points; 22 (11 pt) unless the document is for large type, like the easy-read summary. */
  bodySize?: number;
};

const font = 'Calibri';
const ink = '1F3864';

function styles(language: Language, bodySize: number): IStylesOptions {
  // Headings grow with the body text, so a large-type document keeps its proportions.
  const scale = (size: number) => Math.round((size * bodySize) / 22);
  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: { font, size: scale(size), bold: true, color: ink },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        run: { font, size: bodySize, language: { value: localeTag(language) } },
        // The rule is explicit because LibreOffice reads a bare line height as exact, which makes big titles overlap.
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font, size: scale(40), bold: true, color: ink }, paragraph: { spacing: { after: 200 }, keepNext: true } },
      heading1: heading(30, 360, 0),
      heading2: heading(26, 280, 1),
      heading3: heading(23, 200, 2),
    },
  };
}

/** "Page 2 of 5" in the document's language, with Word filling in both numbers as it lays out the pages. */
function footer(language: Language, footerText: string): Footer {
  const template = documentText(language, 'common.pageOfPages', { page: '{{page}}', pages: '{{pages}}' });
  const parts = template
    .split(/(\{\{page\}\}|\{\{pages\}\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{{page}}' ? PageNumber.CURRENT : part === '{{pages}}' ? PageNumber.TOTAL_PAGES : part));
  const prefix = footerText === '' ? [] : [`${footerText} · `];
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [...prefix, ...parts], size: 18, color: '404040', language: { value: localeTag(language) } })] })],
  });
}

/**
 * One Word document as the workbench writes them all: A4, Word's own heading styles, page numbers in the footer
 * and the language set throughout. Returns the .docx file's bytes.
 */
export async function wordDocument(content: WordDocumentContent): Promise<Uint8Array> {
  const { language, title, subject = '', footerText = '', children, bodySize = 22 } = content;
  const application = documentText(language, 'common.application');
  const document = new Document({
    title,
    subject,
    creator: application,
    lastModifiedBy: application,
    styles: styles(language, bodySize),
    sections: [
      {
        properties: {
          page: {
            size: { width: wordPage.width, height: wordPage.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: wordPage.margin, bottom: wordPage.margin, left: wordPage.margin, right: wordPage.margin, header: 708, footer: 708 },
          },
        },
        footers: { default: footer(language, footerText) },
        children: [...children],
      },
    ],
  });
  const bytes = await Packer.toBuffer(document, false, [wordCoreProperties(language, title, subject, new Date())]);
  return new Uint8Array(bytes);
}
