import { BorderStyle, HeadingLevel, Paragraph } from 'docx';
import type { FileChild } from 'docx';
import { splitParagraphs } from '../documents/split-paragraphs';
import { wordDocument } from '../documents/word-document';
import { wordRuns } from '../documents/word-runs';
import { reportAppendix } from './report-appendix';
import { reportBarriers } from './report-barriers';
import { reportContext, type ReportContext, type ReportPart } from './report-context';
import type { ReportData } from './report-data';
import { reportDecisions } from './report-decisions';
import { reportCover } from './report-cover';
import { reportFidelity } from './report-fidelity';
import { reportNextSteps } from './report-next-steps';
import { reportOutcomes } from './report-outcomes';
import { reportSections, type ReportSection } from '../domain/report-sections';
import type { ReportOptions } from './report-options';
import { reportSummary } from './report-summary';
import { reportTitle } from './report-title';
import { reportVoice } from './report-voice';

const parts: Record<ReportSection, ReportPart> = {
  summary: reportSummary,
  outcomes: reportOutcomes,
  fidelity: reportFidelity,
  barriers: reportBarriers,
  decisions: reportDecisions,
  voice: reportVoice,
  next_steps: reportNextSteps,
  appendix: reportAppendix,
};

type Block = { heading: string; body: FileChild[] };

/** The committee's own words, set off by a rule at the left so that no reader takes them for generated text. */
function committeeWords(context: ReportContext, text: string): Paragraph[] {
  const rule = { style: BorderStyle.SINGLE, size: 12, color: '8EA9C1', space: 8 };
  return splitParagraphs(text).map((part) => new Paragraph({ indent: { left: 240 }, border: { left: rule }, children: wordRuns(context.words.language, part) }));
}

/** The first heading after the cover starts a new page, so the cover stands alone. */
function heading(context: ReportContext, text: string, first: boolean): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: first, children: wordRuns(context.words.language, text) });
}

async function blocks(context: ReportContext): Promise<Block[]> {
  const { options, words } = context;
  const foreword = splitParagraphs(options.foreword);
  const chosen = reportSections.filter((section) => options.sections.includes(section));
  const sections = await Promise.all(
    chosen.map(async (section): Promise<Block> => ({ heading: words.say(`sections.${section}`), body: [...committeeWords(context, options.comments[section] ?? ''), ...(await parts[section](context))] })),
  );
  return [...(foreword.length === 0 ? [] : [{ heading: words.say('sections.foreword'), body: committeeWords(context, options.foreword) }]), ...sections];
}

/**
 * The twice-yearly report of the committee as a Word document in the language chosen: the cover, the
 * foreword, then the chosen sections in their fixed order, each with the committee's comment under its
 * heading. Every figure comes from ReportData as loaded; nothing is computed again here.
 */
export async function buildReportDocx(data: ReportData, options: ReportOptions): Promise<Uint8Array> {
  const context = reportContext(data, options);
  const title = reportTitle(context);
  const body = (await blocks(context)).flatMap((block, index) => [heading(context, block.heading, index === 0), ...block.body]);
  return wordDocument({ language: options.language, title, subject: data.committee?.name ?? '', footerText: title, children: [...reportCover(context), ...body] });
}
