import { createDemoCommittee } from '../../core/committee/create-demo-committee';
import { languages, type Language } from '../../core/domain/languages';
import { CliFailure } from '../cli-failure';
import { newDatabase } from '../new-database';
import { parseCommandArgs } from '../parse-command-args';

const usage = 'Usage: npm run cli -- demo <db> [--lang en|cs]';

function isLanguage(value: string): value is Language {
  return languages.some((language) => language === value);
}

export function demoCommand(args: string[]): string {
  const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string', default: 'en' } }, ['<db>'], usage);
  const language = values.lang;
  if (!isLanguage(language)) throw new CliFailure(`--lang takes en or cs.\n${usage}`, 2);
  const path = newDatabase(positionals[0] ?? '', (db) => createDemoCommittee(db, language));
  return `Created the demo committee in ${path}.`;
}
