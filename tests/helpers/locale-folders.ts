import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const localesRoot = 'resources/locales';

/** Every language folder on disk, registered or not: a folder someone has just copied is checked too. */
export function localeFolders(): string[] {
  return readdirSync(localesRoot)
    .filter((name) => statSync(join(localesRoot, name)).isDirectory())
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

export function readLocaleFile(language: string, file: string): unknown {
  return JSON.parse(readFileSync(join(localesRoot, language, file), 'utf8'));
}

/** Texts by dotted path; array items as `[i]`. */
export function flattenTexts(node: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(node)) node.forEach((value, index) => (typeof value === 'string' ? into.set(`${prefix}[${String(index)}]`, value) : flattenTexts(value, `${prefix}[${String(index)}]`, into)));
  else if (node !== null && typeof node === 'object') {
    for (const [name, value] of Object.entries(node)) {
      const key = prefix === '' ? name : `${prefix}.${name}`;
      if (typeof value === 'string') into.set(key, value);
      else flattenTexts(value, key, into);
    }
  }
  return into;
}

export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}
