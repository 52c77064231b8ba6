import { BorderStyle, HeightRule, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Language } from '../domain/languages';
import { wordDocument } from '../documents/word-document';
import { wordPage } from '../documents/word-page';
import { wordParagraphs } from '../documents/word-paragraphs';
import { translate } from '../../shared/translate';

const line = { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F' } as const;

/** An empty box to write in by hand; its height in centimetres. */
function writingBox(heightCm: number): Table {
  return new Table({
    width: { size: wordPage.textWidth, type: WidthType.DXA },
    columnWidths: [wordPage.textWidth],
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({
        height: { value: Math.round(heightCm * 567), rule: HeightRule.ATLEAST },
        children: [new TableCell({ width: { size: wordPage.textWidth, type: WidthType.DXA }, children: [new Paragraph({ children: [] })] })],
      }),
    ],
  });
}

/**
 * The one-page paper form for representatives who do not use the workbench: plain questions, room to
 * write, and the same choices as the form on screen, so the coordinator can type it in unchanged.
 */
export async function buildFeedbackFormDocx(language: Language): Promise<Uint8Array> {
  const say = (key: string) => translate(language, `feedbackForm.${key}`);
  const write = wordParagraphs(language);
  const box = '☐';
  return wordDocument({
    language,
    title: say('title'),
    footerText: say('title'),
    children: [
      write.title(say('title')),
      write.paragraph(say('intro')),
      write.heading2(say('q1')),
      // Seven centimetres: room for a handwritten paragraph, with the longest language (French) still on one page.
      writingBox(7),
      write.heading2(say('q2')),
      write.paragraph(say('q2Hint')),
      writingBox(2),
      write.heading2(say('q3')),
      write.paragraph(`${box} ${say('q3Name')}`),
      write.paragraph(`${box} ${say('q3Group')}`),
      write.paragraph(`${box} ${say('q3Anonymous')}`),
      write.heading2(say('q4')),
      write.paragraph(`${box} ${say('yes')}     ${box} ${say('no')}`),
      write.labelled(say('date'), '______________________'),
      write.paragraph(say('thanks')),
    ],
  });
}
