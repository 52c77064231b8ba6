import { documentFormat } from '../documents/document-format';
import { localeTag } from '../domain/locale-tag';
import { documentText } from '../documents/document-text';
import type { Language } from '../domain/languages';
import type { Measure } from '../domain/measures';
import { quarterParts } from '../domain/quarter';
import type { ReportRateKey } from './report-data';

type Params = Record<string, string | number>;

export type ReportWords = {
  language: Language;
  /** A text of the report's group (`report.<key>`) in the report's language. */
  say: (key: string, params?: Params) => string;
  /** A text whose words agree with a number, `{{count}}` filled in with the number formatted. */
  count: (key: string, count: number, params?: Params) => string;
  /** "a, b and c" as the language writes it. */
  list: (items: readonly string[]) => string;
  /** Any document text, outside the report's group (roles, statuses). */
  shared: (key: string, params?: Params) => string;
  /** A counted text outside the report's group, as `count` does within it. */
  sharedCount: (key: string, count: number, params?: Params) => string;
  number: (value: number | null, digits?: number) => string;
  percent: (ratio: number | null) => string;
  date: (iso: string | null) => string;
  /** A quarter as the report's language writes it, the same everywhere in the document ("Q1 2026", "1. čtvrtletí 2026"). */
  quarter: (quarter: string) => string;
  /** Quarters in a list, "Q1 2026 and Q2 2026". */
  quarters: (quarters: readonly string[]) => string;
  measure: (measure: Measure) => string;
  rate: (rate: ReportRateKey) => string;
  noData: string;
};

/**
 * The report's words and number formats bound to its language. Czech nouns and verbs change with the number
 * (1 úkol, 2 úkoly, 5 úkolů), so counted phrases are whole clauses chosen by the language's plural rules; both
 * catalogues hold the one, few and other forms so that neither has a key the other lacks.
 */
export function reportWords(language: Language): ReportWords {
  const rules = new Intl.PluralRules(localeTag(language));
  const lists = new Intl.ListFormat(localeTag(language), { style: 'long', type: 'conjunction' });
  const say = (key: string, params?: Params) => documentText(language, `report.${key}`, params);
  const number = (value: number | null, digits = 0) => documentFormat.number(language, value, digits);
  const form = (count: number) => {
    const category = rules.select(count);
    return category === 'one' || category === 'few' ? category : 'other';
  };
  const shared = (key: string, params?: Params) => documentText(language, key, params);
  const counted = (key: string, count: number, params: Params = {}) => {
    // "No decisions" reads better than "0 decisions" where the catalogue has a sentence for none.
    const zero = count === 0 ? shared(`${key}.zero`, params) : null;
    if (zero !== null && zero !== `${key}.zero`) return zero;
    return shared(`${key}.${form(count)}`, { ...params, count: number(count) });
  };
  return {
    language,
    say,
    count: (key, count, params) => counted(`report.${key}`, count, params),
    list: (items) => lists.format(items),
    shared,
    sharedCount: counted,
    number,
    percent: (ratio) => documentFormat.percent(language, ratio),
    date: (iso) => documentFormat.date(language, iso),
    quarter: (quarter) => {
      const { year, q } = quarterParts(quarter);
      return say('quarter', { q, year });
    },
    quarters: (quarters) =>
      lists.format(
        quarters.map((quarter) => {
          const { year, q } = quarterParts(quarter);
          return say('quarter', { q, year });
        }),
      ),
    measure: (measure) => say(`measures.${measure}.label`),
    rate: (rate) => say(`rates.${rate}.label`),
    noData: documentFormat.noData(language),
  };
}
