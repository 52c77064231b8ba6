/**
 * Asks for the whole page in full screen. Browsers grant it only in answer to the user's own click or key,
 * so this is called from that event's handler. A refusal (a browser setting, a page in a frame) leaves the
 * page as it is, which still works: the caller does not wait for the answer.
 */
export function enterFullScreen(): void {
  if (!document.fullscreenEnabled || document.fullscreenElement !== null) return;
  document.documentElement.requestFullscreen().catch(() => undefined);
}
