import { z } from 'zod';
import { createCommittee } from '../../core/committee/create-committee';
import { languages } from '../../core/domain/languages';
import { CliFailure } from '../cli-failure';
import { newDatabase } from '../new-database';
import { parseCommandArgs } from '../parse-command-args';

const usage = 'Usage: npm run cli -- init <db> --committee "<name>" --region "<name>" [--lang <code>]';

export function initCommand(args: string[]): string {
  const { values, positionals } = parseCommandArgs(
    args,
    { committee: { type: 'string' }, region: { type: 'string' }, lang: { type: 'string', default: 'en' } },
    ['<db>'],
    usage,
  );
  const setup = z
    .object({ name: z.string().trim().min(1), region: z.string().trim().min(1), language: z.enum(languages) })
    .safeParse({ name: values.committee, region: values.region, language: values.lang });
  if (!setup.success) {
    const field = setup.error.issues[0]?.path[0];
    const option = field === 'name' ? '--committee' : field === 'region' ? '--region' : '--lang';
    throw new CliFailure(`${option} is missing or invalid (--lang takes en or cs).\n${usage}`, 2);
  }
  const path = newDatabase(positionals[0] ?? '', 'init', (db) => db.transaction(() => createCommittee(db, setup.data)).immediate());
  return `Created ${path} for ${setup.data.name}.`;
}
