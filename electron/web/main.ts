import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../core/api/user-error';
import { Workspace } from '../core/api/workspace';
import { errorMessage } from '../cli/error-message';
import { createWebServer } from './web-server';
import { startPeriodicBackups } from '../core/backup/periodic-backups';
import { startWebLog } from './web-log';
import { appLog } from '../core/log/app-log';

const usage = 'Usage: npm run web -- --db <file.sqlite> [--port <number>]';

const heldElsewhere = new Set(['db_in_use', 'db_in_use_elsewhere', 'db_lock_unreadable']);

function main(): void {
  let values: { db?: string; port?: string };
  try {
    ({ values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(usage);
    process.exit(2);
  }
  if (values.db === undefined) {
    console.error(usage);
    process.exit(2);
  }
  const port = Number(values.port ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535. ${usage}`);
    process.exit(2);
  }
  const logFolder = startWebLog();
  const workspace = new Workspace(resolve(values.db), { program: 'browser' });
  const status = workspace.status();
  appLog.info('started', { program: 'browser', node: process.version, status: status.status, problem: status.status === 'problem' ? status.problem.code : null });
  // Another program writes to the file: serving it would only show that on a page, so say it here and stop.
  if (status.status === 'problem' && heldElsewhere.has(status.problem.code)) {
    console.error(errorMessage(new UserError(status.problem.code, status.problem.params)));
    process.exit(1);
  }
  startPeriodicBackups(() => workspace.openDatabase());
  const token = randomBytes(24).toString('base64url');
  const server = createWebServer({ context: { workspace, host: { kind: 'web', logFolder } }, rendererDir: resolve('dist', 'renderer'), token });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actualPort = address !== null && typeof address === 'object' ? address.port : port;
    // Tests wait for this exact line: it is printed only once the server accepts connections. The token
    // goes after the #, the part of an address that the browser keeps to itself and never sends to a server.
    console.log(`Workbench ready at http://127.0.0.1:${actualPort}/#token=${token}`);
    console.log('Open this address in a browser on this computer. It works for this run only; to work on another file, stop this (Ctrl+C) and start it again with --db <file>.');
  });
  const stop = () => {
    server.close();
    workspace.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
