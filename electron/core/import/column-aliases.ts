import cs from '../../../resources/locales/cs.json';
import en from '../../../resources/locales/en.json';
import { columnKeys, type ColumnKey } from '../domain/column-keys';

/** Header text compared loosely: case, diacritics, punctuation and spacing do not matter. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Words other sources use for the same measures, besides the canonical keys and the two languages' labels.
const synonyms: Record<string, ColumnKey> = {
  'ips service': 'service',
  team: 'service',
  'sluzba ips': 'service',
  tym: 'service',
  period: 'quarter',
  obdobi: 'quarter',
  ctvrtleti: 'quarter',
  q: 'quarter',
  rok: 'year',
  engagements: 'engaged',
  engagement: 'engaged',
  'clients served': 'served',
  caseload: 'served',
  'clients working': 'worked',
  'job start': 'job_starts',
  'new jobs': 'job_starts',
  '13 week sustainments': 'sustained_13w',
  sustainments: 'sustained_13w',
  'sustained 13 weeks': 'sustained_13w',
  fte: 'es_fte',
  'es fte': 'es_fte',
  uvazky: 'es_fte',
  polozka: 'item',
  hodnoceni: 'score',
  body: 'score',
  comment: 'note',
  komentar: 'note',
};

function build(): Map<string, ColumnKey> {
  const table = new Map<string, ColumnKey>();
  const localised = [en, cs];
  for (const key of columnKeys) {
    table.set(normaliseHeader(key), key);
    for (const catalogue of localised) {
      if (key === 'service' || key === 'quarter' || key === 'year' || key === 'item' || key === 'score' || key === 'note') table.set(normaliseHeader(catalogue.columns[key]), key);
      else {
        table.set(normaliseHeader(catalogue.measures[key].label), key);
        table.set(normaliseHeader(catalogue.measures[key].short), key);
      }
    }
  }
  for (const [text, key] of Object.entries(synonyms)) table.set(normaliseHeader(text), key);
  return table;
}

const known = build();

/** The column a header names, in either language or as a canonical key; null when unknown. */
export function columnKeyOf(header: string | number): ColumnKey | null {
  return typeof header === 'string' ? (known.get(normaliseHeader(header)) ?? null) : null;
}
