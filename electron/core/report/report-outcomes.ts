import type { FileChild } from 'docx';
import type { ReportContext } from './report-context';
import { maxServicesInChart, reportOutcomeCharts } from './report-outcome-charts';
import { reportOutcomeTables as tables } from './report-outcome-tables';

function committeeFigures(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const { committee } = data.outcomes;
  const quarters = (list: readonly string[]) => words.list(list.map((quarter) => words.quarter(quarter)));
  const missing = committee.quartersWithoutData.length === 0 ? [] : [write.afterTable(words.say('outcomes.quartersWithoutData', { quarters: quarters(committee.quartersWithoutData) }))];
  return [
    write.paragraph(words.say('outcomes.covers', { quarters: quarters(data.period.quarters), previous: quarters(data.period.previous.quarters) })),
    write.heading2(words.say('outcomes.countsHeading')),
    tables.counts(context, committee),
    ...missing,
    write.heading2(words.say('outcomes.ratesHeading')),
    tables.rates(context, committee),
    write.afterTable(words.say('outcomes.ratesNote')),
  ];
}

function targets(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const progress = data.outcomes.committee.targets;
  const heading = write.heading2(words.say('outcomes.targetsHeading', { year: data.period.targetYear.year }));
  if (progress === null) return [heading, context.none('outcomes.noTargets', { year: data.period.targetYear.year })];
  return [heading, tables.targets(context, progress), write.afterTable(words.count('outcomes.targetsNote', progress.quartersElapsed))];
}

function services(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const list = data.outcomes.services;
  const heading = write.heading2(words.say('outcomes.servicesHeading'));
  if (list.length === 0) return [heading, context.none('outcomes.noServices')];
  const gaps = list.filter((service) => service.quartersWithoutData.length > 0).map((service) => words.say('outcomes.serviceGap', { service: service.name, quarters: words.list(service.quartersWithoutData.map((quarter) => words.quarter(quarter))) }));
  const own = tables.serviceTargets(context, list);
  return [
    heading,
    tables.serviceCounts(context, list),
    ...(gaps.length === 0 ? [] : [write.afterTable(words.say('outcomes.serviceGaps', { list: gaps.join('; ') }))]),
    ...(list.length > maxServicesInChart ? [write.paragraph(words.count('outcomes.tooManyForChart', list.length))] : []),
    write.heading2(words.say('outcomes.serviceRatesHeading')),
    tables.serviceRates(context, list),
    ...(own === null ? [] : [write.heading2(words.say('outcomes.serviceTargetsHeading', { year: data.period.targetYear.year })), own]),
  ];
}

/**
 * Outcomes against targets: the committee's counts and conversion rates beside the previous period, the
 * employment rate with its Learning Community band, the year's targets, the charts, and every service.
 */
export async function reportOutcomes(context: ReportContext): Promise<FileChild[]> {
  const { data, words, write } = context;
  if (data.outcomes.committee.summary.rowCount === 0) return [context.none(data.period.quarters.length === 0 ? 'outcomes.noQuarters' : 'outcomes.none')];
  return [
    ...committeeFigures(context),
    ...targets(context),
    write.heading2(words.say('outcomes.chartsHeading')),
    ...(await reportOutcomeCharts(context)),
    ...services(context),
  ];
}
