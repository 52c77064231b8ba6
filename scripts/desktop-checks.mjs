// What check-desktop.mjs decides, as functions of what it saw (a Node.js version, which files exist, the
// text a failed download printed), so that the tests can call them without Electron and without a network.
import { join } from 'node:path';

/** The line electron-download-cause.mjs writes when a download fails: the address and the reason. */
export const CAUSE_PREFIX = 'electron download failed:';

/** The oldest Node.js an engines range allows, as [major, minor, patch]; null when the range is not a plain ">= x.y.z" (or alternatives of it). */
export function oldestNode(range) {
  const oldest = range.split('||').map((alternative) => /^\s*>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(alternative));
  if (oldest.some((match) => match === null)) return null;
  return oldest.map((match) => [1, 2, 3].map((group) => Number(match[group] ?? 0))).sort(compareVersions)[0];
}

function compareVersions(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function parseVersion(version) {
  return version.replace(/^v/, '').split(/[.-]/).slice(0, 3).map((part) => Number(part) || 0);
}

function listed(names) {
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The paragraph to print when this Node.js is older than a desktop tool asks for, or null.
 * `tools` are { name, range } from the tools' engines.node; `appRange` is the app's own engines.node.
 */
export function nodeVersionProblem(nodeVersion, tools, appRange, command) {
  const current = parseVersion(nodeVersion);
  const tooOld = tools
    .map((tool) => ({ ...tool, oldest: tool.range ? oldestNode(tool.range) : null }))
    .filter((tool) => tool.oldest !== null && compareVersions(current, tool.oldest) < 0);
  if (tooOld.length === 0) return null;
  const needed = tooOld.map((tool) => tool.oldest).sort(compareVersions).at(-1).join('.');
  const appOldest = appRange ? oldestNode(appRange) : null;
  const restStillWorks = appOldest !== null && compareVersions(current, appOldest) >= 0;
  return (
    `${command} needs Node.js ${needed} or newer: ${listed(tooOld.map((tool) => tool.name))} ${tooOld.length === 1 ? 'asks' : 'ask'} for it, and this is Node.js ${nodeVersion}. ` +
    `Install Node.js ${needed} or newer from https://nodejs.org/ (with nvm: nvm install ${needed.split('.')[0]}), then run ${command} again.` +
    (restStillWorks ? ' npm test, npm run cli and npm run web work on this Node.js.' : '')
  );
}

/**
 * Where the electron package looks for its binary (node_modules/electron/index.js): path.txt names the
 * executable inside dist/, and ELECTRON_OVERRIDE_DIST_PATH replaces dist/ with a folder of the user's.
 * `readPathTxt` returns path.txt's text or null; `exists` says whether a file exists.
 */
export function locateElectron(electronDir, env, readPathTxt, exists) {
  const pathTxt = readPathTxt();
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, pathTxt || 'electron');
    return { binary, override: true, found: exists(binary) };
  }
  if (!pathTxt) return { binary: null, override: false, found: false };
  const binary = join(electronDir, 'dist', pathTxt);
  return { binary, override: false, found: exists(binary) };
}

/** The paragraph for an ELECTRON_OVERRIDE_DIST_PATH that holds no Electron: downloading would not help, index.js would still look there. */
export function overrideProblem(binary, electron, command) {
  return (
    `ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron at ${binary}. ` +
    `Unzip ${electron.fileName} (${electron.url}) into that folder, or unset ELECTRON_OVERRIDE_DIST_PATH to use node_modules/electron, then run ${command} again.`
  );
}

/** The download host and file for this platform, as Electron's install script asks @electron/get for them. */
export function electronArtifact(version, env, platform, arch) {
  const os = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || platform;
  const cpu = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || arch;
  const fileName = `electron-v${version}-${os}-${cpu}.zip`;
  return { version, fileName, url: `https://github.com/electron/electron/releases/download/v${version}/${fileName}` };
}

/** Where @electron/get keeps its downloads (env-paths' cache folder for "electron"), unless electron_config_cache names another. */
export function electronCacheDir(env, platform, home) {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'electron');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'electron', 'Cache');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'electron');
}

const connectionCodes = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|UND_ERR_CONNECT_TIMEOUT|UND_ERR_SOCKET)\b/;
// A proxy answers 407 when it wants a password; one that inspects HTTPS shows its own certificate.
const proxySigns = /\b407\b|proxy|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|UNABLE_TO_VERIFY_LEAF_SIGNATURE/i;

/**
 * Why the download failed, from what install.js printed: kind 'connection' (no way to the host),
 * 'proxy', or 'other'; detail is the reason in one line, host the server it tried.
 */
export function classifyDownloadFailure(output, env) {
  const lines = output.split(/\r?\n/);
  const causeLine = lines.find((line) => line.startsWith(CAUSE_PREFIX));
  const cause = causeLine ? /^(\S+): (.*)$/.exec(causeLine.slice(CAUSE_PREFIX.length).trim()) : null;
  // install.js prints the error's stack: its first line is the message, the lines after it start with "at".
  const firstLine = lines.map((line) => line.trim()).find((line) => line !== '' && !line.startsWith('at ') && !line.startsWith(CAUSE_PREFIX));
  const detail = cause?.[2] ?? firstLine ?? 'the download stopped without saying why';
  const url = cause?.[1] ?? /\bhttps?:\/\/[^\s)'"]+/.exec(output)?.[0] ?? env.ELECTRON_MIRROR ?? 'https://github.com/';
  let host;
  try {
    host = new URL(url).host;
  } catch {
    host = url;
  }
  const proxySet = Boolean(env.ELECTRON_GET_USE_PROXY) && Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
  // The reason without addresses, so that a mirror called proxy.example is not taken for a proxy.
  const reason = detail.replace(/\bhttps?:\/\/\S+/g, '');
  // With a proxy in use, a request that failed before any answer came (a cause line) failed at the proxy.
  if (proxySigns.test(reason) || (proxySet && (cause !== null || connectionCodes.test(reason)))) return { kind: 'proxy', detail, host };
  if (connectionCodes.test(reason)) return { kind: 'connection', detail, host };
  return { kind: 'other', detail, host };
}

/** The paragraph to print when install.js could not download Electron. */
export function downloadProblem(output, electron, cacheDir, env, command) {
  const failure = classifyDownloadFailure(output, env);
  const detail = failure.detail.replace(/\.$/, '');
  const why = {
    connection: `there is no connection to ${failure.host} (${detail}); this computer is offline, or its network lets no connection through to that host.`,
    proxy:
      `a proxy stood in the way (${detail}). Set HTTPS_PROXY to the proxy's address (with a user name and password if it asks for them: ` +
      `http://user:password@proxy.example:8080) and ELECTRON_GET_USE_PROXY=1, without which Electron's downloader ignores it; ` +
      'if the proxy inspects HTTPS, point NODE_EXTRA_CA_CERTS at its certificate file.',
    other: `${detail}.`,
  }[failure.kind];
  const proxyUnused = failure.kind === 'connection' && !env.ELECTRON_GET_USE_PROXY && (env.HTTPS_PROXY || env.https_proxy)
    ? ' HTTPS_PROXY is set, but Electron\'s downloader uses it only with ELECTRON_GET_USE_PROXY=1.'
    : '';
  return (
    `Electron ${electron.version} could not be downloaded: ${why}${proxyUnused} ` +
    `${command} downloads Electron's binary once, ${electron.fileName} (about 100 MB, from ${electron.url}), and keeps it in node_modules/electron/dist. ` +
    'Other ways to get it: set ELECTRON_MIRROR to the address of a mirror you can reach (with ELECTRON_CUSTOM_DIR and ELECTRON_CUSTOM_FILENAME ' +
    "when its folders or file names differ; the file is still checked against the checksum Electron ships); or unzip that file, fetched on another computer, " +
    `into a folder and set ELECTRON_OVERRIDE_DIST_PATH to that folder whenever you run ${command}; or copy ${cacheDir} from a computer where ${command} has run (electron_config_cache names another folder for it). ` +
    `Then run ${command} again. npm test, npm run cli and npm run web need no Electron.`
  );
}

/** Breaks a paragraph into lines of at most `width` characters, at spaces, for a terminal. */
export function wrap(paragraph, width = 100) {
  const lines = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
