import type { Language } from '../../electron/core/domain/languages';
import { measures, type Measure } from '../../electron/core/domain/measures';
import { buildTemplate } from '../../electron/core/import/build-template';

/** A quarter as each country's spreadsheets write it (Q1 2026 in 2026-Q1), and its decimal sign. */
const localForms: Record<Language, { quarter: string; fte: string }> = {
  en: { quarter: 'Q1 2026', fte: '1.5' },
  cs: { quarter: '1. čtvrtletí 2026', fte: '1,5' },
  da: { quarter: '1. kvt. 2026', fte: '1,5' },
  es: { quarter: 'T1 2026', fte: '1,5' },
  fr: { quarter: '1er trimestre 2026', fte: '1,5' },
  hr: { quarter: '1. tromjesečje 2026.', fte: '1,5' },
};

/**
 * A committee's quarterly file as its coordinator fills it in: the language's own template (its column names,
 * its delimiter), one row for `service` in 2026-Q1 written the local way, 12 referrals and 30 served, 1.5 FTE.
 */
export function localQuarterlyCsv(language: Language, service: string): string {
  const header = new TextDecoder().decode(buildTemplate('quarterly', 'csv', language).bytes).replace(/^\uFEFF/, '').trim();
  const delimiter = header.includes(';') ? ';' : ',';
  const figures: Record<Measure, string> = { referrals: '12', engaged: '10', served: '30', worked: '12', job_starts: '4', sustained_13w: '2', in_education: '1', sheltered: '0', ended_employed: '2', ended_unemployed: '1', es_fte: localForms[language].fte };
  return `\uFEFF${header}\r\n${[service, localForms[language].quarter, ...measures.map((measure) => figures[measure])].join(delimiter)}\r\n`;
}
