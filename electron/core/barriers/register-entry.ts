import type { BarrierGroup, BarrierLevel, BarrierStatus, BarrierTrend, CfirDomain } from '../domain/barrier-terms';

export type Assessment = { id: string; reviewDate: string; severity: number; trend: BarrierTrend; note: string; by: string | null };

/** A barrier in the committee's register with its two latest reviews, ready for the list and the report. */
export type RegisterEntry = {
  id: string;
  catalogueId: string | null;
  kind: 'barrier' | 'facilitator';
  group: BarrierGroup;
  levels: BarrierLevel[];
  cfir: CfirDomain | null;
  /** The name as stored (the committee's own, or the catalogue's when it was added); the UI prefers the catalogue's current text. */
  name: string;
  description: string;
  localWording: string;
  ownerId: string | null;
  ownerName: string | null;
  status: BarrierStatus;
  serviceIds: string[];
  archivedAt: string | null;
  latest: Assessment | null;
  previous: Assessment | null;
  /** Severity now minus severity at the review before; null until there are two reviews. */
  change: number | null;
  mitigationsUnderWay: number;
};
