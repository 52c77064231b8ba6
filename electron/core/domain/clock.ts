let pinned: string | null = null;

/**
 * The time every record and every audit entry is stamped with: the computer's clock, except while the
 * demo committee is being written, when it is pinned to the days its story happens on. So the demo's
 * history reads as a year of meetings rather than one second, and "as it stood on a date" works on it
 * exactly as on a real committee's records.
 */
export const clock = {
  now(): string {
    return pinned ?? new Date().toISOString();
  },
  /** Runs synchronous work with the clock pinned to an ISO timestamp, then lets it run again. */
  pinnedAt<T>(iso: string, work: () => T): T {
    const before = pinned;
    pinned = iso;
    try {
      return work();
    } finally {
      pinned = before;
    }
  },
};
