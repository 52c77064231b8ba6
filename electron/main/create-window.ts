import { BrowserWindow, screen } from 'electron';
import { appEntryUrl } from './app-origin';
import { restoredBounds } from './restored-bounds';
import { windowOptions } from './window-options';
import type { Preferences } from './preferences';

type Placement = Preferences['window'];

/** The window, where it was last time (if that is still on a screen); `remember` gets its place when it closes. */
export function createWindow(preloadPath: string, iconPath: string, placement: Placement, remember: (placement: NonNullable<Placement>) => void): BrowserWindow {
  const bounds = restoredBounds(placement?.bounds, screen.getAllDisplays().map((display) => display.workArea));
  const window = new BrowserWindow({ ...windowOptions(preloadPath, iconPath), ...(bounds ?? {}) });
  window.once('ready-to-show', () => {
    if (bounds !== undefined && placement?.maximized === true) window.maximize();
    window.show();
  });
  // The normal bounds, also of a maximised window, so that it comes back to its size when restored.
  window.on('close', () => remember({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
  void window.loadURL(appEntryUrl);
  return window;
}
