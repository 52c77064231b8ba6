import { afterEach } from 'vitest';
import { openBrowser, startWeb, type Browser, type WebApp } from './web-app';

/**
 * One `npm run web` and one fresh Chromium per test, both stopped after it. Call at the top of a
 * describe block; `open` starts them on a database file and loads the app at the given place.
 */
export function webSession() {
  let app: WebApp | undefined;
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    await app?.stop();
    browser = undefined;
    app = undefined;
  });
  return {
    /**
     * Opens the printed address (the token after its #) at `place`, such as `#/settings`; null opens nothing, to
     * try addresses without the token. `stopAt`: a stop point the server waits at (see startWeb).
     */
    async open(dbPath: string, place: string | null = '', stopAt?: string) {
      app = await startWeb(dbPath, stopAt);
      browser = await openBrowser();
      if (place !== null) await browser.page.goto(app.address(place));
      return { page: browser.page, app };
    },
  };
}
