import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../electron/core/api/contract';
import { Workspace } from '../../electron/core/api/workspace';
import { appEntryUrl, appOrigin } from '../../electron/main/app-origin';
import { lockDownContents, type LockableContents } from '../../electron/main/lock-down-contents';
import { permissionAllowed } from '../../electron/main/permission-allowed';
import { isSafeExternalUrl } from '../../electron/main/is-safe-external-url';
import { preloadBridge } from '../../electron/main/preload-bridge';
import { isTrustedSender, registerIpc } from '../../electron/main/register-ipc';
import { windowOptions } from '../../electron/main/window-options';
import { contentSecurityPolicy } from '../../electron/shared/content-security-policy';
import { askWhereToSave } from '../../electron/main/ask-where-to-save';
import { desktopHost } from '../../electron/main/desktop-host';
import { preferences } from '../../electron/main/preferences';
import { runCli } from '../../electron/cli/run-cli';
import { fileDigest } from '../helpers/file-digest';
import { tempDir } from '../helpers/temp-dir';

/** The system dialogs, as far as the desktop host uses them: what they were asked, and the answer queued for them. */
const dialogs = vi.hoisted(() => {
  type Options = { properties?: string[]; defaultPath?: string };
  const asked: { kind: 'open' | 'save'; properties?: string[]; defaultPath?: string }[] = [];
  const answers: (string | null)[] = [];
  const next = () => answers.shift() ?? null;
  return {
    asked,
    answers,
    showOpenDialog: (options: Options) => {
      asked.push({ kind: 'open', properties: options.properties });
      const path = next();
      return Promise.resolve(path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] });
    },
    showSaveDialog: (options: Options) => {
      asked.push({ kind: 'save', defaultPath: options.defaultPath });
      const path = next();
      return Promise.resolve(path === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: path });
    },
  };
});

// Electron itself cannot run under Node: its dialogs are stood in for, the rest of the main process is real.
vi.mock('electron', () => ({ app: { quit: () => undefined }, dialog: { showOpenDialog: dialogs.showOpenDialog, showSaveDialog: dialogs.showSaveDialog } }));

type Listener = (event: { senderFrame: { url: string; parent: unknown } | null }, input: unknown) => Promise<unknown>;

/** Records what registerIpc hands to Electron's ipcMain.handle, so the handlers can be called as Electron would. */
class RecordingIpcMain {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
}

describe('the desktop window', () => {
  it('runs the page isolated and sandboxed, without Node', () => {
    const options = windowOptions('/app/preload.cjs', '/app/icon.png');
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('may go full screen, for the meeting’s shared screen', () => {
    expect(windowOptions('/app/preload.cjs', '/app/icon.png').fullscreenable).toBe(true);
  });

  it('has a strict Content-Security-Policy', () => {
    const directives = new Map(contentSecurityPolicy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('opens only https and mailto links outside the app', () => {
    expect(isSafeExternalUrl('https://ipsworks.org/')).toBe(true);
    expect(isSafeExternalUrl('mailto:coordinator@example.org')).toBe(true);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('http://example.org/')).toBe(false);
    expect(isSafeExternalUrl('https://user:secret@example.org/')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
  });
});

describe('IPC registration', () => {
  function registered() {
    const ipcMain = new RecordingIpcMain();
    const workspace = new Workspace(join(tempDir(), 'ipc.sqlite'));
    registerIpc(ipcMain, { workspace, host: { kind: 'desktop' } });
    return ipcMain;
  }

  it('registers exactly one handler per contract method', () => {
    const ipcMain = registered();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(methodNames.map((method) => `workbench:${method}`).sort());
  });

  it('answers the app page and refuses any other sender', async () => {
    const handler = registered().handlers.get('workbench:getWorkspace');
    if (handler === undefined) throw new Error('getWorkspace is registered');
    await expect(handler({ senderFrame: { url: appEntryUrl, parent: null } }, {})).resolves.toMatchObject({ ok: true, value: { status: 'setup' } });
    for (const senderFrame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///home/user/index.html', parent: null },
      { url: appEntryUrl, parent: { url: appEntryUrl } },
      null,
    ]) {
      await expect(handler({ senderFrame }, {})).resolves.toEqual({ ok: false, error: { code: 'forbidden', params: {} } });
    }
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });

  it('validates input before the core sees it', async () => {
    const handler = registered().handlers.get('workbench:setUpCommittee');
    if (handler === undefined) throw new Error('setUpCommittee is registered');
    await expect(handler({ senderFrame: { url: appEntryUrl, parent: null } }, { name: '', region: 'R', language: 'en' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'name' },
    });
  });
});

describe('the desktop host', () => {
  it('takes every path from a system dialog: an open dialog to open or restore, a save dialog to create or back up', async () => {
    dialogs.asked.splice(0);
    const host = desktopHost(tempDir(), () => null);
    dialogs.answers.push('/chosen/open.sqlite', '/chosen/restore.sqlite', '/chosen/new.sqlite', '/chosen/backup.sqlite', null, null);
    expect(await host.pickDatabasePath?.('open')).toBe('/chosen/open.sqlite');
    expect(await host.pickDatabasePath?.('restore')).toBe('/chosen/restore.sqlite');
    expect(await host.pickDatabasePath?.('create')).toBe('/chosen/new.sqlite');
    expect(await host.pickDatabasePath?.('backup')).toBe('/chosen/backup.sqlite');
    expect(await host.pickDatabasePath?.('open')).toBeNull();
    expect(await host.pickDatabasePath?.('backup')).toBeNull();
    expect(dialogs.asked).toEqual([
      { kind: 'open', properties: ['openFile'] },
      { kind: 'open', properties: ['openFile'] },
      { kind: 'save', defaultPath: 'committee.ipscommittee' },
      { kind: 'save', defaultPath: 'committee-backup.sqlite' },
      { kind: 'open', properties: ['openFile'] },
      { kind: 'save', defaultPath: 'committee-backup.sqlite' },
    ]);
  });

  it('over IPC, opens the file the dialog chose, refuses a path from the page, and shows no dialog to another sender', async () => {
    dialogs.asked.splice(0);
    const dir = tempDir();
    const other = join(dir, 'other.sqlite');
    expect((await runCli(['init', other, '--committee', 'Other committee', '--region', 'R'])).exitCode).toBe(0);
    const otherBefore = fileDigest(other);
    const ipcMain = new RecordingIpcMain();
    const workspace = new Workspace(join(dir, 'ipc.sqlite'));
    registerIpc(ipcMain, { workspace, host: desktopHost(dir, () => null) });
    const openDatabase = ipcMain.handlers.get('workbench:openDatabase');
    if (openDatabase === undefined) throw new Error('openDatabase is registered');
    const fromApp = { senderFrame: { url: appEntryUrl, parent: null } };

    await expect(openDatabase(fromApp, { purpose: 'open', path: other })).resolves.toMatchObject({ ok: false, error: { code: 'validation' } });
    await expect(openDatabase({ senderFrame: { url: 'https://evil.example/', parent: null } }, { purpose: 'open' })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dialogs.asked).toEqual([]);
    expect(workspace.path).toBe(join(dir, 'ipc.sqlite'));
    expect(fileDigest(other)).toBe(otherBefore);

    dialogs.answers.push(other);
    await expect(openDatabase(fromApp, { purpose: 'open' })).resolves.toMatchObject({ ok: true, value: { supported: true, workspace: { status: 'ready', committee: { name: 'Other committee' } } } });
    expect(preferences.read(dir).databasePath).toBe(other);
    workspace.close();
  });
});

describe('the preload bridge', () => {
  it('exposes one function per contract method and nothing else', async () => {
    const calls: [string, unknown][] = [];
    const bridge = preloadBridge((channel, input) => {
      calls.push([channel, input]);
      return Promise.resolve('answer');
    });
    expect(Object.keys(bridge).sort()).toEqual([...methodNames].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    await expect(bridge.listMembers?.()).resolves.toBe('answer');
    expect(calls).toEqual([['workbench:listMembers', {}]]);
  });

  it('never hands ipcRenderer itself to the page', () => {
    const source = readFileSync('electron/main/preload.ts', 'utf8');
    const exposed = source.slice(source.indexOf('exposeInMainWorld'));
    expect(exposed).toMatch(/preloadBridge\(/);
    expect(exposed).not.toMatch(/exposeInMainWorld\(\s*'[^']+',\s*ipcRenderer\b/);
    expect(source).not.toMatch(/ipcRenderer\.(on|send|sendSync|removeListener)\b/);
  });
});

type Handler = (event: { preventDefault: () => void }, url: string) => void;

/** Records the handlers lockDownContents installs, so they can be fired as Electron would fire them. */
class RecordingContents {
  readonly handlers = new Map<string, Handler>();
  windowOpen: ((details: { url: string }) => { action: string }) | null = null;

  on(event: string, handler: Handler): this {
    this.handlers.set(event, handler);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpen = handler;
  }

  fire(event: string, url: string): boolean {
    let prevented = false;
    this.handlers.get(event)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

describe('navigation, new windows and permissions', () => {
  it('keeps the window on the app and sends only safe links to the system browser', () => {
    const contents = new RecordingContents();
    const opened: string[] = [];
    // The recorder has the two members the lock-down uses; Electron's overloaded types cannot be restated here.
    lockDownContents(contents as unknown as LockableContents, (url) => opened.push(url));
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', `${appOrigin}/index.html#/settings`)).toBe(false);
    expect(contents.fire('will-redirect', 'http://127.0.0.1:9999/')).toBe(true);
    expect(contents.fire('will-attach-webview', 'https://example.org/')).toBe(true);
    expect(contents.windowOpen?.({ url: 'https://ipsworks.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpen?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://ipsworks.org/']);
  });

  it('refuses every permission request but full screen, which the meeting’s shared screen asks for', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'automatic-fullscreen', 'pointerLock', 'unknown']) {
      expect(permissionAllowed(permission), permission).toBe(false);
    }
    expect(permissionAllowed('fullscreen')).toBe(true);
    const security = readFileSync('electron/main/security.ts', 'utf8');
    expect(security).toMatch(/setPermissionRequestHandler\(\(_contents, permission, callback\) => callback\(permissionAllowed\(permission\)\)\)/);
    expect(security).toMatch(/setPermissionCheckHandler\(\(_contents, permission\) => permissionAllowed\(permission\)\)/);
  });
});

describe('files the page hands over', () => {
  it('are saved where the user chooses, with the document’s own name proposed', () => {
    const asked: unknown[] = [];
    askWhereToSave({ getFilename: () => 'Minutes 2026-11-26.docx', setSaveDialogOptions: (options) => asked.push(options) });
    expect(asked).toEqual([{ defaultPath: 'Minutes 2026-11-26.docx' }]);
    expect(readFileSync('electron/main/security.ts', 'utf8')).toMatch(/on\('will-download', \(_event, item\) => askWhereToSave\(item\)\)/);
  });
});
