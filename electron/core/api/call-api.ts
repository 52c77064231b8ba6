import { z } from 'zod';
import type { ApiContext } from './api-context';
import { apiHandlers } from './api-handlers';
import type { ApiError, ApiResponse } from './api-response';
import { contract, isMethodName } from './contract';
import { UserError } from './user-error';
import { storageFailure } from '../db/storage-failure';
import { appLog } from '../log/app-log';

function validationError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue === undefined ? '' : issue.path.map(String).join('.');
  const named = field === '' ? 'input' : field;
  // A rule of the workbench's own (not zod's wording) has a message of its own in every language.
  if (issue?.code === 'custom' && issue.params?.reason === 'control_characters') return { code: 'text_control_characters', params: { field: named }, field };
  return { code: 'validation', params: { field: named, detail: issue?.message ?? '' }, field };
}

/**
 * The single entry every front door goes through: unknown methods and invalid input are turned away
 * here, so nothing unvalidated reaches a handler or SQL.
 */
export async function callApi(context: ApiContext, method: string, rawInput: unknown): Promise<ApiResponse<unknown>> {
  if (!isMethodName(method)) return { ok: false, error: { code: 'unknown_method', params: { method } } };
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  try {
    // The table pairs each schema with its handler; TypeScript cannot follow the pairing through a union key.
    const handler = apiHandlers[method] as (context: ApiContext, input: unknown) => unknown;
    return { ok: true, value: await handler(context, parsed.data) };
  } catch (caught) {
    const error = storageFailure(caught) ?? caught;
    if (error instanceof UserError) {
      return { ok: false, error: { code: error.code, params: error.params, ...(error.field === undefined ? {} : { field: error.field }) } };
    }
    // The details go to the log for whoever looks into it; the user gets a message, never a library's error.
    appLog.failed('api_call_failed', error, { method });
    return { ok: false, error: { code: 'internal', params: {} } };
  }
}
