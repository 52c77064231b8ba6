import { createDemoCommittee } from '../../core/committee/create-demo-committee';
import { newDatabase } from '../new-database';
import { parseCommandArgs } from '../parse-command-args';
import { parseLanguage } from '../parse-language';

const usage = 'Usage: npm run cli -- demo <db> [--lang <code>]';

export function demoCommand(args: string[]): string {
  const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string', default: 'en' } }, ['<db>'], usage);
  const language = parseLanguage(values.lang, usage);
  const path = newDatabase(positionals[0] ?? '', 'demo', (db) => createDemoCommittee(db, language));
  return `Created the demo committee in ${path}.`;
}
