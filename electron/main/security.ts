import { app, session, shell } from 'electron';
import { contentSecurityPolicy } from '../shared/content-security-policy';
import { permissionAllowed } from './permission-allowed';
import { lockDownContents } from './lock-down-contents';
import { askWhereToSave } from './ask-where-to-save';

/** Applies the Electron security checklist to every session and every web contents the app creates. */
export function applySecurity(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, (url) => void shell.openExternal(url)));
  session.defaultSession.on('will-download', (_event, item) => askWhereToSave(item));
}
