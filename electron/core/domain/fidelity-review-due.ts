/** A date some whole months later, clamped to the month's last day (31 January + 1 month is 28 or 29 February). */
function addMonths(date: string, months: number): string {
  const [year = 2000, month = 1, day = 1] = date.split('-').map(Number);
  const index = year * 12 + month - 1 + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const last = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear)}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

export type FidelityReviewDue = { dueOn: string; due: boolean };

/**
 * When a service's next fidelity review is due: the committee's interval after its latest review, or after
 * the service started when it was never reviewed; due once that day has come. The fidelity screen, the
 * report and its next steps all ask this one function.
 */
export function fidelityReviewDue(latestReview: string | null, serviceStart: string, intervalMonths: number, day: string): FidelityReviewDue {
  const dueOn = addMonths(latestReview ?? serviceStart, intervalMonths);
  return { dueOn, due: dueOn <= day };
}
