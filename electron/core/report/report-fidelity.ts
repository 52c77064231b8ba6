import type { FileChild } from 'docx';
import { splitParagraphs } from '../documents/split-paragraphs';
import type { FidelityBand } from '../domain/fidelity-terms';
import type { ReportContext } from './report-context';
import type { ReportFidelityReview } from './report-data';

function result(context: ReportContext, review: Pick<ReportFidelityReview, 'total' | 'band'> & Partial<Pick<ReportFidelityReview, 'rated' | 'itemCount' | 'complete'>>): string {
  const { words } = context;
  const total = words.number(review.total);
  if (review.complete === false) return words.say('fidelity.incomplete', { total, rated: words.number(review.rated ?? 0), items: words.number(review.itemCount ?? 0) });
  return words.say('fidelity.resultValue', { total, band: band(context, review.band) });
}

function band(context: ReportContext, value: FidelityBand | null): string {
  return value === null ? context.words.say('fidelity.noBand') : context.words.say(`fidelity.bands.${value}`);
}

function reviews(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const list = data.fidelity.reviews;
  const heading = write.heading2(words.say('fidelity.reviewsHeading'));
  if (list.length === 0) return [heading, context.none('fidelity.noReviews')];
  const rows = list.map((review) => [review.serviceName, words.date(review.reviewDate), words.say(`fidelity.versions.${review.scaleVersion}`), words.say(`fidelity.reviewers.${review.reviewerKind}`), result(context, review)]);
  const advice = list.flatMap((review) => {
    const parts = splitParagraphs(review.recommendations);
    if (parts.length === 0) return [];
    const label = words.say('fidelity.recommendationsOf', { service: review.serviceName, date: words.date(review.reviewDate) });
    return [write.labelled(label, parts[0] ?? ''), ...parts.slice(1).map((part) => write.paragraph(part))];
  });
  return [
    heading,
    context.table([['fidelity.service', 24], ['fidelity.date', 18], ['fidelity.scale', 18], ['fidelity.reviewerKind', 14], ['fidelity.result', 26]], rows),
    ...(advice.length === 0 ? [] : [write.heading2(words.say('fidelity.recommendationsHeading')), ...advice]),
  ];
}

function latest(context: ReportContext): FileChild[] {
  const { data, words, write } = context;
  const reviewed = new Set(data.fidelity.latest.map((review) => review.serviceId));
  const never = data.outcomes.services.filter((service) => !reviewed.has(service.serviceId));
  const rows = [
    ...data.fidelity.latest.map((review) => {
      const previous = review.previous;
      const change = previous === null ? words.say('fidelity.baseline') : words.say('fidelity.since', { total: words.number(previous.total), date: words.date(previous.reviewDate) });
      return [review.serviceName, words.date(review.reviewDate), result(context, review), change];
    }),
    ...never.map((service) => [service.name, words.say('fidelity.neverReviewed'), '', '']),
  ];
  return [
    write.heading2(words.say('fidelity.latestHeading', { date: words.date(data.period.to) })),
    context.table([['fidelity.service', 24], ['fidelity.latestReview', 20], ['fidelity.result', 28], ['fidelity.previousReview', 28]], rows),
  ];
}

/** Fidelity reviews held in the period, with their recommendations, and where each service stood at its end. */
export function reportFidelity(context: ReportContext): FileChild[] {
  if (context.data.fidelity.reviews.length === 0 && context.data.fidelity.latest.length === 0) return [context.none('fidelity.none')];
  return [...reviews(context), ...(context.data.fidelity.latest.length === 0 ? [] : latest(context))];
}
