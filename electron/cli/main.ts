import { runCli } from './run-cli';

// No top-level await: the same file is bundled as CommonJS (dist/electron/cli.cjs) for a fast start.
void runCli(process.argv.slice(2)).then((outcome) => {
  if (outcome.stdout !== '') console.log(outcome.stdout);
  if (outcome.stderr !== '') console.error(outcome.stderr);
  process.exitCode = outcome.exitCode;
});
