// Runs first in `npm start` and `npm run dist` (node scripts/check-desktop.mjs start|dist). The desktop
// tooling needs a newer Node.js than the rest of the project, and Electron's binary is downloaded on first
// use; when either goes wrong, Electron's own scripts end in stack traces that do not say why. This checks
// both up front and prints one paragraph per problem, what went wrong and what to do, then exits 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { downloadProblem, electronArtifact, electronCacheDir, locateElectron, nodeVersionProblem, overrideProblem, wrap } from './desktop-checks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const command = process.argv[2] === 'dist' ? 'npm run dist' : 'npm start';
const rootPackage = join(root, 'package.json');

/** A package's folder and package.json as Node would find it from `from` (a package.json); null when it is not installed. */
function packageJson(from, name) {
  // Looked up along Node's search path rather than with require.resolve: packages with "exports" hide their package.json.
  for (const dir of createRequire(from).resolve.paths(name) ?? []) {
    const path = join(dir, name, 'package.json');
    if (existsSync(path)) return { dir: dirname(path), json: JSON.parse(readFileSync(path, 'utf8')) };
  }
  return null;
}

function fail(paragraphs) {
  for (const paragraph of paragraphs) console.error(`\n${wrap(paragraph)}`);
  console.error('');
  process.exit(1);
}

const electronPackage = packageJson(rootPackage, 'electron');
if (!electronPackage) fail([`Electron is not installed in node_modules. Run npm install, then ${command} again.`]);

// The tools the desktop commands run: Electron and its downloader, and @electron/rebuild (scripts/native-for.mjs).
const tools = [
  electronPackage,
  packageJson(join(electronPackage.dir, 'package.json'), '@electron/get'),
  packageJson(rootPackage, '@electron/rebuild'),
]
  .filter((tool) => tool !== null)
  .map(({ json }) => ({ name: `${json.name} ${json.version}`, range: json.engines?.node }));
const appRange = JSON.parse(readFileSync(rootPackage, 'utf8')).engines?.node;

const problems = [];
const nodeProblem = nodeVersionProblem(process.versions.node, tools, appRange, command);
if (nodeProblem) problems.push(nodeProblem);

const electron = electronArtifact(electronPackage.json.version, process.env, process.platform, process.arch);
const pathTxt = join(electronPackage.dir, 'path.txt');
const locate = () => locateElectron(electronPackage.dir, process.env, () => (existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8') : null), existsSync);
const found = locate();

if (!found.found && found.override) {
  problems.push(overrideProblem(found.binary, electron, command));
} else if (!found.found) {
  // The download goes the way Electron's own first run does it (node_modules/electron/install.js, with the
  // same environment variables), once; its output is kept to explain a failure instead of being shown.
  console.log(`Downloading Electron ${electron.version} (${electron.fileName}, about 100 MB); this happens once…`);
  const hook = pathToFileURL(join(root, 'scripts', 'electron-download-cause.mjs')).href;
  const install = spawnSync(process.execPath, ['--import', hook, join(electronPackage.dir, 'install.js')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (install.status !== 0 || !locate().found) {
    const stopped = install.status === 0
      ? `the download finished, but there is no Electron in ${join(electronPackage.dir, 'dist')}`
      : `node_modules/electron/install.js stopped (${install.error?.message ?? install.signal ?? `exit status ${install.status}`})`;
    const output = `${install.stderr ?? ''}\n${install.stdout ?? ''}`.trim() || stopped;
    problems.push(downloadProblem(output, electron, electronCacheDir(process.env, process.platform, homedir()), process.env, command));
  }
}

if (problems.length > 0) fail(problems);
