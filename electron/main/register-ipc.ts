import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiContext } from '../core/api/api-context';
import type { ApiResponse } from '../core/api/api-response';
import { callApi } from '../core/api/call-api';
import { methodNames } from '../core/api/contract';
import { isAppUrl } from './app-origin';
import { ipcChannel } from './ipc-channel';

/** Only the app's own top-level page may call the core; a frame from anywhere else is refused. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, context: ApiContext): void {
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), async (event, input: unknown): Promise<ApiResponse<unknown>> => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'forbidden', params: {} } };
      return callApi(context, method, input);
    });
  }
}
