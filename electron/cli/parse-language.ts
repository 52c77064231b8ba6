import { languages, type Language } from '../core/domain/languages';
import { CliFailure } from './cli-failure';

export function parseLanguage(value: string | undefined, usage: string): Language {
  const language = languages.find((candidate) => candidate === value);
  if (language === undefined) throw new CliFailure(`--lang takes one of ${languages.join(', ')}.\n${usage}`, 2);
  return language;
}
