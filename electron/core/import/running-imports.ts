/**
 * The previews and imports being read right now, by the id the page gave each, so that the page can
 * cancel one (the user chose the wrong file, or a large one takes long). Ids are the page's own; an
 * unknown id cancels nothing.
 */
const running = new Map<string, AbortController>();

export const runningImports = {
  start(requestId: string): AbortSignal {
    running.get(requestId)?.abort();
    const controller = new AbortController();
    running.set(requestId, controller);
    return controller.signal;
  },

  finish(requestId: string, signal: AbortSignal): void {
    // A newer request under the same id stays registered.
    if (running.get(requestId)?.signal === signal) running.delete(requestId);
  },

  cancel(requestId: string): boolean {
    const controller = running.get(requestId);
    if (controller === undefined) return false;
    controller.abort();
    running.delete(requestId);
    return true;
  },
};
