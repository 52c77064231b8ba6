import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { join } from 'node:path';
import { Workspace } from '../core/api/workspace';
import { languageOf } from '../core/domain/languages';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { createWindow } from './create-window';
import { desktopHost } from './desktop-host';
import { electronSqliteBinding } from './electron-sqlite-binding';
import { fileToOpen } from './file-to-open';
import { inviteLinkScheme, inviteLinkToOpen } from './invite-link-to-open';
import { openInviteLink } from './open-invite-link';
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

// An invite link (ips-workbench://join/…) clicked in an e-mail starts the app, or is handed to the running
// one: as an argument on Windows and Linux, as an event on macOS. Started from source, the system must be
// told how to start Electron with this app.
if (process.defaultApp && process.argv[1] !== undefined) app.setAsDefaultProtocolClient(inviteLinkScheme, process.execPath, [process.argv[1]]);
else app.setAsDefaultProtocolClient(inviteLinkScheme);
let linkHandedOver: string | null = inviteLinkToOpen(process.argv);
let openLink: (link: string) => void = (link) => {
  linkHandedOver = link;
};
app.on('open-url', (event, url) => {
  event.preventDefault();
  openLink(url);
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

  // The invite waits here for the first start's "Join a committee", which asks for it once.
  let heldInvite: string | null = null;
  const ask = async (): Promise<boolean> => {
    const options = { type: 'question' as const, buttons: [translate(language, 'menu.inviteChooseFile'), translate(language, 'common.cancel')], defaultId: 0, cancelId: 1, title: translate(language, 'menu.inviteTitle'), message: translate(language, 'menu.inviteTitle'), detail: translate(language, 'menu.inviteQuestion') };
    const answer = mainWindow === null ? await dialog.showMessageBox(options) : await dialog.showMessageBox(mainWindow, options);
    return answer.response === 0;
  };
  const pickNewFile = () => desktopHost(userData, () => mainWindow).pickDatabasePath?.('create') ?? Promise.resolve(null);
  openLink = (link) => {
    void openInviteLink(workspace, link, {
      confirm: ask,
      pickNewFile,
      hold: (invite) => {
        heldInvite = invite;
      },
      remember,
      show: () => {
        mainWindow?.webContents.reload();
        mainWindow?.focus();
      },
      refuse: (error) => dialog.showErrorBox(translate(language, 'menu.inviteNotOpened'), translate(language, `errors.${error.code}`, error.params)),
    });
  };

  registerIpc(ipcMain, { workspace, host: {
      ...desktopHost(userData, () => mainWindow, (path) => {
        app.addRecentDocument(path);
        refreshMenu();
      }),
      logFolder,
      takeInviteLink: () => {
        const invite = heldInvite;
        heldInvite = null;
        return invite;
      },
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
    const link = inviteLinkToOpen(argv);
    if (link !== null) openLink(link);
    if (mainWindow?.isMinimized() === true) mainWindow.restore();
    mainWindow?.focus();
  });
  // A link that started the app is taken up once the window is there to ask in.
  if (linkHandedOver !== null) openLink(linkHandedOver);
  linkHandedOver = null;
  app.on('before-quit', () => workspace.close());
});

app.on('window-all-closed', () => app.quit());
