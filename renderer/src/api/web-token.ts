const storageKey = 'workbench.token';

/**
 * The browser mode's per-run key. "npm run web" prints it after the # of the address, the part a browser
 * never sends to any server; the page keeps it in this tab's session storage (gone with the tab) and
 * sends it with every API request in a header. It is never a cookie: cookies ignore ports, so a cookie
 * for 127.0.0.1 would reach every other server on this computer too. The desktop app has no key.
 */
export const webToken = {
  /**
   * Takes `#token=…` out of the address into session storage, and the address out of the bar and the
   * history. Whatever follows an `&` is the place to show, so `#token=…&/settings` opens Settings.
   */
  adopt(): void {
    const found = /^#token=([\w-]+)(?:&(.*))?$/.exec(window.location.hash);
    if (found?.[1] === undefined) return;
    sessionStorage.setItem(storageKey, found[1]);
    const place = found[2] ?? '';
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${place === '' ? '' : `#${place}`}`);
  },

  current(): string | null {
    return sessionStorage.getItem(storageKey);
  },
};
