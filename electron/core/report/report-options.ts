import type { Language } from '../domain/languages';
import type { ReportSection } from '../domain/report-sections';

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
