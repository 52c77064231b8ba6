import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import cs from '../../resources/locales/cs.json';
import en from '../../resources/locales/en.json';
import csPlain from '../../resources/locales/cs.plain.json';
import enPlain from '../../resources/locales/en.plain.json';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(node: unknown, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  if (node === null || typeof node !== 'object') return keys;
  for (const [name, value] of Object.entries(node)) {
    const key = prefix === '' ? name : `${prefix}.${name}`;
    if (typeof value === 'string') keys.set(key, value);
    else for (const [inner, text] of flatten(value, key)) keys.set(inner, text);
  }
  return keys;
}

/** Plural forms differ by language (Czech has few and many), so keys are compared without them. */
function baseKeys(keys: Map<string, string>): Set<string> {
  return new Set([...keys.keys()].map((key) => key.replace(pluralSuffix, '')));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const english = flatten(en);
const czech = flatten(cs);

describe('the English and Czech locale files', () => {
  it('have the same keys', () => {
    const missingInCzech = [...baseKeys(english)].filter((key) => !baseKeys(czech).has(key));
    const missingInEnglish = [...baseKeys(czech)].filter((key) => !baseKeys(english).has(key));
    expect(missingInCzech).toEqual([]);
    expect(missingInEnglish).toEqual([]);
  });

  it('reword in plain language only texts that exist, and do so in both languages', () => {
    const plainEnglish = flatten(enPlain);
    const plainCzech = flatten(csPlain);
    // Compared without plural suffixes: Czech rewords its few and many forms too.
    expect([...baseKeys(plainEnglish)].sort()).toEqual([...baseKeys(plainCzech)].sort());
    expect(plainEnglish.size).toBeGreaterThan(10);
    for (const key of plainEnglish.keys()) expect(english.has(key), key).toBe(true);
    for (const key of plainCzech.keys()) expect(czech.has(key), key).toBe(true);
    for (const [key, text] of plainEnglish) expect(text, key).not.toBe(english.get(key));
  });

  it('have no empty texts', () => {
    expect([...english].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    expect([...czech].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('give Czech every plural form it needs', () => {
    for (const key of english.keys()) {
      if (!key.endsWith('_other')) continue;
      const base = key.replace(pluralSuffix, '');
      for (const form of ['one', 'few', 'other']) expect(czech.has(`${base}_${form}`), `${base}_${form}`).toBe(true);
    }
  });

  it('contain every key the renderer asks for literally', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('renderer/src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) if (match[1] !== undefined) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) {
      expect(baseKeys(english).has(key), `en: ${key}`).toBe(true);
      expect(baseKeys(czech).has(key), `cs: ${key}`).toBe(true);
    }
  });

  it('have a message for every error code the core can raise', () => {
    const codes = new Set<string>();
    const issueCodes = new Set<string>();
    for (const file of [...sourceFiles('electron'), ...sourceFiles('renderer/src')]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:new UserError|databaseProblem)\(\s*'([a-z_]+)'/g)) if (match[1] !== undefined) codes.add(match[1]);
      for (const match of text.matchAll(/new ImportRefusal\(\s*'([a-z_]+)'/g)) if (match[1] !== undefined) issueCodes.add(match[1]);
      // The importer's own codes are all import issues, with their messages under importIssues.
      const importer = file.includes(`${sep}import${sep}`);
      for (const line of text.split('\n')) {
        const match = /code: '([a-z_]+)'/.exec(line);
        // A line that places the problem in a file (row:) is an import issue too.
        if (match?.[1] !== undefined) (importer || line.includes('row:') ? issueCodes : codes).add(match[1]);
      }
      for (const match of text.matchAll(/\| '(db_[a-z_]+)'/g)) if (match[1] !== undefined) codes.add(match[1]);
    }
    expect(codes.size).toBeGreaterThan(10);
    for (const code of issueCodes) {
      expect(english.has(`importIssues.${code}`), `en: importIssues.${code}`).toBe(true);
      expect(czech.has(`importIssues.${code}`), `cs: importIssues.${code}`).toBe(true);
    }
    for (const code of codes) {
      expect(english.has(`errors.${code}`), `en: errors.${code}`).toBe(true);
      expect(czech.has(`errors.${code}`), `cs: errors.${code}`).toBe(true);
    }
  });

  it('translate each section and role in both languages', () => {
    for (const section of ['dashboard', 'quarterly', 'barriers', 'meetings', 'feedback', 'fidelity', 'reports', 'settings']) {
      expect(english.get(`nav.${section}`)).toBeTruthy();
      expect(czech.get(`nav.${section}`)).not.toBe(english.get(`nav.${section}`));
    }
  });
});
