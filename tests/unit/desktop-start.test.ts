import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CAUSE_PREFIX,
  downloadProblem,
  electronArtifact,
  electronCacheDir,
  locateElectron,
  nodeVersionProblem,
  oldestNode,
  overrideProblem,
  wrap,
} from '../../scripts/desktop-checks.mjs';
import { tempDir } from '../helpers/temp-dir';

const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
const electron = electronArtifact('45.5.0', {}, 'linux', 'x64');
const electronTools = [
  { name: 'electron 45.5.0', range: '>= 22.12.0' },
  { name: '@electron/get 5.1.0', range: '>=22.12.0' },
  { name: 'electron-builder 26.17.0', range: '>=14.0.0' },
];
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

// What Electron's install script printed on failed downloads (err.stack), after the cause line electron-download-cause.mjs adds.
const stack = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async FetchDownloader.download (file:///x/FetchDownloader.js:46:30)';
const offline = `${CAUSE_PREFIX} https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip: getaddrinfo ENOTFOUND github.com\n${stack}`;
const refused = `${CAUSE_PREFIX} http://127.0.0.1:41177/v45.5.0/electron-v45.5.0-linux-x64.zip: connect ECONNREFUSED 127.0.0.1:41177\n${stack}`;
const notFound = 'HTTPError: Response code 404 (Not Found) for https://mirror.example/electron/v45.5.0/electron-v45.5.0-linux-x64.zip\n    at FetchDownloader.download (file:///x/FetchDownloader.js:48:23)';
const tunnel407 = `${CAUSE_PREFIX} https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip: Proxy response (407) !== 200 when HTTP Tunneling\n${stack}`;

const problem = (output: string, env: NodeJS.ProcessEnv = {}) => oneLine(downloadProblem(output, electron, '/home/member/.cache/electron', env, 'npm start'));

describe('npm start: the Node.js the desktop tooling needs', () => {
  it('says which Node.js is needed, which tools ask for it, which one this is and how to get it', () => {
    const text = nodeVersionProblem('20.20.2', electronTools, '>=20.19', 'npm start') ?? '';
    expect(text).toContain('npm start needs Node.js 22.12.0 or newer: electron 45.5.0 and @electron/get 5.1.0 ask for it, and this is Node.js 20.20.2.');
    expect(text).toContain('https://nodejs.org/');
    expect(text).toContain('nvm install 22');
    expect(text).toContain('npm test, npm run cli and npm run web work on this Node.js.');
  });

  it('is silent from the needed version on, and does not promise the rest works on a Node.js the app refuses', () => {
    expect(nodeVersionProblem('22.12.0', electronTools, '>=20.19', 'npm start')).toBeNull();
    expect(nodeVersionProblem('24.1.0', electronTools, '>=20.19', 'npm start')).toBeNull();
    expect(nodeVersionProblem('22.11.9', electronTools, '>=20.19', 'npm start')).toContain('this is Node.js 22.11.9');
    expect(nodeVersionProblem('18.20.0', electronTools, '>=20.19', 'npm run dist')).not.toContain('work on this Node.js');
  });

  it('reads ">=" ranges and leaves ranges it cannot read out of the judgement', () => {
    expect(oldestNode('>= 22.12.0')).toEqual([22, 12, 0]);
    expect(oldestNode('>=14')).toEqual([14, 0, 0]);
    expect(oldestNode('>=18.17 || >=16.3')).toEqual([16, 3, 0]);
    expect(oldestNode('^18.0.0')).toBeNull();
    expect(nodeVersionProblem('16.0.0', [{ name: 'odd 1.0.0', range: '^18.0.0' }, { name: 'none 1.0.0' }], undefined, 'npm start')).toBeNull();
  });
});

describe("npm start: finding Electron's binary as the electron package does", () => {
  const files = (present: string[]) => (path: string) => present.includes(path);

  it('uses the executable path.txt names inside dist/, and finds nothing to run without path.txt', () => {
    expect(locateElectron('/e', {}, () => 'electron', files([join('/e', 'dist', 'electron')]))).toEqual({ binary: join('/e', 'dist', 'electron'), override: false, found: true });
    expect(locateElectron('/e', {}, () => 'electron', files([])).found).toBe(false);
    expect(locateElectron('/e', {}, () => null, files([join('/e', 'dist', 'electron')])).found).toBe(false);
  });

  it('looks only in ELECTRON_OVERRIDE_DIST_PATH when it is set, and says so when Electron is not there', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' };
    expect(locateElectron('/e', env, () => null, files([join('/opt/electron-45', 'electron')]))).toEqual({ binary: join('/opt/electron-45', 'electron'), override: true, found: true });
    const missing = locateElectron('/e', env, () => null, files([join('/e', 'dist', 'electron')]));
    expect(missing).toEqual({ binary: join('/opt/electron-45', 'electron'), override: true, found: false });
    expect(oneLine(overrideProblem(join('/opt/electron-45', 'electron'), electron, 'npm start'))).toBe(
      `ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron at ${join('/opt/electron-45', 'electron')}. Unzip electron-v45.5.0-linux-x64.zip ` +
        '(https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip) into that folder, or unset ELECTRON_OVERRIDE_DIST_PATH ' +
        'to use node_modules/electron, then run npm start again.',
    );
  });

  it("names the file for the platform Electron's install script downloads for, and the cache @electron/get keeps", () => {
    expect(electronArtifact('45.5.0', { ELECTRON_INSTALL_PLATFORM: 'win32', ELECTRON_INSTALL_ARCH: 'arm64' }, 'linux', 'x64').fileName).toBe('electron-v45.5.0-win32-arm64.zip');
    expect(electronCacheDir({}, 'linux', '/home/m')).toBe(join('/home/m', '.cache', 'electron'));
    expect(electronCacheDir({ XDG_CACHE_HOME: '/var/cache/m' }, 'linux', '/home/m')).toBe(join('/var/cache/m', 'electron'));
    expect(electronCacheDir({ electron_config_cache: '/shared/electron' }, 'linux', '/home/m')).toBe('/shared/electron');
    expect(electronCacheDir({}, 'darwin', '/Users/m')).toBe(join('/Users/m', 'Library', 'Caches', 'electron'));
    expect(electronCacheDir({ LOCALAPPDATA: 'C:\\Users\\m\\AppData\\Local' }, 'win32', 'C:\\Users\\m')).toBe(join('C:\\Users\\m\\AppData\\Local', 'electron', 'Cache'));
  });
});

describe('npm start: why the download failed, in one paragraph', () => {
  it('says there is no connection to the host, with the reason, instead of the stack', () => {
    const text = problem(offline);
    expect(text).toMatch(/^Electron 45\.5\.0 could not be downloaded: there is no connection to github\.com \(getaddrinfo ENOTFOUND github\.com\); /);
    expect(problem(refused)).toContain('there is no connection to 127.0.0.1:41177 (connect ECONNREFUSED 127.0.0.1:41177)');
    expect(text).not.toContain('TypeError');
    expect(text).not.toContain(' at ');
  });

  it('says what to do: a mirror, an unzipped copy, a copied cache; and that the rest needs no Electron', () => {
    const text = problem(offline);
    expect(text).toContain('https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip');
    expect(text).toContain('set ELECTRON_MIRROR to the address of a mirror you can reach (with ELECTRON_CUSTOM_DIR and ELECTRON_CUSTOM_FILENAME');
    expect(text).toContain('set ELECTRON_OVERRIDE_DIST_PATH to that folder whenever you run npm start');
    expect(text).toContain('copy /home/member/.cache/electron from a computer where npm start has run (electron_config_cache names another folder for it)');
    expect(text).toContain('Then run npm start again. npm test, npm run cli and npm run web need no Electron.');
  });

  it('blames the proxy when one is in use or one answers, and says how to give it to the downloader', () => {
    const proxy = { ELECTRON_GET_USE_PROXY: '1', HTTPS_PROXY: 'http://proxy.example:8080' };
    expect(problem(refused, proxy)).toContain('a proxy stood in the way (connect ECONNREFUSED 127.0.0.1:41177). Set HTTPS_PROXY');
    const text = problem(tunnel407);
    expect(text).toContain('a proxy stood in the way (Proxy response (407) !== 200 when HTTP Tunneling).');
    expect(text).toContain('http://user:password@proxy.example:8080) and ELECTRON_GET_USE_PROXY=1');
    expect(text).toContain('NODE_EXTRA_CA_CERTS');
    expect(problem(`${CAUSE_PREFIX} https://github.com/x.zip: self-signed certificate in certificate chain (SELF_SIGNED_CERT_IN_CHAIN)`)).toContain('a proxy stood in the way');
    expect(problem(offline, { HTTPS_PROXY: 'http://proxy.example:8080' })).toContain("HTTPS_PROXY is set, but Electron's downloader uses it only with ELECTRON_GET_USE_PROXY=1.");
    expect(problem(offline)).not.toContain('proxy stood');
    expect(problem(notFound.replace('mirror.example', 'proxy.example'))).not.toContain('proxy stood');
  });

  it('gives any other failure by the first line of its error', () => {
    const text = problem(notFound);
    expect(text).toMatch(/^Electron 45\.5\.0 could not be downloaded: HTTPError: Response code 404 \(Not Found\) for https:\/\/mirror\.example\/electron\/v45\.5\.0\/electron-v45\.5\.0-linux-x64\.zip\. /);
    expect(text).not.toContain('FetchDownloader');
    expect(problem('')).toContain('could not be downloaded: the download stopped without saying why.');
  });

  it("names only environment variables the installed Electron reads or documents", () => {
    const sources = ['node_modules/electron/index.js', 'node_modules/electron/install.js', 'node_modules/@electron/get/README.md']
      .concat(readdirSync('node_modules/@electron/get/dist').filter((name) => name.endsWith('.js')).map((name) => `node_modules/@electron/get/dist/${name}`))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const text = [problem(offline), problem(tunnel407), overrideProblem('/x/electron', electron, 'npm start')].join(' ');
    const named = [...new Set(text.match(/\b(?:ELECTRON_[A-Z_]+|electron_[a-z_]+|HTTPS_PROXY)\b/g))];
    expect(named.length).toBeGreaterThanOrEqual(7);
    expect(named.filter((name) => !sources.includes(name))).toEqual([]);
  });

  it('wraps a paragraph for a terminal without losing a word', () => {
    const text = problem(offline);
    const wrapped = wrap(text, 80);
    expect(wrapped.split('\n').every((line) => line.length <= 80 || !line.includes(' '))).toBe(true);
    expect(oneLine(wrapped)).toBe(text);
  });
});

/** A port on this machine that nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * A copy of the project's scripts beside a copy of the installed electron package (its binary never
 * downloaded), with the real @electron/get: the script runs as on a fresh clone, whatever this machine has.
 */
function freshClone(): string {
  const dir = tempDir();
  cpSync('scripts', join(dir, 'scripts'), { recursive: true });
  cpSync('package.json', join(dir, 'package.json'));
  mkdirSync(join(dir, 'node_modules', 'electron'), { recursive: true });
  for (const file of ['package.json', 'install.js', 'checksums.json']) cpSync(join('node_modules', 'electron', file), join(dir, 'node_modules', 'electron', file));
  mkdirSync(join(dir, 'node_modules', '@electron', 'rebuild'), { recursive: true });
  cpSync(join('node_modules', '@electron', 'rebuild', 'package.json'), join(dir, 'node_modules', '@electron', 'rebuild', 'package.json'));
  symlinkSync(resolve('node_modules', '@electron', 'get'), join(dir, 'node_modules', '@electron', 'get'), 'junction');
  return dir;
}

/** This machine's environment without anything that steers Electron's download (mirrors, caches, proxies, npm's electron_* settings). */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const steering = /^(electron_|npm_config_electron|npm_package_config_electron|https?_proxy$|no_proxy$|all_proxy$)/i;
  return { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !steering.test(name))), ...extra };
}

function run(dir: string, env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(dir, 'scripts', 'check-desktop.mjs'), 'start'], { env, encoding: 'utf8' }, (error, stdout, stderr) => {
      done({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const nodeTooOld = major < 22 || (major === 22 && minor < 12);

describe('npm start on a machine that cannot download Electron', () => {
  it('tries the download once, then says in one paragraph why it failed and what to do, with no stack trace, and exits 1', async () => {
    const dir = freshClone();
    const port = await closedPort();
    const result = await run(dir, cleanEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: join(dir, 'cache') }));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`Downloading Electron ${electronVersion}`);
    const stderr = oneLine(result.stderr);
    expect(stderr).toContain(`Electron ${electronVersion} could not be downloaded: there is no connection to 127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port})`);
    expect(stderr).toContain('ELECTRON_MIRROR');
    expect(stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(stderr).toContain(`copy ${join(dir, 'cache')} from a computer where npm start has run`);
    expect(result.stderr).not.toContain('    at ');
    expect(result.stderr).not.toContain('TypeError');
    expect(stderr.includes('npm start needs Node.js 22.12.0 or newer')).toBe(nodeTooOld);
    expect(existsSync(join(dir, 'node_modules', 'electron', 'dist'))).toBe(false);
  });

  it('with the binary in place, downloads nothing and stops only for an old Node.js', async () => {
    const dir = freshClone();
    mkdirSync(join(dir, 'node_modules', 'electron', 'dist'));
    writeFileSync(join(dir, 'node_modules', 'electron', 'dist', 'electron'), '');
    writeFileSync(join(dir, 'node_modules', 'electron', 'path.txt'), 'electron');
    const result = await run(dir, cleanEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/` }));
    expect(result.stdout).not.toContain('Downloading');
    expect(result.stderr).not.toContain('could not be downloaded');
    expect(result.status).toBe(nodeTooOld ? 1 : 0);
    expect(oneLine(result.stderr).includes('npm start needs Node.js 22.12.0 or newer')).toBe(nodeTooOld);
  });

  it('with ELECTRON_OVERRIDE_DIST_PATH on a folder without Electron, says so instead of downloading, and exits 1', async () => {
    const dir = freshClone();
    const empty = join(dir, 'unzipped-electron');
    mkdirSync(empty);
    const result = await run(dir, cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: empty, ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/` }));
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('Downloading');
    expect(oneLine(result.stderr)).toContain(`ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron at ${join(empty, 'electron')}.`);
    expect(result.stderr).not.toContain('could not be downloaded');
  });
});
