import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/core/api/workspace';
import { committeeFileExtension, fileToOpen } from '../../electron/main/file-to-open';
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
