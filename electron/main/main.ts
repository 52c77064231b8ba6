import { app, BrowserWindow, ipcMain } from 'electron';
import { join } from 'node:path';
import { Workspace } from '../core/api/workspace';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { createWindow } from './create-window';
import { desktopHost } from './desktop-host';
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

void app.whenReady().then(() => {
  const logFolder = startDesktopLog();
  const userData = app.getPath('userData');
  const databasePath = preferences.read(userData).databasePath ?? join(userData, 'workbench.sqlite');
  const workspace = new Workspace(databasePath, { program: 'desktop' });
  const status = workspace.status();
  appLog.info('started', { program: 'desktop', version: app.getVersion(), electron: process.versions.electron, status: status.status, problem: status.status === 'problem' ? status.problem.code : null });
  startPeriodicBackups(() => workspace.openDatabase());
  applySecurity();
  serveRenderer(join(appRoot, 'dist', 'renderer'));
  registerIpc(ipcMain, { workspace, host: { ...desktopHost(userData, () => mainWindow), logFolder } });
  installMenu(process.platform === 'darwin', logFolder);
  mainWindow = createWindow(join(__dirname, 'preload.cjs'), join(appRoot, 'resources', 'icons', 'icon.png'));
  app.on('second-instance', () => mainWindow?.focus());
  app.on('before-quit', () => workspace.close());
});

app.on('window-all-closed', () => app.quit());
