import type { ApiError, ApiResponse } from '../../../electron/core/api/api-response';
import type { MethodInput, MethodName, MethodResult } from '../../../electron/core/api/contract';
import { webToken } from './web-token';

type Bridge = Partial<Record<MethodName, (input: unknown) => Promise<ApiResponse<unknown>>>>;

declare global {
  interface Window {
    /** Present in the desktop app, put there by the preload script; absent in the browser mode. */
    workbench?: Bridge;
  }
}

export class ApiFailure extends Error {
  readonly error: ApiError;

  constructor(error: ApiError) {
    super(error.code);
    this.name = 'ApiFailure';
    this.error = error;
  }
}

function isApiResponse(body: unknown): body is ApiResponse<unknown> {
  return body !== null && typeof body === 'object' && 'ok' in body && typeof body.ok === 'boolean';
}

/** The browser mode: the per-run key goes in a header (never a cookie), and a refusal comes back in the contract's shape. */
async function overHttp(method: MethodName, input: unknown): Promise<ApiResponse<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': webToken.current() ?? '' },
      body: JSON.stringify(input),
      credentials: 'omit',
    });
  } catch {
    return { ok: false, error: { code: 'network', params: {} } };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: the answer did not come from the workbench's API; said below as a network failure.
  }
  return isApiResponse(body) ? body : { ok: false, error: { code: 'network', params: { status: response.status } } };
}

/** Calls one contract method through whichever transport this window has. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const viaBridge = window.workbench?.[method];
  const response = viaBridge === undefined ? await overHttp(method, input) : await viaBridge(input);
  if (!response.ok) throw new ApiFailure(response.error);
  // The core answered this method through the contract, whose table fixes the result type.
  return response.value as MethodResult<M>;
}
