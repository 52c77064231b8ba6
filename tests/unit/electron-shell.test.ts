import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../electron/core/api/contract';
import { Workspace } from '../../electron/core/api/workspace';
import { appEntryUrl, appOrigin } from '../../electron/main/app-origin';
import { lockDownContents, type LockableContents } from '../../electron/main/lock-down-contents';
import { denyAllPermissions } from '../../electron/main/deny-all-permissions';
import { isSafeExternalUrl } from '../../electron/main/is-safe-external-url';
import { preloadBridge } from '../../electron/main/preload-bridge';
import { isTrustedSender, registerIpc } from '../../electron/main/register-ipc';
import { windowOptions } from '../../electron/main/window-options';
import { contentSecurityPolicy } from '../../electron/shared/content-security-policy';
import { askWhereToSave } from '../../electron/main/ask-where-to-save';
import { tempDir } from '../helpers/temp-dir';

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

  it('refuses every permission request', () => {
    expect(denyAllPermissions()).toBe(false);
    expect(readFileSync('electron/main/security.ts', 'utf8')).toMatch(/setPermissionRequestHandler\(.*callback\(denyAllPermissions\(\)\)\)/);
    expect(readFileSync('electron/main/security.ts', 'utf8')).toMatch(/setPermissionCheckHandler\(denyAllPermissions\)/);
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
