import type { IncomingMessage } from 'node:http';
import { readRequestBytes } from '../shared/read-request-bytes';

/** The request's body as text, or null as soon as it passes `limit` bytes (declared or sent). */
export async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return (await readRequestBytes(request, limit))?.toString('utf8') ?? null;
}
