import { addQuarters, quarterOfDate, quarterParts } from '../domain/quarter';

/**
 * The demo committee's past quarterly meetings: the 14th of the middle month of each of the last four
 * quarters. Barrier reviews, votes and meetings share them, so the demo tells one story.
 */
export function demoMeetingDates(today: string): string[] {
  return [4, 3, 2, 1].map((back) => {
    const { year, q } = quarterParts(addQuarters(quarterOfDate(today), -back));
    return `${String(year)}-${String((q - 1) * 3 + 2).padStart(2, '0')}-14`;
  });
}
