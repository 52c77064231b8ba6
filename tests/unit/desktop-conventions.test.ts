import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/core/api/workspace';
import { committeeFileExtension, fileToOpen } from '../../electron/main/file-to-open';
import { inviteLinkScheme, inviteLinkToOpen } from '../../electron/main/invite-link-to-open';
import { openInviteLink } from '../../electron/main/open-invite-link';
import { inviteCode } from '../../electron/core/sync/invite-code';
import { callApi } from '../../electron/core/api/call-api';
import { menuTemplate } from '../../electron/main/menu-template';
import { openFromSystem } from '../../electron/main/open-from-system';
import { preferences } from '../../electron/main/preferences';
import { withRecent } from '../../electron/main/recent-files';
import { restoredBounds } from '../../electron/main/restored-bounds';
import { runCli } from '../../electron/cli/run-cli';
import { fileDigest } from '../helpers/file-digest';
import { tempDir } from '../helpers/temp-dir';

const root = join(import.meta.dirname, '..', '..');

describe('the committee file as a desktop document', () => {
  it('has its own extension, associated with the app in every installer, with an icon for Windows and macOS', () => {
    const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { fileAssociations?: { ext: string; icon?: string; role?: string }[] };
    const association = config.fileAssociations?.find((entry) => entry.ext === committeeFileExtension);
    expect(association).toBeDefined();
    expect(association?.role).toBe('Editor');
    for (const format of ['ico', 'icns']) expect(readFileSync(join(root, 'resources', `${association?.icon ?? ''}.${format}`)).length).toBeGreaterThan(1000);
  });

  it('is found among the arguments the system starts the app with, and flags are not files', () => {
    expect(fileToOpen(['/opt/IPS Steering Workbench/ips-steering-workbench', '--no-sandbox', '/home/jana/Výbor Lipová.ipscommittee'])).toBe('/home/jana/Výbor Lipová.ipscommittee');
    expect(fileToOpen(['C:\\Program Files\\IPS\\app.exe', 'D:\\Výbory\\lipova.IPSCOMMITTEE'])).toBe('D:\\Výbory\\lipova.IPSCOMMITTEE');
    expect(fileToOpen(['app', 'old-committee.sqlite'])).toBe('old-committee.sqlite');
    expect(fileToOpen(['app', '--inspect=9229', 'notes.txt', '--file=x.ipscommittee'])).toBeNull();
    expect(fileToOpen(['/path/to/committee.ipscommittee'])).toBeNull();
  });

  it('opens a double-clicked file, and refuses one that is not a committee with the message and nothing changed', async () => {
    const first = join(tempDir(), 'first.ipscommittee');
    const second = join(tempDir(), 'second.ipscommittee');
    expect((await runCli(['demo', first])).exitCode).toBe(0);
    expect((await runCli(['demo', second])).exitCode).toBe(0);
    const workspace = new Workspace(first, { program: 'desktop' });
    const seen: string[] = [];
    const steps = { remember: (path: string) => seen.push(`remember ${path}`), show: () => seen.push('show'), refuse: (error: { code: string }) => seen.push(`refuse ${error.code}`) };
    try {
      openFromSystem(workspace, second, steps);
      expect(workspace.path).toBe(second);
      expect(seen).toEqual([`remember ${second}`, 'show']);

      const foreign = join(tempDir(), 'holiday.ipscommittee');
      writeFileSync(foreign, 'not a database at all');
      const before = fileDigest(foreign);
      seen.length = 0;
      openFromSystem(workspace, foreign, steps);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatch(/^refuse /);
      expect(workspace.path).toBe(second);
      expect(fileDigest(foreign)).toBe(before);
    } finally {
      workspace.close();
    }
  });

  it('lists recent files newest first, each once, at most eight, in File → Open recent', () => {
    let recent: string[] = [];
    for (const name of ['a', 'b', 'c', 'a', 'd', 'e', 'f', 'g', 'h', 'i']) recent = withRecent(recent, `/files/${name}.ipscommittee`);
    expect(recent).toEqual(['i', 'h', 'g', 'f', 'e', 'd', 'a', 'c'].map((name) => `/files/${name}.ipscommittee`));
    const opened: string[] = [];
    const file = menuTemplate(false, 'cs', recent, { openRecent: (path) => opened.push(path), openLogFolder: () => undefined }).find((menu) => menu.label === 'Soubor');
    const openRecent = (Array.isArray(file?.submenu) ? file.submenu : []).find((item) => item.label === 'Otevřít nedávné');
    const items = Array.isArray(openRecent?.submenu) ? openRecent.submenu : [];
    expect(items.map((item) => item.label)).toEqual(['i', 'h', 'g', 'f', 'e', 'd', 'a', 'c'].map((name) => `${name}.ipscommittee`));
    items[1]?.click?.(undefined as never, undefined, undefined as never);
    expect(opened).toEqual(['/files/h.ipscommittee']);
    const empty = menuTemplate(false, 'en', [], { openRecent: () => undefined, openLogFolder: () => undefined }).find((menu) => menu.label === 'File');
    const none = (Array.isArray(empty?.submenu) ? empty.submenu : []).find((item) => item.label === 'Open recent');
    expect(Array.isArray(none?.submenu) ? none.submenu.map((item) => [item.label, item.enabled]) : []).toEqual([['No recent files', false]]);
  });

  it('remembers where the window was, and opens it there only while that place is on a screen', () => {
    const laptop = { x: 0, y: 0, width: 1366, height: 728 };
    const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };
    const onMonitor = { x: 1500, y: 100, width: 1600, height: 900 };
    expect(restoredBounds(onMonitor, [laptop, monitor])).toEqual(onMonitor);
    // The monitor is gone: the system's default place, not a window out of sight.
    expect(restoredBounds(onMonitor, [laptop])).toBeUndefined();
    // Larger than the screen it is on: no larger than that screen.
    expect(restoredBounds({ x: 10, y: 10, width: 2000, height: 1200 }, [laptop])).toEqual({ x: 10, y: 10, width: 1366, height: 728 });
    expect(restoredBounds(undefined, [laptop])).toBeUndefined();

    const userData = tempDir();
    preferences.write(userData, { recent: ['/files/a.ipscommittee'], window: { bounds: onMonitor, maximized: true } });
    expect(preferences.read(userData)).toEqual({ recent: ['/files/a.ipscommittee'], window: { bounds: onMonitor, maximized: true } });
    // A preferences file cut short counts as none, and the app still starts.
    writeFileSync(join(userData, 'preferences.json'), '{"recent": ["/files/a.ipsc');
    expect(preferences.read(userData)).toEqual({ recent: [] });
  });
});

describe('invite links', () => {
  const link = inviteCode.link(inviteCode.encode({ server: 'wss://sync.example.org', token: 'a.b', dropBox: null }));

  it('are registered with the system by every installer and by the app, and found among the arguments of a start', () => {
    const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { protocols?: { schemes: string[] }[] };
    expect(config.protocols?.flatMap((protocol) => protocol.schemes)).toContain(inviteLinkScheme);
    const main = readFileSync(join(root, 'electron', 'main', 'main.ts'), 'utf8');
    expect(main).toMatch(/setAsDefaultProtocolClient\(inviteLinkScheme/);
    expect(main).toMatch(/app\.on\('open-url'/);
    expect(inviteLinkToOpen(['/opt/IPS Steering Workbench/ips-steering-workbench', '--no-sandbox', link])).toBe(link);
    expect(inviteLinkToOpen(['C:\\Program Files\\IPS\\app.exe', 'IPS-WORKBENCH://join/IPSW1-x'])).toBe('IPS-WORKBENCH://join/IPSW1-x');
    expect(inviteLinkToOpen(['app', 'https://example.org/ips-workbench://join/'])).toBeNull();
    expect(inviteLinkToOpen([link])).toBeNull();
  });

  it('open the first start with the invite filled in, in a new file when a committee is open, and refuse an unreadable one', async () => {
    const open = join(tempDir(), 'open.ipscommittee');
    expect((await runCli(['demo', open])).exitCode).toBe(0);
    const before = fileDigest(open);
    const workspace = new Workspace(open, { program: 'desktop' });
    const seen: string[] = [];
    let held: string | null = null;
    const newFile = join(tempDir(), 'shared.ipscommittee');
    const steps = (answer: boolean, picked: string | null) => ({
      confirm: () => {
        seen.push('confirm');
        return Promise.resolve(answer);
      },
      pickNewFile: () => Promise.resolve(picked),
      hold: (invite: string) => {
        held = invite;
      },
      remember: (path: string) => seen.push(`remember ${path}`),
      show: () => seen.push('show'),
      refuse: (error: { code: string }) => seen.push(`refuse ${error.code}`),
    });
    try {
      // Said no to, or no file chosen: nothing changes.
      await openInviteLink(workspace, link, steps(false, newFile));
      await openInviteLink(workspace, link, steps(true, null));
      expect({ seen, held, path: workspace.path }).toEqual({ seen: ['confirm', 'confirm'], held: null, path: open });
      seen.length = 0;
      await openInviteLink(workspace, 'ips-workbench://join/IPSW1-cut-short', steps(true, newFile));
      expect({ seen, held, path: workspace.path }).toEqual({ seen: ['refuse sync_invite_unreadable'], held: null, path: open });
      seen.length = 0;
      // Yes, and a new file: the first start of that file, the invite waiting for the member's press.
      await openInviteLink(workspace, link, steps(true, newFile));
      expect({ seen, held, path: workspace.path, status: workspace.status().status }).toEqual({ seen: ['confirm', `remember ${newFile}`, 'show'], held: link, path: newFile, status: 'setup' });
      expect(fileDigest(open)).toBe(before);
      const host = { kind: 'desktop' as const, takeInviteLink: () => held };
      expect(await callApi({ workspace, host }, 'takeInviteLink', {})).toEqual({ ok: true, value: { invite: link } });
      // On a first start already, nothing is asked.
      seen.length = 0;
      await openInviteLink(workspace, link, steps(false, null));
      expect(seen).toEqual(['show']);
    } finally {
      workspace.close();
    }
  });
});
