import { ImageRun, Paragraph } from 'docx';
import type { Language } from '../domain/languages';
import { wordPage } from './word-page';
import { wordRuns } from './word-runs';

export type WordFigureContent = {
  png: Uint8Array;
  /** The picture's own size in pixels, for its proportions. */
  width: number;
  height: number;
  /** What the picture shows, for readers who cannot see it: Word's alt text. */
  description: string;
  caption: string;
};

// Word sizes pictures in pixels at 96 to the inch; the page is measured in twips, 1440 to the inch.
const textWidthInPixels = Math.floor((wordPage.textWidth * 96) / 1440);

/**
 * A picture (a chart, say) no wider than the text column (or the width given, in pixels), with alt text and a
 * caption below it; the picture is kept on the same page as its caption.
 */
export function wordFigure(language: Language, figure: WordFigureContent, maxWidth: number = textWidthInPixels): Paragraph[] {
  const scale = Math.min(1, maxWidth / Math.max(1, figure.width));
  const image = new ImageRun({
    type: 'png',
    data: figure.png,
    transformation: { width: Math.round(figure.width * scale), height: Math.round(figure.height * scale) },
    altText: { name: figure.caption, title: figure.caption, description: figure.description },
  });
  return [new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [image] }), new Paragraph({ style: 'Caption', children: wordRuns(language, figure.caption) })];
}
