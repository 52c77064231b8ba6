/** A time of day on a date of the demo's story, as the clock is pinned to it while that day's records are written. */
export function demoMoment(date: string, hour = 10): string {
  return `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}
