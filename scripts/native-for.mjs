// better-sqlite3 is a native module: Node (tests, CLI, browser mode) and Electron (desktop app) need
// builds for different ABIs. This script makes sure the installed build fits the runtime about to
// start, rebuilding only when it does not, so nobody ever has to do it by hand.
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { markNativeForNode, nativeFitsNode, nativeMarker } from './native-state.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const target = process.argv[2];
const marker = nativeMarker(root);

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
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const wanted = `electron ${electronVersion}`;
  if (!existsSync(marker) || readFileSync(marker, 'utf8').trim() !== wanted) {
    console.log(`Rebuilding better-sqlite3 for Electron ${electronVersion}…`);
    run('npx', ['electron-rebuild', '--force', '--only', 'better-sqlite3', '--version', electronVersion]);
    writeFileSync(marker, `${wanted}\n`);
  }
} else {
  console.error('Usage: node scripts/native-for.mjs node|electron');
  process.exit(2);
}
