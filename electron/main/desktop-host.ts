import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { FilePurpose, Host } from '../core/api/host';
import { preferences } from './preferences';
import { committeeFileExtension } from './file-to-open';
import { withRecent } from './recent-files';

const databaseFilters = [{ name: 'Workbench committee', extensions: [committeeFileExtension, 'sqlite', 'db'] }];

/** What each purpose asks: an existing file to read, or a new one to write under a proposed name. */
const dialogs: Record<FilePurpose, { kind: 'open' } | { kind: 'save'; defaultPath: string }> = {
  open: { kind: 'open' },
  restore: { kind: 'open' },
  create: { kind: 'save', defaultPath: `committee.${committeeFileExtension}` },
  backup: { kind: 'save', defaultPath: 'committee-backup.sqlite' },
};

/**
 * The desktop app's side of the host: paths come only from the system's own dialogs, shown by the main
 * process, so the page can ask for "a file to open" but never name one.
 */
export function desktopHost(userDataDir: string, window: () => BrowserWindow | null, onDatabaseChanged: (path: string) => void = () => undefined): Host {
  return {
    kind: 'desktop',
    pickDatabasePath: async (purpose) => {
      const owner = window();
      const asked = dialogs[purpose];
      if (asked.kind === 'open') {
        const options: OpenDialogOptions = { properties: ['openFile'], filters: databaseFilters };
        const result = owner === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(owner, options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }
      const options: SaveDialogOptions = { defaultPath: asked.defaultPath, filters: databaseFilters };
      const result = owner === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(owner, options);
      return result.canceled || result.filePath === '' ? null : result.filePath;
    },
    databaseChanged: (path) => {
      const stored = preferences.read(userDataDir);
      preferences.write(userDataDir, { ...stored, databasePath: path, recent: withRecent(stored.recent, path) });
      onDatabaseChanged(path);
    },
    quit: () => app.quit(),
  };
}
