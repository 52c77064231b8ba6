import { languages, type Language } from '../domain/languages';

/** The value at `path` in a parsed JSON file, or undefined. */
export function valueAt(node: unknown, path: readonly (string | number)[]): unknown {
  let at: unknown = node;
  for (const part of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[part];
  }
  return at;
}

/**
 * One text in every language, read from each language's file at `path`. A language whose file lacks it stops
 * the app at start-up with the place named, which the locales test turns into a failing test first.
 */
export function byLanguage(files: (language: Language) => unknown, path: readonly (string | number)[]): Record<Language, string> {
  const texts = new Map<Language, string>();
  for (const language of languages) {
    const text = valueAt(files(language), path);
    if (typeof text !== 'string' || text.trim() === '') throw new Error(`resources/locales/${language}: no text at ${path.join('.')}`);
    texts.set(language, text);
  }
  // Every language was set in the loop above, so the record is complete.
  return Object.fromEntries(texts) as Record<Language, string>;
}
