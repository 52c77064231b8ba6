import { Paragraph } from 'docx';
import type { FileChild } from 'docx';
import { wordRuns, type WordText } from '../documents/word-runs';
import { isStock } from '../domain/measures';

/** Enough of a SHA-256 digest to match a copy of the file, short enough to sit in a table cell unbroken. */
const checksumLength = 10;
import type { ReportContext } from './report-context';

function definitions(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const { appendix } = data;
  const benchmarks = { minimal: words.percent(appendix.employmentBenchmarks.minimal), average: words.percent(appendix.employmentBenchmarks.average), excellent: words.percent(appendix.employmentBenchmarks.excellent) };
  // Each count says whether it is a flow (added up over the quarters) or a stock (averaged per quarter).
  const kind = (measure: (typeof appendix.measures)[number]): WordText => [{ text: words.measure(measure) }, { text: `\n${words.say(isStock(measure) ? 'appendix.stock' : 'appendix.flow')}`, style: 'italic' }];
  const measures = appendix.measures.map((measure) => [kind(measure), words.say(`measures.${measure}.definition`), words.say(`measures.${measure}.source`)]);
  const rates = appendix.rates.map((rate) => [words.rate(rate), words.say(`rates.${rate}.definition`, benchmarks), words.say(`rates.${rate}.source`)]);
  return [
    write.heading2(words.say('appendix.definitionsHeading')),
    write.paragraph(words.say('appendix.counting')),
    context.table(['appendix.figure', 'appendix.definition', 'appendix.source'], [...measures, ...rates]),
    write.afterTable(words.say('appendix.ipsGrow')),
  ];
}

function bands(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const rows = data.appendix.fidelityBands.map((band) => [words.say(`fidelity.bands.${band.id}`), words.say('appendix.bandRange', { min: words.number(band.min), max: words.number(band.max) })]);
  return [write.heading2(words.say('appendix.bandsHeading')), write.paragraph(words.say('appendix.bandsIntro')), context.table(['appendix.band', 'appendix.total'], rows)];
}

function imports(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const { appendix } = data;
  const heading = write.heading2(words.say('appendix.importsHeading'));
  const manual = write.paragraph(words.count('appendix.manualChanges', appendix.manualChanges));
  if (appendix.imports.length === 0) return [heading, context.none('appendix.noImports'), manual];
  // The checksum is shortened so that it stays one word that fits its column.
  const rows = appendix.imports.map((batch) => [
    [{ text: batch.fileName }, { text: `\n${words.say(`appendix.kind.${batch.kind}`)}`, style: 'italic' as const }],
    words.number(batch.rowCount),
    words.date(batch.importedAt),
    batch.importedBy === null ? words.noData : context.names.person(batch.importedBy),
    batch.sha256.slice(0, checksumLength),
  ]);
  return [
    heading,
    context.table(['appendix.file', 'appendix.rows', 'appendix.importedOn', 'appendix.importedBy', 'appendix.checksum'], rows),
    write.afterTable(words.say('appendix.checksumNote', { length: checksumLength })),
    manual,
  ];
}

function catalogue(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const { version, sources } = data.appendix.catalogue;
  return [
    write.heading2(words.say('appendix.catalogueHeading')),
    // Kept with the first source, so the sentence that introduces the list never ends a page alone.
    new Paragraph({ keepNext: true, children: wordRuns(words.language, words.say('appendix.catalogue', { version })) }),
    ...sources.map((source) => write.bullet([{ text: `${source.short[words.language]}. `, style: 'bold' }, { text: source.citation, language: 'en' }])),
  ];
}

/** What every figure means and where it comes from: definitions with their sources, fidelity bands, the imported files and the catalogue. */
export function reportAppendix(context: ReportContext): FileChild[] {
  return [...definitions(context), ...bands(context), ...imports(context), ...catalogue(context)];
}
