import type { WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { isSafeExternalUrl } from './is-safe-external-url';

/** The parts of a WebContents the lock-down uses, so a test can hand in a recorder. */
export type LockableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * No navigation away from the app, no webviews, no new windows: a link to a web page opens in the
 * system browser instead (https and mailto only), everything else is dropped.
 */
export function lockDownContents(contents: LockableContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
