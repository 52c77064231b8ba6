import type { ApiError, ApiResponse } from '../../../electron/core/api/api-response';
import type { MethodInput, MethodName, MethodResult } from '../../../electron/core/api/contract';

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

async function overHttp(method: MethodName, input: unknown): Promise<ApiResponse<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { code: 'network', params: {} } };
  }
  if (!response.ok) return { ok: false, error: { code: 'network', params: { status: response.status } } };
  const body: unknown = await response.json();
  return body !== null && typeof body === 'object' && 'ok' in body ? (body as ApiResponse<unknown>) : { ok: false, error: { code: 'bad_request', params: {} } };
}

/** Calls one contract method through whichever transport this window has. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const viaBridge = window.workbench?.[method];
  const response = viaBridge === undefined ? await overHttp(method, input) : await viaBridge(input);
  if (!response.ok) throw new ApiFailure(response.error);
  // The core answered this method through the contract, whose table fixes the result type.
  return response.value as MethodResult<M>;
}
