import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { join } from 'node:path';
import { Workspace } from '../core/api/workspace';
import { languageOf } from '../core/domain/languages';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { createWindow } from './create-window';
import { desktopHost } from './desktop-host';
import { electronSqliteBinding } from './electron-sqlite-binding';
import { fileToOpen } from './file-to-open';
import { openFromSystem } from './open-from-system';
import { withRecent } from './recent-files';
import { translate } from '../shared/translate';
import { startDesktopLog } from './desktop-log';
import { appLog } from '../core/log/app-log';
import { installMenu } from './menu';
import { preferences } from './preferences';
import { registerIpc } from './register-ipc';
import { applySecurity } from './security';
import { startPeriodicBackups } from '../core/backup/periodic-backups';

// The bundle lives in dist/electron; the renderer and resources are found relative to it.
const appRoot = join(__dirname, '..', '..');
let mainWindow: BrowserWindow | null = null;

registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

// macOS hands a double-clicked file over as an event, also before the app is ready.
let handedOver: string | null = fileToOpen(process.argv);
let openHandedOver: (path: string) => void = (path) => {
  handedOver = path;
};
app.on('open-file', (event, path) => {
  event.preventDefault();
  openHandedOver(path);
});

// Before any connection: started from source, SQLite is the Electron build kept apart (worker threads inherit it).
const sqliteBinding = electronSqliteBinding(appRoot, app.isPackaged, process.versions.electron);
if (sqliteBinding !== null) process.env.WORKBENCH_SQLITE_BINDING = sqliteBinding;

void app.whenReady().then(() => {
  const logFolder = startDesktopLog();
  const userData = app.getPath('userData');
  const stored = preferences.read(userData);
  const databasePath = handedOver ?? stored.databasePath ?? join(userData, 'workbench.sqlite');
  const workspace = new Workspace(databasePath, { program: 'desktop' });
  const status = workspace.status();
  appLog.info('started', { program: 'desktop', version: app.getVersion(), electron: process.versions.electron, status: status.status, problem: status.status === 'problem' ? status.problem.code : null, handedOver: handedOver !== null });
  startPeriodicBackups(() => workspace.openDatabase());
  applySecurity();
  serveRenderer(join(appRoot, 'dist', 'renderer'));

  // The menu speaks the system's language when the workbench has it (fr-CA gives French), English otherwise.
  const language = languageOf(app.getLocale()) ?? 'en';
  const refreshMenu = () => installMenu(process.platform === 'darwin', language, logFolder, preferences.read(userData).recent, openFile);
  const remember = (path: string) => {
    const current = preferences.read(userData);
    preferences.write(userData, { ...current, databasePath: path, recent: withRecent(current.recent, path) });
    app.addRecentDocument(path);
    refreshMenu();
  };
  function openFile(path: string): void {
    openFromSystem(workspace, path, {
      remember,
      show: () => {
        mainWindow?.webContents.reload();
        mainWindow?.focus();
      },
      refuse: (error) => dialog.showErrorBox(translate(language, 'menu.notOpened'), translate(language, `errors.${error.code}`, error.params)),
    });
  }
  openHandedOver = openFile;

  registerIpc(ipcMain, { workspace, host: {
      ...desktopHost(userData, () => mainWindow, (path) => {
        app.addRecentDocument(path);
        refreshMenu();
      }),
      logFolder,
    } });
  if (handedOver !== null && workspace.status().status === 'ready') remember(handedOver);
  refreshMenu();
  mainWindow = createWindow(join(__dirname, 'preload.cjs'), join(appRoot, 'resources', 'icons', 'icon.png'), stored.window, (placement) =>
    preferences.write(userData, { ...preferences.read(userData), window: placement }),
  );
  // A second start (a double-click while the app runs) hands its file to this one, and ends.
  app.on('second-instance', (_event, argv) => {
    const path = fileToOpen(argv);
    if (path !== null) openFile(path);
    if (mainWindow?.isMinimized() === true) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('before-quit', () => workspace.close());
});

app.on('window-all-closed', () => app.quit());
