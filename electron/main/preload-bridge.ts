import { methodNames, type MethodName } from '../core/api/contract';
import { ipcChannel } from './ipc-channel';

export type Bridge = Partial<Record<MethodName, (input?: unknown) => Promise<unknown>>>;

/**
 * One function per contract method and nothing else: the page never holds ipcRenderer, so it cannot
 * reach any channel the contract does not name.
 */
export function preloadBridge(invoke: (channel: string, input: unknown) => Promise<unknown>): Readonly<Bridge> {
  const bridge: Bridge = {};
  for (const method of methodNames) {
    bridge[method] = (input?: unknown) => invoke(ipcChannel(method), input ?? {});
  }
  return Object.freeze(bridge);
}
