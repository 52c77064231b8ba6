import type { IncomingMessage } from 'node:http';

/**
 * A request's body, or null as soon as it passes `limit` bytes (declared or sent), so that an endless body
 * is never held in memory: for the browser mode's API and the sync server's registrations and uploads.
 */
export async function readRequestBytes(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  if (Number(request.headers['content-length'] ?? 0) > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
