import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliFailure } from './cli-failure';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with the CLI's rules: unknown options and a wrong number of positionals are usage errors. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, positionals: string[], usage: string) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliFailure(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
  if (parsed.positionals.length !== positionals.length) {
    throw new CliFailure(`Expected ${positionals.join(', ')}.\n${usage}`, 2);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
