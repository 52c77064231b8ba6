// better-sqlite3 is a native module: Node (tests, CLI, browser mode) and Electron (desktop app) need
// builds for different ABIs. This script makes sure the build for the runtime about to start is there:
// the installed one for Node.js (rebuilt only when it does not load), and a second one, kept apart, for
// Electron, so that neither switch breaks the other runtime and nobody ever rebuilds by hand.
// WORKBENCH_ROOT and WORKBENCH_ELECTRON_REBUILD (a command run instead of electron-rebuild) exist for
// tests/unit/native-switch.test.ts, which runs this on a project of its own.
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinding, installedBinding, markNativeForNode, nativeFitsNode } from './native-state.mjs';

const root = process.env.WORKBENCH_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const target = process.argv[2];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed. Check the messages above; a C++ build toolchain (python3, make, a compiler) is needed.`);
    process.exit(1);
  }
}

function loadsInNode() {
  const probe = spawnSync(process.execPath, ['-e', "const D = require('better-sqlite3'); new D(':memory:').close();"], { cwd: root, encoding: 'utf8' });
  return probe.status === 0;
}

if (target === 'node') {
  // Checked once per Node.js ABI: the marker says so, and the next call needs no probe.
  if (nativeFitsNode(root)) process.exit(0);
  if (!loadsInNode()) {
    console.log('Rebuilding better-sqlite3 for Node.js…');
    run('npm', ['rebuild', 'better-sqlite3']);
    if (!loadsInNode()) {
      console.error('better-sqlite3 still does not load in Node.js after a rebuild.');
      process.exit(1);
    }
  }
  markNativeForNode(root);
} else if (target === 'electron') {
  // The Electron build is made once per Electron version and kept apart; the Node.js build stays in
  // node_modules, so `npm test` after `npm start` rebuilds nothing. electron-rebuild builds in place:
  // the Node.js build is set aside first and put back afterwards, also when the build fails.
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const built = electronBinding(root, electronVersion);
  if (!existsSync(built)) {
    const installed = installedBinding(root);
    const aside = `${built}.node-build`;
    mkdirSync(dirname(built), { recursive: true });
    if (existsSync(installed)) copyFileSync(installed, aside);
    console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; the Node.js build stays as it is)…`);
    const [command, ...args] = process.env.WORKBENCH_ELECTRON_REBUILD?.split(' ') ?? ['npx', 'electron-rebuild', '--force', '--only', 'better-sqlite3', '--version', electronVersion];
    const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.status === 0) copyFileSync(installed, built);
    if (existsSync(aside)) {
      copyFileSync(aside, installed);
      rmSync(aside);
    }
    if (result.status !== 0) {
      console.error('\nnpx electron-rebuild failed. Check the messages above; a C++ build toolchain (python3, make, a compiler) is needed.');
      process.exit(1);
    }
  }
} else {
  console.error('Usage: node scripts/native-for.mjs node|electron');
  process.exit(2);
}
