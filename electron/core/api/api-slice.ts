import type { z } from 'zod';
import type { ApiContext } from './api-context';
import type { Returns } from './returns';

type SliceContract = Record<string, { input: z.ZodType; result: Returns<unknown> }>;

type ResultOf<R> = R extends Returns<infer T> ? T : never;

type SliceHandlers<C extends SliceContract> = {
  [M in keyof C]: (context: ApiContext, input: z.output<C[M]['input']>) => ResultOf<C[M]['result']> | Promise<ResultOf<C[M]['result']>>;
};

/**
 * One feature's part of the API: its methods' schemas and the core's side of each, which core/api
 * assembles into the one contract and the one table of handlers. Nothing happens at run time; the
 * types make the handlers exactly the methods of the contract, each taking the input its schema puts
 * out and answering with the type its `returns<T>()` carries.
 */
export function apiSlice<C extends SliceContract>(contract: C, handlers: NoInfer<SliceHandlers<C>>): { contract: C; handlers: SliceHandlers<C> } {
  return { contract, handlers };
}
