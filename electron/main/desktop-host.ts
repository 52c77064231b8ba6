import { app, dialog, type BrowserWindow } from 'electron';
import type { Host } from '../core/api/host';
import { preferences } from './preferences';

const databaseFilters = [{ name: 'Workbench database', extensions: ['sqlite', 'db'] }];

export function desktopHost(userDataDir: string, window: () => BrowserWindow | null): Host {
  return {
    kind: 'desktop',
    pickDatabasePath: async (purpose) => {
      const owner = window();
      if (purpose === 'open') {
        const options = { properties: ['openFile' as const], filters: databaseFilters };
        const result = owner === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(owner, options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }
      const options = { defaultPath: 'committee.sqlite', filters: databaseFilters };
      const result = owner === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(owner, options);
      return result.canceled || result.filePath === '' ? null : result.filePath;
    },
    databaseChanged: (path) => preferences.write(userDataDir, { ...preferences.read(userDataDir), databasePath: path }),
    quit: () => app.quit(),
  };
}
