import type { ApiContext } from '../core/api/api-context';
import type { ApiResponse } from '../core/api/api-response';
import { callApi } from '../core/api/call-api';
import { methodNames } from '../core/api/contract';
import { isAppUrl } from './app-origin';
import { ipcChannel } from './ipc-channel';

/** The part of Electron's IpcMainInvokeEvent the check needs; Electron's own event fits it. */
export type InvokeEvent = { senderFrame: { url: string; parent: unknown } | null };

/** The part of Electron's ipcMain that registration uses, so a test can hand in a recorder. */
export type HandleRegistrar = {
  handle: (channel: string, listener: (event: InvokeEvent, input: unknown) => Promise<ApiResponse<unknown>>) => void;
};

/** Only the app's own top-level page may call the core; a frame from anywhere else is refused. */
export function isTrustedSender(event: InvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(ipcMain: HandleRegistrar, context: ApiContext): void {
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), async (event, input) => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'forbidden', params: {} } };
      return callApi(context, method, input);
    });
  }
}
