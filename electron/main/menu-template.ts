import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../core/domain/languages';
import { translate } from '../shared/translate';

/**
 * The application menu: the standard menus, whose items the system names in its own language, and Help
 * with the one command the app adds there, "Open the log folder", in the app's language. Kept apart from
 * menu.ts, which needs Electron, so that a test can read it.
 */
export function menuTemplate(isMac: boolean, language: Language, openLogFolder: () => void): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: translate(language, 'menu.view'),
      submenu: [{ role: 'reload' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    { role: 'help', label: translate(language, 'menu.help'), submenu: [{ label: translate(language, 'menu.openLogFolder'), click: openLogFolder }] },
  ];
}
