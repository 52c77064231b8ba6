import { app, Menu, shell } from 'electron';
import { menuTemplate } from './menu-template';

/** Standard menus, and Help → "Open the log folder": the app's own commands live in its window. */
export function installMenu(isMac: boolean, logFolder: string): void {
  const language = app.getLocale().toLowerCase().startsWith('cs') ? 'cs' : 'en';
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(isMac, language, () => void shell.openPath(logFolder))));
}
