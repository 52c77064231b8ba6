import { clock } from './clock';

/** Timestamps are stored in UTC ISO-8601 so that they sort as text and compare across time zones. */
export function nowIso(): string {
  return clock.now();
}
