import type { ApiContext } from '../../electron/core/api/api-context';
import { callApi } from '../../electron/core/api/call-api';
import type { MethodInput, MethodName, MethodResult } from '../../electron/core/api/contract';
import type { ApiResponse } from '../../electron/core/api/api-response';
import { Workspace } from '../../electron/core/api/workspace';

export type TestApi = {
  context: ApiContext;
  /** Calls a method through the same entry the front doors use and returns its value, or throws its error code. */
  call: <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodResult<M>>;
  raw: (method: string, input: unknown) => Promise<ApiResponse<unknown>>;
};

export function apiFor(path: string): TestApi {
  const context: ApiContext = { workspace: new Workspace(path), host: { kind: 'web' } };
  return {
    context,
    raw: (method, input) => callApi(context, method, input),
    call: async (method, input) => {
      const response = await callApi(context, method, input);
      if (!response.ok) throw new Error(`${response.error.code} ${JSON.stringify(response.error.params)}`);
      // callApi answered this method, so the contract fixes the value's type.
      return response.value as MethodResult<typeof method>;
    },
  };
}
