import { Menu, shell } from 'electron';
import type { Language } from '../core/domain/languages';
import { menuTemplate } from './menu-template';

/** Standard menus, File → Open recent and Help → "Open the log folder"; called again when the recent files change. */
export function installMenu(isMac: boolean, language: Language, logFolder: string, recent: readonly string[], openRecent: (path: string) => void): void {
  const template = menuTemplate(isMac, language, recent, { openRecent, openLogFolder: () => void shell.openPath(logFolder) });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
