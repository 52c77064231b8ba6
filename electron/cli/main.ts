import { runCli } from './run-cli';

const outcome = await runCli(process.argv.slice(2));
if (outcome.stdout !== '') console.log(outcome.stdout);
if (outcome.stderr !== '') console.error(outcome.stderr);
process.exitCode = outcome.exitCode;
