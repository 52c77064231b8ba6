import { app, Menu, shell } from 'electron';
import { menuTemplate } from './menu-template';

/** Standard menus, File → Open recent and Help → "Open the log folder"; called again when the recent files change. */
export function installMenu(isMac: boolean, logFolder: string, recent: readonly string[], openRecent: (path: string) => void): void {
  const language = app.getLocale().toLowerCase().startsWith('cs') ? 'cs' : 'en';
  const template = menuTemplate(isMac, language, recent, { openRecent, openLogFolder: () => void shell.openPath(logFolder) });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
