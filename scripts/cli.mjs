// `npm run cli`: runs the CLI's bundle (dist/electron/cli.cjs), building it first only when a source is
// newer, and making sure better-sqlite3 fits Node.js only when the last check was for another runtime.
// No TypeScript is compiled and no process is spawned on an ordinary call.
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundleSources, isFresh } from './is-fresh.mjs';
import { nativeFitsNode } from './native-state.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist', 'electron', 'cli.cjs');

function step(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!nativeFitsNode(root)) step([join(root, 'scripts', 'native-for.mjs'), 'node']);
if (!isFresh(bundle, bundleSources(root))) step([join(root, 'scripts', 'build.mjs'), '--cli']);
// The bundle reads process.argv as the CLI does from source: node, the script, then the arguments.
process.argv = [process.argv[0] ?? 'node', bundle, ...process.argv.slice(2)];
createRequire(import.meta.url)(bundle);
