/** The eight groups of implementation barriers the literature names (see the catalogue for sources). */
export const barrierGroups = ['policy', 'funding', 'stigma', 'integration', 'infrastructure', 'leadership', 'benefits', 'workforce'] as const;
export type BarrierGroup = (typeof barrierGroups)[number];

/** Bonfils et al.'s levels: contextual, local organisational, cooperation/team, individual. */
export const barrierLevels = ['contextual', 'organisational', 'team', 'individual'] as const;
export type BarrierLevel = (typeof barrierLevels)[number];

/** The domains of the updated Consolidated Framework for Implementation Research (CFIR 2022). */
export const cfirDomains = ['innovation', 'outer_setting', 'inner_setting', 'individuals', 'implementation_process'] as const;
export type CfirDomain = (typeof cfirDomains)[number];

export const barrierStatuses = ['active', 'monitoring', 'resolved'] as const;
export type BarrierStatus = (typeof barrierStatuses)[number];

export const barrierTrends = ['better', 'same', 'worse'] as const;
export type BarrierTrend = (typeof barrierTrends)[number];

export const mitigationStatuses = ['planned', 'under_way', 'done', 'dropped'] as const;
export type MitigationStatus = (typeof mitigationStatuses)[number];

/** Severity from 1 (hardly holds the work back) to 5 (stops progress); each step has a plain label. */
export const severities = [1, 2, 3, 4, 5] as const;
