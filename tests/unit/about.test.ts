import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboutView } from '../../electron/core/about/about-view';
import { licenceText } from '../../electron/core/about/licence-text';
import { licencesFile } from '../../electron/core/about/licences-file';
import { readLicences } from '../../electron/core/about/read-licences';
import { translate } from '../../electron/shared/translate';
import project from '../../package.json';
import { licences } from '../../scripts/licences.mjs';
import { apiFor } from '../helpers/api-for';
import { committeeDb } from '../helpers/committee-db';
import { fileDigest } from '../helpers/file-digest';
import { tempDir } from '../helpers/temp-dir';

const root = resolve('.');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The npm packages the page imports as code (type imports leave nothing in the bundle), by package name. */
function rendererImports(): Set<string> {
  const names = new Set<string>();
  // The renderer, and the core's pure layer, which it imports as code.
  for (const file of [...sourceFiles('renderer/src'), ...sourceFiles('electron/core/domain')]) {
    for (const match of readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*?from '([^.'][^']*)'/gm)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('node:')) continue;
      const parts = specifier.split('/');
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier));
    }
  }
  return names;
}

/** The licences script, run on the project's own node_modules into a folder of the test. */
function writtenList() {
  const file = join(tempDir(), 'dist', 'licences.json');
  const returned = licences.write(root, file);
  return { file, returned, written: readLicences(file) };
}

describe('the licences of the bundled software', () => {
  it('lists every package the app ships, with its licence and its licence file’s text', () => {
    const { file, returned, written } = writtenList();
    expect(written).toEqual(returned);
    const list = written ?? [];
    const byName = new Map(list.map((entry) => [entry.name, entry]));
    for (const name of ['better-sqlite3', 'react', 'docx']) expect(byName.get(name)?.licence, name).toBe('MIT');
    expect(byName.get('react')?.text).toMatch(/^MIT License/);
    expect(byName.get('react')?.text).toContain('Permission is hereby granted, free of charge');
    // The rest of the production tree: a dependency's dependency, and a licence other than MIT.
    expect(byName.get('prebuild-install')?.licence).toBe('MIT');
    expect(byName.get('@e965/xlsx')?.licence).toBe('Apache-2.0');
    const electron: unknown = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8'));
    expect(electron).toMatchObject({ version: byName.get('electron')?.version });
    expect(byName.get('electron')?.licence).toBe('MIT');
    expect(byName.get('electron')?.text).toContain('Permission is hereby granted');
    // Only what is shipped: the tests' and the build's tools are not on it.
    for (const tool of ['vitest', 'vite', 'typescript', 'esbuild', 'electron-builder', '@electron/get']) expect(byName.has(tool), tool).toBe(false);
    const keys = list.map((entry) => `${entry.name}@${entry.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(list.map((entry) => entry.name)).toEqual([...list.map((entry) => entry.name)].sort());
    expect(readdirSync(join(file, '..'))).toEqual(['licences.json']);
  });

  it('covers every package the page imports, and every dependency of the app', () => {
    const { written } = writtenList();
    const names = new Set((written ?? []).map((entry) => entry.name));
    const imported = rendererImports();
    expect(imported.size).toBeGreaterThanOrEqual(6);
    for (const name of imported) expect(names.has(name), name).toBe(true);
    for (const name of Object.keys(project.dependencies)) expect(names.has(name), name).toBe(true);
  });

  it('is read without the texts, and a missing list reads as not built yet', () => {
    const { file, written } = writtenList();
    const view = aboutView(file);
    expect(view.licencesBuilt).toBe(true);
    expect(view.licences).toEqual((written ?? []).map(({ name, version, licence }) => ({ name, version, licence })));
    expect(view.licences.every((entry) => !('text' in entry))).toBe(true);
    expect(licenceText(file, { name: 'react', version: view.licences.find((entry) => entry.name === 'react')?.version ?? '' })).toMatch(/^MIT License/);
    const missing = join(tempDir(), 'licences.json');
    expect(aboutView(missing)).toEqual({ version: project.version, licences: [], licencesBuilt: false, reportProblemUrl: project.bugs.url });
  });

  it('is found by the bundled core one folder above its own, where the build writes it', async () => {
    const dist = join(tempDir(), 'dist');
    const returned = licences.write(root, join(dist, 'licences.json'));
    // A stand-in for main.cjs and cli.cjs, bundled with the options scripts/build.mjs uses for them.
    const entry = join(dist, 'entry.ts');
    writeFileSync(
      entry,
      `import { aboutView } from ${JSON.stringify(resolve('electron/core/about/about-view.ts'))};
import { licencesFile } from ${JSON.stringify(resolve('electron/core/about/licences-file.ts'))};
const view = aboutView(licencesFile());
console.log(JSON.stringify({ built: view.licencesBuilt, count: view.licences.length, version: view.version }));`,
    );
    mkdirSync(join(dist, 'electron'));
    await build({ bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', define: { 'import.meta.url': 'undefined' }, entryPoints: [entry], outfile: join(dist, 'electron', 'main.cjs') });
    const run = spawnSync(process.execPath, [join(dist, 'electron', 'main.cjs')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ built: true, count: returned.length, version: project.version });
  });

  it('answers getAbout with the version, the list the build made and where to report a problem', async () => {
    const api = apiFor(join(tempDir(), 'committee.sqlite'));
    const about = await api.call('getAbout', {});
    expect(about.version).toBe(project.version);
    expect(about.reportProblemUrl).toBe('https://github.com/ips-steering-workbench/workbench/issues');
    // Run from source, the core reads the project's dist/licences.json: whatever state it is in, the answer says so.
    const built = readLicences(licencesFile());
    expect(about.licencesBuilt).toBe(built !== null);
    expect(about.licences).toEqual((built ?? []).map(({ name, version, licence }) => ({ name, version, licence })));
    if (built !== null) {
      const react = built.find((entry) => entry.name === 'react');
      expect(await api.call('getLicenceText', { name: 'react', version: react?.version ?? '' })).toBe(react?.text);
    }
  });

  it('refuses the text of a package it does not ship, in both languages, and writes nothing', async () => {
    const { db, path } = committeeDb();
    db.close();
    const folder = join(path, '..');
    const before = { digest: fileDigest(path), files: readdirSync(folder).sort(), list: existsSync(licencesFile()) ? statSync(licencesFile()).mtimeMs : null };
    const api = apiFor(path);
    const unknown = { name: 'left-pad', version: '1.3.0' };
    expect(await api.raw('getLicenceText', unknown)).toEqual({ ok: false, error: { code: 'licence_unknown', params: unknown } });
    // Known name, another version: refused too.
    expect(await api.raw('getLicenceText', { name: 'react', version: '0.0.1' })).toMatchObject({ ok: false, error: { code: 'licence_unknown' } });
    expect(await api.raw('getLicenceText', { name: 'react', version: '19.3.1', path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await api.raw('getLicenceText', { name: '', version: '1.0.0' })).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } });
    expect(translate('en', 'errors.licence_unknown', unknown)).toBe('“left-pad 1.3.0” is not one of the packages the workbench comes with. Choose a package from the list of licences.');
    expect(translate('cs', 'errors.licence_unknown', unknown)).toBe('„left-pad 1.3.0“ není žádný z balíčků, se kterými se pracovní nástroj dodává. Vyberte balíček ze seznamu licencí.');
    api.context.workspace.close();
    expect(fileDigest(path)).toBe(before.digest);
    expect(readdirSync(folder).sort()).toEqual(before.files);
    expect(existsSync(licencesFile()) ? statSync(licencesFile()).mtimeMs : null).toBe(before.list);
  });
});
