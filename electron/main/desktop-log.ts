import log from 'electron-log/main';
import { dirname } from 'node:path';
import { appLog } from '../core/log/app-log';
import { fileLogSink } from '../shared/file-log-sink';

/**
 * The desktop app's log: main.log in Electron's logs folder for the app (its data folder's "logs" on
 * Windows and Linux, ~/Library/Logs/IPS Steering Workbench on macOS). Returns the folder.
 */
export function startDesktopLog(): string {
  log.transports.file.fileName = 'main.log';
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.console.level = false;
  appLog.connect(fileLogSink(log));
  return dirname(log.transports.file.getFile().path);
}
