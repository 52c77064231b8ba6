import type { Language } from '../domain/languages';

/** The report's sections in the order they appear; the cover is always there and is not one of them. */
export const reportSections = ['summary', 'outcomes', 'fidelity', 'barriers', 'decisions', 'voice', 'next_steps', 'appendix'] as const;

export type ReportSection = (typeof reportSections)[number];

/** What the committee chose for one report: the words it adds and what the generated parts show. */
export type ReportOptions = {
  language: Language;
  /** Sections to include; they always appear in the order of `reportSections`, whatever order is given here. */
  sections: ReportSection[];
  /** Shown after the cover under its own heading; blank for none. */
  foreword: string;
  /** The committee's comment on a section, printed right under its heading. */
  comments: Partial<Record<ReportSection, string>>;
  /** When false, service-user representatives appear only as a count, and nowhere by name. */
  showUserRepNames: boolean;
  /** The document's title; by default made from the committee's name and the period. */
  title?: string;
};

export function isReportSection(value: string): value is ReportSection {
  return reportSections.some((section) => section === value);
}
