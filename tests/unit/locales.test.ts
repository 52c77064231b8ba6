import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../electron/core/domain/languages';
import { columnKeys } from '../../electron/core/domain/column-keys';
import { normaliseHeader } from '../../electron/core/import/column-aliases';
import { flattenTexts, localeFolders, placeholdersOf, readLocaleFile } from '../helpers/locale-folders';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const files = ['ui.json', 'ui.plain.json', 'documents.json', 'catalogue.json', 'ips-25.json', 'demo.json'] as const;
const folders = localeFolders();
const others = folders.filter((folder) => folder !== 'en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The i18next plural bases of a file (`x` for `x_one`, `x_other`), found from the English keys. */
function pluralBases(keys: Iterable<string>): Set<string> {
  return new Set([...keys].filter((key) => key.endsWith('_other')).map((key) => key.replace(pluralSuffix, '')));
}

/** What a language's file lacks or has too many of, compared with English, as readable lines. */
function differences(language: string, file: string): string[] {
  const english = flattenTexts(readLocaleFile('en', file));
  const texts = flattenTexts(readLocaleFile(language, file));
  const bases = file.startsWith('ui') ? pluralBases(english.keys()) : new Set<string>();
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const found: string[] = [];
  for (const [key, text] of english) {
    const base = key.replace(pluralSuffix, '');
    if (bases.has(base) && pluralSuffix.test(key)) continue;
    const translated = texts.get(key);
    if (translated === undefined) found.push(`missing ${key}`);
    else if (placeholdersOf(translated).join() !== placeholdersOf(text).join()) found.push(`placeholders of ${key}: {${placeholdersOf(text).join()}} in English, {${placeholdersOf(translated).join()}} here`);
  }
  for (const base of bases) {
    const needed = placeholdersOf(english.get(`${base}_other`) ?? '').filter((name) => name !== 'count');
    for (const category of categories) {
      const translated = texts.get(`${base}_${category}`);
      if (translated === undefined) found.push(`missing plural form ${base}_${category}`);
      else for (const name of needed) if (!placeholdersOf(translated).includes(name)) found.push(`${base}_${category} lacks {{${name}}}`);
    }
  }
  for (const [key, text] of texts) {
    const base = key.replace(pluralSuffix, '');
    const plural = pluralSuffix.exec(key)?.[1];
    if (bases.has(base) && plural !== undefined) {
      if (!(categories as readonly string[]).includes(plural)) found.push(`${key}: ${language} has no "${plural}" plural form`);
    } else if (!english.has(key)) found.push(`not in English: ${key}`);
    if (text.trim() === '') found.push(`empty: ${key}`);
  }
  return found;
}

describe('every language folder', () => {
  it('is registered, and every registered language has a folder', () => {
    expect([...languages].sort()).toEqual([...folders].sort());
  });

  it.each(others.flatMap((language) => files.map((file) => [language, file] as const)))('%s/%s has every text of English with the same placeholders and its own plural forms', (language, file) => {
    expect(differences(language, file)).toEqual([]);
  });

  it('says which locale it is, names itself, and maps its spreadsheet headings to real columns', () => {
    for (const language of folders) {
      const file = readLocaleFile(language, 'language.json') as { locale: string; name: string; dictionary: string; importSynonyms: Record<string, string> };
      expect(Intl.getCanonicalLocales(file.locale)[0], language).toBe(file.locale);
      expect(file.locale.startsWith(`${language}-`), language).toBe(true);
      expect(flattenTexts(readLocaleFile('en', 'ui.json')).get(`languages.${language}`), language).toBe(file.name);
      for (const [heading, key] of Object.entries(file.importSynonyms)) expect(columnKeys, `${language}: ${heading}`).toContain(key);
    }
  });

  it('never gives one spreadsheet heading two meanings across languages', () => {
    const meaning = new Map<string, { key: string; where: string }>();
    const clashes: string[] = [];
    const add = (heading: string, key: string, where: string) => {
      const normal = normaliseHeader(heading);
      const earlier = meaning.get(normal);
      if (earlier !== undefined && earlier.key !== key) clashes.push(`"${heading}" (${where}) means ${key}, but ${earlier.where} uses it for ${earlier.key}`);
      else meaning.set(normal, { key, where });
    };
    for (const language of folders) {
      const ui = flattenTexts(readLocaleFile(language, 'ui.json'));
      for (const key of columnKeys) {
        for (const path of [`columns.${key}`, `measures.${key}.label`, `measures.${key}.short`]) {
          const heading = ui.get(path);
          if (heading !== undefined) add(heading, key, `${language} ${path}`);
        }
      }
      const file = readLocaleFile(language, 'language.json') as { importSynonyms: Record<string, string> };
      for (const [heading, key] of Object.entries(file.importSynonyms)) add(heading, key, `${language} importSynonyms`);
    }
    expect(clashes).toEqual([]);
  });

  it.each(folders)('%s: plain language rewords only texts that exist, each differently', (language) => {
    const plain = flattenTexts(readLocaleFile(language, 'ui.plain.json'));
    const normal = flattenTexts(readLocaleFile(language, 'ui.json'));
    expect(plain.size).toBeGreaterThan(10);
    for (const [key, text] of plain) {
      expect(normal.has(key), key).toBe(true);
      expect(text, key).not.toBe(normal.get(key));
    }
  });

  it.each(others)('%s is translated: no more than a few texts are the same as in English', (language) => {
    // Names may stay as they are: of languages, of sources (measures cite "IPS Learning Community (…)", the
    // catalogue "Becker et al., …"), and of the demo's people and organisations, which English shares with
    // Czech (both are set in a Czech region).
    const names = (key: string) => key.startsWith('languages.') || key.endsWith('.source') || key.startsWith('setting.') || key.startsWith('sources.');
    for (const file of files) {
      const english = flattenTexts(readLocaleFile('en', file));
      const texts = flattenTexts(readLocaleFile(language, file));
      const sentences = [...texts].filter(([key, text]) => text === english.get(key) && text.split(/\s+/).length >= 4 && !names(key));
      expect(sentences.map(([key]) => `${file}: ${key}`)).toEqual([]);
    }
  });

  it('has one wording for every demo person, service and place of its setting', () => {
    for (const language of folders) {
      const demo = readLocaleFile(language, 'demo.json') as { setting: { services: { name: string }[]; members: Record<string, { name: string }> } };
      expect(demo.setting.services, language).toHaveLength(3);
      for (const service of demo.setting.services) expect(service.name, language).toMatch(/^IPS /);
      expect(new Set(Object.values(demo.setting.members).map((member) => member.name)).size, language).toBe(9);
    }
  });
});

describe('the screens', () => {
  const english = flattenTexts(readLocaleFile('en', 'ui.json'));
  const base = (key: string) => key.replace(pluralSuffix, '');
  const baseKeys = new Set([...english.keys()].map(base));

  it('contain every key the renderer asks for literally', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('renderer/src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) if (match[1] !== undefined) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(baseKeys.has(key), `en: ${key}`).toBe(true);
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
    // The other languages have the same keys as English (above), so English having them is enough.
    for (const code of issueCodes) expect(english.has(`importIssues.${code}`), `importIssues.${code}`).toBe(true);
    for (const code of codes) expect(english.has(`errors.${code}`), `errors.${code}`).toBe(true);
  });

  it('name each section in every language in its own words', () => {
    for (const language of others) {
      const texts = flattenTexts(readLocaleFile(language, 'ui.json'));
      for (const section of ['dashboard', 'quarterly', 'barriers', 'meetings', 'feedback', 'fidelity', 'reports', 'settings']) {
        expect(texts.get(`nav.${section}`), `${language} nav.${section}`).toBeTruthy();
        expect(texts.get(`nav.${section}`), `${language} nav.${section}`).not.toBe(english.get(`nav.${section}`));
      }
    }
  });
});
