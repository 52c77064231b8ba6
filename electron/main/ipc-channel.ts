import type { MethodName } from '../core/api/contract';

export function ipcChannel(method: MethodName): string {
  return `workbench:${method}`;
}
