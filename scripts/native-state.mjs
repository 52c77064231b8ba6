// Which runtime the installed better-sqlite3 build was last checked for, kept in a marker file beside the
// build: "node <ABI>" after a successful check in Node.js, "electron <version>" after a rebuild for Electron.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function nativeMarker(root) {
  return join(root, 'node_modules', 'better-sqlite3', 'build', 'workbench-runtime.txt');
}

function nodeStamp() {
  return `node ${process.versions.modules}`;
}

/** True when the build was last checked for this very Node.js ABI: nothing to probe. */
export function nativeFitsNode(root) {
  const marker = nativeMarker(root);
  return existsSync(marker) && readFileSync(marker, 'utf8').trim() === nodeStamp();
}

export function markNativeForNode(root) {
  writeFileSync(nativeMarker(root), `${nodeStamp()}\n`);
}
