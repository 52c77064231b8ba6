// How long `npm run cli -- help` takes to answer, beside starting Node.js itself (`node -e 0`): the CLI
// runs from its bundle (scripts/cli.mjs), so it should cost little more than Node's own start. Measured
// through the launcher, not npm, whose own start is the same for every script. Called from main.ts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(import.meta.dirname, '..', '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timed(args: string[]): number {
  const samples: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    samples.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${String(result.status)}`);
  }
  return median(samples);
}

export function cliStartBench(): { label: string; ours: number; limit: number } {
  // The first call may build the bundle or check the native module; the runs timed are ordinary calls.
  timed([join(root, 'scripts', 'cli.mjs'), 'help']);
  return { label: 'CLI start: help, from the bundle', ours: timed([join(root, 'scripts', 'cli.mjs'), 'help']), limit: timed(['-e', '0']) };
}
