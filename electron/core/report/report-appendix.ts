import { Paragraph } from 'docx';
import type { FileChild } from 'docx';
import { wordRuns } from '../documents/word-runs';
import type { ReportContext } from './report-context';

function definitions(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const { appendix } = data;
  const benchmarks = { minimal: words.percent(appendix.employmentBenchmarks.minimal), average: words.percent(appendix.employmentBenchmarks.average), excellent: words.percent(appendix.employmentBenchmarks.excellent) };
  const measures = appendix.measures.map((measure) => [words.measure(measure), words.say(`measures.${measure}.definition`), words.say(`measures.${measure}.source`)]);
  const rates = appendix.rates.map((rate) => [words.rate(rate), words.say(`rates.${rate}.definition`, benchmarks), words.say(`rates.${rate}.source`)]);
  return [
    write.heading2(words.say('appendix.definitionsHeading')),
    write.paragraph(words.say('appendix.counting')),
    context.table([['appendix.figure', 22], ['appendix.definition', 50], ['appendix.source', 28]], [...measures, ...rates]),
    write.afterTable(words.say('appendix.ipsGrow')),
  ];
}

function bands(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const rows = data.appendix.fidelityBands.map((band) => [words.say(`fidelity.bands.${band.id}`), words.say('appendix.bandRange', { min: words.number(band.min), max: words.number(band.max) })]);
  return [write.heading2(words.say('appendix.bandsHeading')), write.paragraph(words.say('appendix.bandsIntro')), context.table([['appendix.band', 60], ['appendix.total', 40]], rows)];
}

function imports(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const { appendix } = data;
  const heading = write.heading2(words.say('appendix.importsHeading'));
  const manual = write.paragraph(words.count('appendix.manualChanges', appendix.manualChanges));
  if (appendix.imports.length === 0) return [heading, context.none('appendix.noImports'), manual];
  const rows = appendix.imports.map((batch) => [
    batch.fileName,
    words.say(`appendix.kind.${batch.kind}`),
    words.number(batch.rowCount),
    words.date(batch.importedAt),
    batch.importedBy === null ? words.noData : context.names.person(batch.importedBy),
    batch.sha256.slice(0, 12),
  ]);
  return [
    heading,
    context.table([['appendix.file', 26], ['appendix.kindHeader', 15], ['appendix.rows', 11], ['appendix.importedOn', 16], ['appendix.importedBy', 14], ['appendix.checksum', 18]], rows),
    write.afterTable(words.say('appendix.checksumNote')),
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
    ...sources.map((source) => write.bullet([{ text: `${source.short}. `, style: 'bold' }, { text: source.citation }])),
  ];
}

/** What every figure means and where it comes from: definitions with their sources, fidelity bands, the imported files and the catalogue. */
export function reportAppendix(context: ReportContext): FileChild[] {
  return [...definitions(context), ...bands(context), ...imports(context), ...catalogue(context)];
}
