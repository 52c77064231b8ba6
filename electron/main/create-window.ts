import { BrowserWindow } from 'electron';
import { appEntryUrl } from './app-origin';
import { windowOptions } from './window-options';

export function createWindow(preloadPath: string, iconPath: string): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath, iconPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}
