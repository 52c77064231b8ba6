import { describe, expect, it } from 'vitest';
import cs from '../../resources/locales/cs/documents.json';
import en from '../../resources/locales/en/documents.json';
import { documentText } from '../../electron/core/documents/document-text';
import { flattenTexts, placeholdersOf } from '../helpers/locale-folders';

const english = flattenTexts(en);
const czech = flattenTexts(cs);

describe('the English and Czech texts of the Word documents', () => {
  it('have the same keys', () => {
    expect([...english.keys()].filter((key) => !czech.has(key))).toEqual([]);
    expect([...czech.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect(english.size).toBeGreaterThan(40);
  });

  it('have no empty texts', () => {
    expect([...english].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    expect([...czech].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('fill in the same placeholders in both languages', () => {
    for (const [key, text] of english) expect(placeholdersOf(czech.get(key) ?? ''), key).toEqual(placeholdersOf(text));
  });

  it('are translated, apart from the product name and words Czech shares with English', () => {
    const shared = new Set(['common.application', 'minutes.details.online', 'minutes.attendance.role', 'report.cover.role', 'report.appendix.checksum']);
    // A text made only of placeholders and punctuation ("{{feedback}}; {{acted}}.") has nothing to translate.
    const wordless = (text: string) => !/\p{L}/u.test(text.replace(/\{\{\w+\}\}/g, ''));
    expect([...english].filter(([key, text]) => czech.get(key) === text && !shared.has(key) && !wordless(text)).map(([key]) => key)).toEqual([]);
  });
});

describe('documentText', () => {
  it('fills in placeholders in the reader’s language', () => {
    expect(documentText('cs', 'minutes.decision.label', { label: '2026/07' })).toBe('Usnesení 2026/07');
    expect(documentText('en', 'minutes.decision.voteCounts', { for: 5, against: 1, abstain: 2 })).toBe('Decided by vote: 5 for, 1 against, 2 abstained.');
  });

  it('shows the key itself for a text that does not exist, so the gap is visible rather than silent', () => {
    expect(documentText('cs', 'minutes.noSuchText')).toBe('minutes.noSuchText');
  });
});
