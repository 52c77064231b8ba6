import type { FileChild } from 'docx';
import { splitParagraphs } from '../documents/split-paragraphs';
import type { WordRun, WordText } from '../documents/word-runs';
import type { FidelityBand } from '../domain/fidelity-terms';
import type { ReportContext } from './report-context';
import type { ReportFidelityReview, ServiceFidelity } from './report-data';

function band(context: ReportContext, value: FidelityBand | null): string {
  return value === null ? context.words.say('fidelity.noBand') : context.words.say(`fidelity.bands.${value}`);
}

function result(context: ReportContext, review: ReportFidelityReview): string {
  const { words } = context;
  const total = words.number(review.total);
  if (!review.complete) return words.say('fidelity.incomplete', { total, rated: words.number(review.rated), items: words.number(review.itemCount) });
  return words.say('fidelity.resultValue', { total, band: band(context, review.band) });
}

function row(context: ReportContext, service: ServiceFidelity): WordText[] {
  const { data, words } = context;
  const { latest, previous } = service;
  const inPeriod = latest !== null && latest.reviewDate >= data.period.from && latest.reviewDate <= data.period.to;
  const when: WordText = latest === null ? [{ text: words.say('fidelity.neverReviewed'), style: 'italic' }] : [{ text: words.date(latest.reviewDate) }, ...(inPeriod ? [{ text: `\n${words.say('fidelity.inPeriod')}`, style: 'italic' } as const] : [])];
  const before = previous === null ? words.say('fidelity.baseline') : words.say('fidelity.since', { total: words.number(previous.total), date: words.date(previous.reviewDate) });
  const outcome: WordText = latest === null ? '' : [{ text: result(context, latest) }, { text: `\n${before}`, style: 'italic' }];
  // Due is written out, not only coloured, so it survives black-and-white print.
  const next: WordRun[] = [{ text: words.date(service.nextDue) }, ...(service.due ? [{ text: ` (${words.say('fidelity.due')})`, style: 'bold' } as const] : [])];
  return [service.serviceName, when, outcome, next];
}

/**
 * Where each service stood on the report's day: its latest fidelity review (marked when it was held in the
 * period), the one before, and when the next is due by the committee's interval, overdue ones flagged; then
 * the recommendations of the period's reviews.
 */
export function reportFidelity(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const { services, reviews, intervalMonths } = data.fidelity;
  if (services.length === 0) return [context.none('fidelity.none')];
  const advice = reviews.flatMap((review) => {
    const parts = splitParagraphs(review.recommendations);
    if (parts.length === 0) return [];
    const label = words.say('fidelity.recommendationsOf', { service: review.serviceName, date: words.date(review.reviewDate) });
    return [write.labelled(label, parts[0] ?? ''), ...parts.slice(1).map((part) => write.paragraph(part))];
  });
  return [
    write.paragraph(`${words.count('fidelity.reviewsInPeriod', reviews.length)} ${words.count('fidelity.interval', intervalMonths)}`),
    context.table(['fidelity.service', 'fidelity.latestReview', 'fidelity.result', 'fidelity.nextReview'], services.map((service) => row(context, service))),
    ...(advice.length === 0 ? [] : [write.afterTable([{ text: words.say('fidelity.recommendationsHeading'), style: 'bold' }]), ...advice]),
  ];
}
