import log from 'electron-log/node';
import { dirname, join } from 'node:path';
import { appLog } from '../core/log/app-log';
import { fileLogSink } from '../shared/file-log-sink';

/**
 * The browser mode's log: web.log in the same folder the desktop app logs to (the app's data folder:
 * ~/.config/IPS Steering Workbench/logs, %APPDATA%\IPS Steering Workbench\logs, ~/Library/Logs/IPS
 * Steering Workbench), or in WORKBENCH_LOG_DIR when that is set (the tests). Returns the folder.
 */
export function startWebLog(): string {
  log.transports.file.setAppName('IPS Steering Workbench');
  log.transports.file.resolvePathFn = (variables) => join(process.env.WORKBENCH_LOG_DIR ?? variables.libraryDefaultDir, 'web.log');
  log.transports.file.maxSize = 1024 * 1024;
  // The terminal gets the workbench's own one-line messages (fileLogSink), not electron-log's copy.
  log.transports.console.level = false;
  appLog.connect(fileLogSink(log));
  return dirname(log.transports.file.getFile().path);
}
