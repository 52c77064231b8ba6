/** Versions of the IPS Fidelity Scale; IPS-Y (youth) is reserved: its 35 items are not in this release. */
export const scaleVersions = ['us2008', 'us_manual', 'uk', 'ips_y'] as const;
export type ScaleVersion = (typeof scaleVersions)[number];

/** Who reviewed: the sources note that independent (external) reviewers are often missing. */
export const reviewerKinds = ['internal', 'external', 'peer'] as const;
export type ReviewerKind = (typeof reviewerKinds)[number];

export const fidelityBands = ['exemplary', 'good', 'fair', 'not_supported_employment'] as const;
export type FidelityBand = (typeof fidelityBands)[number];
