import type { FileChild } from 'docx';
import type { ReportContext } from './report-context';
import { reportCoverage } from './report-coverage';
import { reportOutcomeCharts } from './report-outcome-charts';
import { reportOutcomeTables as tables } from './report-outcome-tables';

function committeeFigures(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const { committee } = data.outcomes;
  const compared = committee.comparedWith.length === 0 ? words.say('outcomes.noComparison') : words.say('outcomes.compared', { quarters: words.quarters(committee.comparedWith) });
  return [
    write.paragraph(`${reportCoverage(words, data.outcomes.coverage)} ${compared}`),
    write.heading2(words.say('outcomes.countsHeading')),
    tables.counts(context, committee),
    write.afterTable(words.say('outcomes.countsNote')),
    write.heading2(words.say('outcomes.ratesHeading')),
    tables.rates(context, committee),
    write.afterTable(words.say('outcomes.ratesNote')),
  ];
}

function targets(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const progress = data.outcomes.committee.targets;
  const heading = write.heading2(words.say('outcomes.targetsHeading', { year: data.period.targetYear }));
  if (progress === null) return [heading, context.none('outcomes.noTargets', { year: data.period.targetYear })];
  const note = progress.yearOver ? words.say('outcomes.targetsYearOver', { year: progress.year }) : words.count('outcomes.targetsNote', progress.reportedQuarters.length);
  const missing = progress.missingQuarters.length === 0 ? '' : ` ${words.count('outcomes.targetsMissing', progress.missingQuarters.length, { quarters: words.quarters(progress.missingQuarters) })}`;
  return [heading, tables.targets(context, progress), write.afterTable(`${note}${missing}`)];
}

function services(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const list = data.outcomes.services;
  const heading = write.heading2(words.say('outcomes.servicesHeading'));
  if (list.length === 0) return [heading, context.none('outcomes.noServices')];
  const gaps = list.flatMap((service) => {
    const missing = service.coverage.filter((entry) => entry.state === 'not_reported').map((entry) => entry.quarter);
    return missing.length === 0 ? [] : [words.say('outcomes.serviceGap', { service: service.name, quarters: words.quarters(missing) })];
  });
  const own = tables.serviceTargets(context, list);
  return [
    heading,
    tables.serviceCounts(context, list),
    ...(gaps.length === 0 ? [] : [write.afterTable(words.say('outcomes.serviceGaps', { list: gaps.join('; ') }))]),
    write.afterTable(words.say('outcomes.serviceRatesIntro')),
    tables.serviceRates(context, list),
    ...(own === null ? [] : [write.heading2(words.say('outcomes.serviceTargetsHeading', { year: data.period.targetYear })), own]),
  ];
}

/**
 * Outcomes against targets: which quarters the figures cover and what they are compared with, the counts
 * (flows added up, caseload averaged), the rates beside the rates the targets imply, the year's targets,
 * the charts of the period's quarters, and every service.
 */
export async function reportOutcomes(context: ReportContext): Promise<FileChild[]> {
  const { data, words, write } = context;
  if (data.outcomes.committee.summary.rowCount === 0) {
    // Quarters not ended yet or not reported are worth saying; with no service at all there is nothing to add.
    const coverage = data.outcomes.coverage.length === 0 ? [] : [write.paragraph(reportCoverage(words, data.outcomes.coverage))];
    return [context.none(data.period.quarters.length === 0 ? 'outcomes.noQuarters' : 'outcomes.none'), ...coverage];
  }
  return [...committeeFigures(context), ...targets(context), ...(await reportOutcomeCharts(context)), ...services(context)];
}
