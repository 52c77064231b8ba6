// Which runtime the installed better-sqlite3 build was last checked for, kept in a marker file beside the
// build: "node <ABI> <size> <mtime>" after a successful check in Node.js. The size and time of the binary
// make a build replaced since (by electron-builder, or by hand) count as unchecked.
// The Electron build lives apart (electronBinding), so that switching never breaks the Node.js one.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function nativeMarker(root) {
  return join(root, 'node_modules', 'better-sqlite3', 'build', 'workbench-runtime.txt');
}

/** The build npm installs and the Node.js runtimes load. */
export function installedBinding(root) {
  return join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

/** Where the desktop app started from source finds its own build (electron/main/electron-sqlite-binding.ts). */
export function electronBinding(root, electronVersion) {
  return join(root, 'node_modules', '.workbench-native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

function nodeStamp(root) {
  const binary = installedBinding(root);
  if (!existsSync(binary)) return null;
  const { size, mtimeMs } = statSync(binary);
  return `node ${process.versions.modules} ${size} ${Math.round(mtimeMs)}`;
}

/** True when this very build was last checked for this very Node.js ABI: nothing to probe. */
export function nativeFitsNode(root) {
  const marker = nativeMarker(root);
  const stamp = nodeStamp(root);
  return stamp !== null && existsSync(marker) && readFileSync(marker, 'utf8').trim() === stamp;
}

export function markNativeForNode(root) {
  const stamp = nodeStamp(root);
  if (stamp !== null) writeFileSync(nativeMarker(root), `${stamp}\n`);
}
