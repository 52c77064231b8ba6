// Writes dist/licences.json for the About view (electron/core/about): the name, version, licence and
// licence text of every package the built app ships. scripts/build.mjs runs it for the renderer and the
// main builds; `node scripts/licences.mjs` runs it alone. Made at build time from what is installed, so
// the list is the one of the packages really bundled, never a hand-kept copy that drifts.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What Vite bundles into the page (renderer/src imports them; they are devDependencies because the
 * desktop app ships them inside its bundle, not from node_modules). tests/unit/about.test.ts checks that
 * every package the renderer imports is on the written list.
 */
const rendererPackages = ['react', 'react-dom', 'i18next', 'react-i18next', 'zustand', 'chart.js', 'react-chartjs-2'];

/** LICENSE, LICENCE, COPYING in any case, with or without an extension or a suffix (LICENSE.md, LICENSE-MIT, copying.txt). */
const licenceFileName = /^(licen[cs]e|copying)([.\-_][^/]*)?$/i;

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The folder Node would load `name` from when required in `fromDir`: its own node_modules first, then each parent's, never above the project. */
function resolvePackage(root, fromDir, name) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) return null;
  }
}

/** The package.json "license" field, or the older forms ({ type } and a "licenses" list) some packages still use. */
function licenceOf(manifest) {
  const named = (value) => (typeof value === 'string' ? value : typeof value?.type === 'string' ? value.type : null);
  if (manifest.license !== undefined) return named(manifest.license);
  if (Array.isArray(manifest.licenses)) {
    const types = manifest.licenses.map(named).filter((type) => type !== null);
    return types.length === 0 ? null : types.join(' OR ');
  }
  return null;
}

/**
 * The licence text in the package's folder; a package with several (LICENSE-MIT and LICENSE-APACHE) gets
 * them all, each under its file name. Blank lines around it go, the indentation of a centred title stays.
 */
function licenceText(dir, manifest) {
  const files = readdirSync(dir)
    .filter((name) => licenceFileName.test(name) && statSync(join(dir, name)).isFile())
    .sort();
  // "SEE LICENSE IN <file>" is how npm lets a package name a licence file of another name.
  const seeFile = /^SEE LICEN[CS]E IN (.+)$/i.exec(licenceOf(manifest) ?? '')?.[1]?.trim();
  if (files.length === 0 && seeFile !== undefined && existsSync(join(dir, seeFile))) files.push(seeFile);
  if (files.length === 0) return null;
  const texts = files.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8').replace(/\r\n?/g, '\n').replace(/^(\s*\n)+/, '').trimEnd() }));
  return texts.length === 1 ? (texts[0]?.text ?? null) : texts.map(({ name, text }) => `${name}\n\n${text}`).join('\n\n\n');
}

function entryFor(dir, manifest, licence = licenceOf(manifest)) {
  return { name: manifest.name, version: manifest.version, licence, text: licenceText(dir, manifest) };
}

/**
 * Every package reached from package.json's "dependencies" and the renderer's packages, through each
 * package's "dependencies" and the "optionalDependencies" that are installed (the canvas's binary for
 * this platform), and Electron itself. Sorted by name, one entry per name and version.
 */
function collect(projectRoot) {
  const root = resolve(projectRoot);
  const project = readJson(join(root, 'package.json'));
  const found = new Map();
  const pending = [...Object.keys(project.dependencies ?? {}), ...rendererPackages].map((name) => ({ name, from: root, optional: false }));
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === undefined) break;
    const dir = resolvePackage(root, next.from, next.name);
    if (dir === null) {
      // An optional dependency for another platform is not installed, and not shipped from here.
      if (next.optional) continue;
      throw new Error(`${next.name}, needed from ${relative(root, next.from) || 'package.json'}, is not installed: run npm install`);
    }
    const manifest = readJson(join(dir, 'package.json'));
    const key = `${manifest.name}@${manifest.version}`;
    if (found.has(key)) continue;
    found.set(key, entryFor(dir, manifest));
    for (const name of Object.keys(manifest.dependencies ?? {})) pending.push({ name, from: dir, optional: false });
    for (const name of Object.keys(manifest.optionalDependencies ?? {})) pending.push({ name, from: dir, optional: true });
  }
  // Electron is the program itself, not a dependency of the bundle: its own tooling (the downloader) is not
  // shipped, so only Electron is listed. The Chromium and Node.js licences come with its binary (LICENSES.chromium.html).
  const electronDir = join(root, 'node_modules', 'electron');
  const electron = readJson(join(electronDir, 'package.json'));
  found.set(`${electron.name}@${electron.version}`, entryFor(electronDir, electron, licenceOf(electron) ?? 'MIT'));
  return [...found.values()].sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
}

/** Writes the list beside the file's final name and renames it into place, so a build that stops half-way leaves no half file that looks fresh. */
function write(root, outFile) {
  const entries = collect(root);
  mkdirSync(dirname(outFile), { recursive: true });
  const partial = `${outFile}.partial`;
  writeFileSync(partial, `${JSON.stringify(entries, null, 1)}\n`);
  renameSync(partial, outFile);
  return entries;
}

export const licences = { collect, write };

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const written = write(root, join(root, 'dist', 'licences.json'));
  console.log(`dist/licences.json: ${String(written.length)} packages`);
}
