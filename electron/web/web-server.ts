import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { ApiContext } from '../core/api/api-context';
import { callApi } from '../core/api/call-api';
import { contentSecurityPolicy } from '../shared/content-security-policy';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const maxBodyBytes = 30 * 1024 * 1024;
const cookieName = 'workbench_token';

export type WebServerOptions = { context: ApiContext; rendererDir: string; token: string };

function sameToken(candidate: string | undefined, token: string): boolean {
  if (candidate === undefined) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(request: IncomingMessage): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) return value.join('=');
  }
  return undefined;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBodyBytes) throw new Error('too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser mode: the same contract as the desktop app, on 127.0.0.1 only. A request must carry the
 * per-run token (in the address the first time, then as a same-site cookie) and come from this origin,
 * which also stops other web pages and DNS-rebinding tricks from reaching the committee's data.
 */
export function createWebServer({ context, rendererDir, token }: WebServerOptions): Server {
  const root = normalize(rendererDir + sep);
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('[workbench web]', error);
      if (!response.headersSent) send(response, 500, 'Internal error');
    });
  });

  function expectedHosts(): string[] {
    const address = server.address();
    const port = address !== null && typeof address === 'object' ? address.port : 0;
    return [`127.0.0.1:${port}`, `localhost:${port}`];
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const hosts = expectedHosts();
    if (!hosts.includes(request.headers.host ?? '')) return send(response, 421, 'Unknown host');
    const origin = request.headers.origin;
    if (origin !== undefined && !hosts.some((host) => origin === `http://${host}`)) return send(response, 403, 'Foreign origin');

    const url = new URL(request.url ?? '/', `http://${hosts[0] ?? '127.0.0.1'}`);
    const fromQuery = url.searchParams.get('token') ?? undefined;
    const fromHeader = request.headers['x-workbench-token'];
    const presented = fromQuery ?? (typeof fromHeader === 'string' ? fromHeader : undefined) ?? cookieToken(request);
    if (!sameToken(presented, token)) {
      return send(response, 403, 'This address needs the token printed by "npm run web". Open the full address from the terminal.');
    }

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'Use POST');
      let input: unknown;
      try {
        const body = await readBody(request);
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        return send(response, 400, JSON.stringify({ ok: false, error: { code: 'bad_request', params: {} } }), contentTypes['.json']);
      }
      const result = await callApi(context, decodeURIComponent(url.pathname.slice('/api/'.length)), input);
      return send(response, 200, JSON.stringify(result), contentTypes['.json']);
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed');
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root)) return send(response, 404, 'Not found');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(response, 404, 'Not found');
    }
    const cookie: Record<string, string> = fromQuery === undefined ? {} : { 'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/` };
    return send(response, 200, content, contentTypes[extname(file)] ?? 'application/octet-stream', cookie);
  }

  return server;
}
