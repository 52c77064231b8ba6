// Builds what the desktop app and the browser mode load: the main process and preload bundles
// (esbuild) and the renderer (Vite). Skips a part whose output is newer than all of its sources,
// so `npm start`, `npm run web` and the tests never rebuild needlessly.
import { build as esbuild } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { mainExternals } from './main-externals.mjs';

const root = new URL('..', import.meta.url).pathname;
const rendererOnly = process.argv.includes('--renderer');

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

function isFresh(output, sources) {
  return existsSync(output) && statSync(output).mtimeMs >= newestMtime(sources);
}

const sharedSources = [join(root, 'electron'), join(root, 'resources', 'locales'), join(root, 'package.json')];

async function buildRenderer() {
  const output = join(root, 'dist', 'renderer', 'index.html');
  if (isFresh(output, [join(root, 'renderer'), join(root, 'vite.config.ts'), ...sharedSources])) return;
  // Always React's production build, even when started from a test runner that sets NODE_ENV=test.
  process.env.NODE_ENV = 'production';
  await viteBuild({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
}

async function buildMain() {
  const outdir = join(root, 'dist', 'electron');
  if (['main.cjs', 'preload.cjs', 'import-worker.cjs'].every((name) => isFresh(join(outdir, name), sharedSources))) return;
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', sourcemap: true, minify: true, logLevel: 'warning' };
  // The core finds the import worker through import.meta.url only when run from source; bundled, beside main.cjs.
  const bundledCore = { ...common, define: { 'import.meta.url': 'undefined' } };
  await esbuild({ ...bundledCore, entryPoints: [join(root, 'electron', 'main', 'main.ts')], outfile: join(outdir, 'main.cjs'), external: mainExternals });
  // The import worker runs beside main.cjs (electron/core/import/plan-in-worker.ts looks for it there).
  await esbuild({ ...bundledCore, entryPoints: [join(root, 'electron', 'core', 'import', 'import-worker.ts')], outfile: join(outdir, 'import-worker.cjs'), external: mainExternals });
  // A sandboxed preload can only require 'electron', so everything else is bundled into it.
  await esbuild({ ...common, entryPoints: [join(root, 'electron', 'main', 'preload.ts')], outfile: join(outdir, 'preload.cjs'), external: ['electron'] });
}

await buildRenderer();
if (!rendererOnly) await buildMain();
