import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { assertWritableLocation } from '../../core/db/assert-writable-location';
import { buildTemplate } from '../../core/import/build-template';
import { CliFailure } from '../cli-failure';
import { parseCommandArgs } from '../parse-command-args';
import { parseLanguage } from '../parse-language';

const usage = 'Usage: npm run cli -- template <file.csv|file.xlsx> [--lang <code>] [--targets]';

export function templateCommand(args: string[]): string {
  const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string', default: 'en' }, targets: { type: 'boolean', default: false } }, ['<file>'], usage);
  const out = resolve(positionals[0] ?? '');
  const extension = extname(out).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') throw new CliFailure(`The template file must end in .csv or .xlsx.\n${usage}`, 2);
  const language = parseLanguage(values.lang, usage);
  assertWritableLocation(out);
  const template = buildTemplate(values.targets ? 'targets' : 'quarterly', extension === '.csv' ? 'csv' : 'xlsx', language);
  writeFileSync(out, template.bytes);
  return `Wrote the ${values.targets ? 'targets' : 'quarterly'} template to ${out}.`;
}
