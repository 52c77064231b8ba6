// Whether a built file is newer than everything it is built from: shared by the build and by the CLI's
// launcher, which must decide in milliseconds (without loading esbuild or Vite) that nothing needs building.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(paths) {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stats = statSync(path);
    if (stats.isDirectory()) {
      newest = Math.max(newest, newestMtime(readdirSync(path).map((name) => join(path, name))));
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  }
  return newest;
}

export function isFresh(output, sources) {
  return existsSync(output) && statSync(output).mtimeMs >= newestMtime(sources);
}

/** What the main process, the import worker and the CLI are built from. */
export function bundleSources(root) {
  return [join(root, 'electron'), join(root, 'resources', 'locales'), join(root, 'package.json')];
}
