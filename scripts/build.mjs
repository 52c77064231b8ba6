// Builds what the desktop app and the browser mode load: the main process and preload bundles
// (esbuild), the renderer (Vite), the CLI's bundle and the list of the licences the app ships. Skips a
// part whose output is newer than all of its sources, so `npm start`, `npm run web`, `npm run cli` and
// the tests never rebuild needlessly.
// `--cli` builds the CLI alone (what `npm run cli` needs).
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { bundleSources, isFresh } from './is-fresh.mjs';
import { licences } from './licences.mjs';
import { mainExternals } from './main-externals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const rendererOnly = process.argv.includes('--renderer');
const cliOnly = process.argv.includes('--cli');

const sharedSources = bundleSources(root);

async function buildRenderer() {
  const output = join(root, 'dist', 'renderer', 'index.html');
  if (isFresh(output, [join(root, 'renderer'), join(root, 'vite.config.ts'), ...sharedSources])) return;
  // Always React's production build, even when started from a test runner that sets NODE_ENV=test.
  process.env.NODE_ENV = 'production';
  await viteBuild({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
}

/**
 * dist/licences.json, which the About view lists (see scripts/licences.mjs). What is installed changes
 * with the lock file; npm also rewrites node_modules/.package-lock.json on every install, so a build run
 * between a pull and the `npm install` after it does not keep the old list.
 */
function buildLicences() {
  const output = join(root, 'dist', 'licences.json');
  if (isFresh(output, [join(root, 'package-lock.json'), join(root, 'node_modules', '.package-lock.json'), join(root, 'scripts', 'licences.mjs')])) return;
  licences.write(root, output);
}

const outdir = join(root, 'dist', 'electron');
const common = { bundle: true, platform: 'node', format: 'cjs', sourcemap: true, minify: true, logLevel: 'warning' };
// The core finds the import worker through import.meta.url only when run from source; bundled, beside main.cjs.
const bundledCore = { ...common, target: 'node22', define: { 'import.meta.url': 'undefined' } };

async function buildWorker() {
  if (isFresh(join(outdir, 'import-worker.cjs'), sharedSources)) return;
  // The import worker runs beside main.cjs and cli.cjs (electron/core/import/plan-in-worker.ts looks for it there).
  await esbuild({ ...bundledCore, entryPoints: [join(root, 'electron', 'core', 'import', 'import-worker.ts')], outfile: join(outdir, 'import-worker.cjs'), external: mainExternals });
}

/** The CLI, bundled like the main process, for Node.js 20 (the tests' and users' Node): no TypeScript compiled on each call. */
async function buildCli() {
  await buildWorker();
  if (isFresh(join(outdir, 'cli.cjs'), sharedSources)) return;
  await esbuild({ ...bundledCore, target: 'node20', entryPoints: [join(root, 'electron', 'cli', 'main.ts')], outfile: join(outdir, 'cli.cjs'), external: mainExternals });
}

async function buildMain() {
  await buildWorker();
  if (['main.cjs', 'preload.cjs'].every((name) => isFresh(join(outdir, name), sharedSources))) return;
  await esbuild({ ...bundledCore, entryPoints: [join(root, 'electron', 'main', 'main.ts')], outfile: join(outdir, 'main.cjs'), external: mainExternals });
  // A sandboxed preload can only require 'electron', so everything else is bundled into it.
  await esbuild({ ...common, target: 'node22', entryPoints: [join(root, 'electron', 'main', 'preload.ts')], outfile: join(outdir, 'preload.cjs'), external: ['electron'] });
}

if (cliOnly) {
  await buildCli();
} else {
  await buildRenderer();
  buildLicences();
  if (!rendererOnly) {
    await buildMain();
    await buildCli();
  }
}
