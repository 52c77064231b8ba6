import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localesRoot } from './locale-folders';

export const hasHunspell = spawnSync('hunspell', ['-v'], { encoding: 'utf8' }).status === 0;

/** The words a language folder allows beyond its dictionary (spelling.txt: one per line, # starts a comment). */
export function allowedWords(language: string): Set<string> {
  const path = join(localesRoot, language, 'spelling.txt');
  if (!existsSync(path)) return new Set();
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter((line) => line !== ''),
  );
}

/**
 * The words of `texts` that the language's hunspell dictionary does not know and spelling.txt does not allow,
 * each once. Placeholders, nested keys and checksums are taken out first; typographic apostrophes become plain ones, which is what the
 * dictionaries spell with; single letters (abbreviations such as "t. j.", quarter signs) are not words.
 */
export function unknownWords(dictionary: string, allowed: ReadonlySet<string>, texts: readonly string[]): string[] {
  const input = texts
    .map((text) =>
      text
        // A nested text by its key ($t(lockHolders.{{holder}})) and checksums (0c52f540…) are not words.
        .replace(/\$t\([^)]*\)/g, ' ')
        .replace(/\{\{\s*\w+\s*\}\}/g, ' ')
        .replace(/\b[0-9a-f]{6,}\b/g, ' ')
        .replace(/[’ʼ]/g, "'"),
    )
    .join('\n');
  const flagged = misspelt(dictionary, input);
  // Some dictionaries read a full stop as part of a word (Danish, for "f.eks."): a word flagged with the stop
  // that ends its sentence is asked again without it. Command-line options (--db), quarters and checksums
  // (2026-Q1, 0c52f540) are not words.
  const trimmed = [...new Set(flagged.map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))].filter((word) => /\p{L}/u.test(word) && !/\d/.test(word) && word.length > 1);
  const again = new Set(misspelt(dictionary, trimmed.join('\n')));
  return trimmed.filter((word) => again.has(word) && !allowed.has(word)).sort();
}

function misspelt(dictionary: string, input: string): string[] {
  const run = spawnSync('hunspell', ['-d', dictionary, '-l'], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`hunspell -d ${dictionary} failed: ${run.stderr}`);
  return run.stdout.split('\n').map((word) => word.trim()).filter((word) => word !== '');
}
