/** Leaves full screen if the page is in it; the user may have left already (the browser's own Esc). */
export function leaveFullScreen(): void {
  if (document.fullscreenElement === null) return;
  document.exitFullscreen().catch(() => undefined);
}
