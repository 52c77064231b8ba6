/** The report's sections in the order they appear; the cover is always there and is not one of them. */
export const reportSections = ['summary', 'outcomes', 'fidelity', 'barriers', 'decisions', 'voice', 'next_steps', 'appendix'] as const;

export type ReportSection = (typeof reportSections)[number];
