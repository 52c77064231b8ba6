import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The value at a path of keys, or undefined where the path leaves the tree. */
function at(tree: unknown, ...path: string[]): unknown {
  let node = tree;
  for (const key of path) node = isTree(node) ? node[key] : undefined;
  return node;
}
/** YAML lets one value stand for a list of one; a missing value is an empty list. */
const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value]);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

// Read from the working directory, as npm test runs it (the project root).
const builder = load(readFileSync('electron-builder.yml', 'utf8'));
const workflow = load(readFileSync('.github/workflows/release.yml', 'utf8'));

/** A platform's targets as electron-builder reads them: a name, or { target, arch }. */
function targets(platform: 'linux' | 'win' | 'mac'): { name: string; arch: string[] }[] {
  return list(at(builder, platform, 'target')).map((entry) =>
    isTree(entry) ? { name: text(entry.target), arch: list(entry.arch).map(text) } : { name: text(entry), arch: [] },
  );
}
const targetNames = (platform: 'linux' | 'win' | 'mac') => targets(platform).map((target) => target.name);

// The native binaries the installers carry, named as the packages name them: better-sqlite3's node-gyp target, and the
// canvas's napi binary in the platform package of each OS and architecture a release is built for.
const canvas = JSON.parse(readFileSync('node_modules/@napi-rs/canvas/package.json', 'utf8')) as { napi: { binaryName: string }; optionalDependencies: Record<string, string> };
const canvasPlatforms = ['linux-x64-gnu', 'win32-x64-msvc', 'darwin-x64', 'darwin-arm64'];
const canvasBinary = (platform: string) => `node_modules/@napi-rs/canvas-${platform}/${canvas.napi.binaryName}.${platform}.node`;
const nativeBinaries = ['node_modules/better-sqlite3/build/Release/better_sqlite3.node', ...canvasPlatforms.map(canvasBinary)];

describe('the packaged app: Electron fuses', () => {
  const required = {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
    // Without it a mac build without a certificate does not start on Apple Silicon (the flipped binary's signature breaks).
    resetAdHocDarwinSignature: true,
  };

  it.each(Object.entries(required))('sets %s to %s', (name, value) => {
    expect(at(builder, 'electronFuses', name)).toBe(value);
  });

  it('names only options electron-builder knows (a misspelt fuse would be ignored without a word)', () => {
    const known = new Set([...Object.keys(required), 'loadBrowserProcessSpecificV8Snapshot']);
    const fuses = at(builder, 'electronFuses');
    expect(isTree(fuses) ? Object.keys(fuses).filter((name) => !known.has(name)) : ['electronFuses is not a map']).toEqual([]);
  });
});

describe('the packaged app: native modules', () => {
  const rules = list(at(builder, 'asarUnpack')).map(text);

  it('knows the canvas platform packages by the names the canvas declares', () => {
    for (const platform of canvasPlatforms) expect(Object.keys(canvas.optionalDependencies)).toContain(`@napi-rs/canvas-${platform}`);
  });

  // Matched as electron-builder matches asarUnpack (minimatch with dot: true, relative to the app).
  it.each(nativeBinaries)('unpacks %s from the asar archive', (binary) => {
    expect(rules.some((rule) => minimatch(binary, rule, { dot: true }))).toBe(true);
  });
});

describe('the installers', () => {
  it('are an AppImage and a deb on Linux', () => {
    expect(targetNames('linux')).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('are an NSIS installer for a person and an MSI for IT on Windows', () => {
    expect(targetNames('win')).toEqual(expect.arrayContaining(['nsis', 'msi']));
    expect(at(builder, 'nsis', 'perMachine')).toBe(false);
  });

  it('install the MSI for every user of the machine', () => {
    expect(at(builder, 'msi', 'perMachine')).toBe(true);
  });

  it('are one universal dmg on macOS', () => {
    expect(targets('mac')).toContainEqual({ name: 'dmg', arch: ['universal'] });
  });

  // @electron/universal matches its relative paths with minimatch and matchBase; the canvas binaries are kept as they
  // are, better-sqlite3 is the one binary merged into both architectures.
  it('keeps both canvas binaries in the universal app, and merges SQLite', () => {
    const rule = text(at(builder, 'mac', 'x64ArchFiles'));
    const inApp = (binary: string) => `Contents/Resources/app.asar.unpacked/${binary}`;
    for (const platform of ['darwin-x64', 'darwin-arm64']) expect(minimatch(inApp(canvasBinary(platform)), rule, { matchBase: true })).toBe(true);
    expect(minimatch(inApp('node_modules/better-sqlite3/build/Release/better_sqlite3.node'), rule, { matchBase: true })).toBe(false);
  });
});

describe('the release workflow', () => {
  const job = (name: string) => at(workflow, 'jobs', name);
  const steps = (name: string) => list(at(job(name), 'steps')).filter(isTree);
  const runs = (name: string) => steps(name).map((step) => text(step.run));
  const uses = (name: string, action: string) => steps(name).filter((step) => text(step.uses).startsWith(`${action}@`));
  const nodeVersion = (name: string) => uses(name, 'actions/setup-node').map((step) => at(step, 'with', 'node-version'));
  const needs = (name: string) => list(at(job(name), 'needs'));
  const matrix = list(at(job('build'), 'strategy', 'matrix', 'include')).filter(isTree);
  const matrixFor = (os: string) => matrix.find((entry) => entry.os === os);

  it('runs on a pushed tag v…, and by hand', () => {
    expect(list(at(workflow, 'on', 'push', 'tags'))).toContain('v*');
    expect(at(workflow, 'on', 'push', 'branches')).toBeUndefined();
    const on = at(workflow, 'on');
    expect(Object.keys(isTree(on) ? on : {})).toContain('workflow_dispatch');
  });

  it('runs the tests first, on Ubuntu with Node.js 20 and what .ci/run installs', () => {
    expect(at(job('test'), 'runs-on')).toBe('ubuntu-latest');
    expect(nodeVersion('test')).toEqual([20]);
    const commands = runs('test');
    expect(commands).toContain('npm ci');
    expect(commands).toContain('npm test');
    const apt = commands.find((command) => command.includes('apt-get install')) ?? '';
    for (const name of ['chromium', 'libreoffice-writer-nogui', 'poppler-utils', 'hunspell', 'hunspell-en-gb', 'hunspell-cs']) expect(apt.split(/\s+/)).toContain(name);
  });

  it('builds on Linux, Windows and macOS with Node.js 22, only once the tests pass', () => {
    expect(needs('build')).toContain('test');
    expect(at(job('build'), 'runs-on')).toBe('${{ matrix.os }}');
    expect(matrix.map((entry) => entry.os).sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    expect(nodeVersion('build')).toEqual([22]);
  });

  it('asks electron-builder for the installers named above, on each OS', () => {
    expect(text(matrixFor('ubuntu-latest')?.targets)).toMatch(/^--linux AppImage deb\b/);
    expect(text(matrixFor('windows-latest')?.targets)).toMatch(/^--win nsis msi\b/);
    expect(text(matrixFor('macos-latest')?.targets)).toMatch(/^--mac dmg --universal\b/);
    const builds = runs('build').filter((command) => command.includes('electron-builder'));
    expect(builds.length).toBeGreaterThan(0);
    for (const command of builds) expect(command).toContain('npx electron-builder --config electron-builder.yml --publish never ${{ matrix.targets }}');
  });

  it('signs with the repository secrets when they are set, and builds unsigned when they are not', () => {
    const secretsOf = (step: Tree) => Object.entries(isTree(step.env) ? step.env : {}).filter(([name, value]) => value === `\${{ secrets.${name} }}`).map(([name]) => name);
    const stepFor = (os: string) => steps('build').find((step) => text(step.if).includes(`runner.os == '${os}'`) && text(step.run).includes('electron-builder'));
    const windows = stepFor('Windows');
    const mac = stepFor('macOS');
    expect(windows && secretsOf(windows)).toEqual(['WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD']);
    expect(mac && secretsOf(mac)).toEqual(['CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']);
    // An empty secret is an empty variable, which electron-builder would take for a certificate: unset, and on macOS
    // no search of the keychain for one.
    expect(text(windows?.run)).toMatch(/if \[ -z "\$WIN_CSC_LINK" \]; then[^]*unset WIN_CSC_LINK/);
    expect(text(mac?.run)).toMatch(/if \[ -z "\$CSC_LINK" \]; then[^]*unset CSC_LINK[^]*export CSC_IDENTITY_AUTO_DISCOVERY=false/);
  });

  it('keeps every installer as an artefact of the run', () => {
    const upload = uses('build', 'actions/upload-artifact');
    expect(upload.map((step) => at(step, 'with', 'path'))).toEqual(['${{ matrix.installers }}']);
    expect(at(upload[0], 'with', 'if-no-files-found')).toBe('error');
    const installers = (os: string) => text(matrixFor(os)?.installers).split('\n');
    expect(installers('ubuntu-latest')).toEqual(expect.arrayContaining(['release/*.AppImage', 'release/*.deb']));
    expect(installers('windows-latest')).toEqual(expect.arrayContaining(['release/*.exe', 'release/*.msi']));
    expect(installers('macos-latest')).toEqual(expect.arrayContaining(['release/*.dmg']));
  });

  it('attaches the installers to the GitHub release, on a tag only', () => {
    expect(needs('release')).toContain('build');
    expect(at(job('release'), 'if')).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(at(job('release'), 'permissions', 'contents')).toBe('write');
    expect(uses('release', 'softprops/action-gh-release')).toHaveLength(1);
    expect(at(uses('release', 'actions/download-artifact')[0], 'with', 'pattern')).toBe('installers-*');
  });

  it('pins every action to a major version', () => {
    const actions = ['test', 'build', 'release'].flatMap((name) => steps(name).map((step) => text(step.uses)).filter((action) => action !== ''));
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
  });
});
