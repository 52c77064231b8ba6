import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { Language } from '../core/domain/languages';
import { translate } from '../shared/translate';

/** What the menu does that the system does not: open a recent committee file, open the log folder. */
export type MenuActions = { openRecent: (path: string) => void; openLogFolder: () => void };

/**
 * The application menu: the standard menus, whose items the system names in its own language; File with
 * "Open recent" (the committee files opened last, newest first); Help with "Open the log folder". The
 * app's own words are in the app's language. Kept apart from menu.ts, which needs Electron, so that a
 * test can read it.
 */
export function menuTemplate(isMac: boolean, language: Language, recent: readonly string[], actions: MenuActions): MenuItemConstructorOptions[] {
  const say = (key: string) => translate(language, key);
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: say('menu.noRecent'), enabled: false }]
      : recent.map((path) => ({ label: basename(path), sublabel: path, toolTip: path, click: () => actions.openRecent(path) }));
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: say('menu.file'), submenu: [{ label: say('menu.openRecent'), submenu: recentItems }, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: say('menu.view'),
      submenu: [{ role: 'reload' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    { role: 'help', label: say('menu.help'), submenu: [{ label: say('menu.openLogFolder'), click: actions.openLogFolder }] },
  ];
}
