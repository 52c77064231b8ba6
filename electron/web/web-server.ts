import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { ApiContext } from '../core/api/api-context';
import type { ApiError } from '../core/api/api-response';
import { callApi } from '../core/api/call-api';
import { isMethodName } from '../core/api/contract';
import { contentSecurityPolicy } from '../shared/content-security-policy';
import { readBody } from './read-body';
import { appLog } from '../core/log/app-log';

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
const json = 'application/json; charset=utf-8';
const text = 'text/plain; charset=utf-8';

/** A build file that is not there; anything else going wrong while reading one is the server's fault (500). */
const missingFileCodes = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG']);

export type WebServerOptions = {
  context: ApiContext;
  rendererDir: string;
  token: string;
  /** The largest request body accepted; imports carry whole spreadsheets as base64. */
  maxBodyBytes?: number;
};

function sameToken(candidate: string | string[] | undefined, token: string): boolean {
  if (typeof candidate !== 'string') return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(response: ServerResponse, status: number, body: string | Buffer, type = text, headers: Record<string, string> = {}): void {
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

/** A refusal in the contract's own shape, so the page can put it in the user's language. */
function refuse(response: ServerResponse, status: number, error: ApiError, headers: Record<string, string> = {}): void {
  send(response, status, JSON.stringify({ ok: false, error }), json, headers);
}

/** The decoded path of the address, or null when it is not a well-formed one (a bad %-escape, a NUL). */
function decodedPath(requestUrl: string | undefined): string | null {
  try {
    const path = decodeURIComponent(new URL(requestUrl ?? '/', 'http://127.0.0.1').pathname);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

/**
 * The browser mode: the same contract as the desktop app, on 127.0.0.1 only. The build files (the page,
 * its scripts and styles) hold no data and are served to anyone on this computer; every /api/ request must
 * carry the per-run token in the X-Workbench-Token header. The token reaches the page in the address's
 * fragment, which no browser sends to any server, and lives in the tab's session storage; there is no
 * cookie, because a cookie for 127.0.0.1 would also go to every other local server, whatever its port.
 * Host and Origin checks stop DNS-rebinding tricks and other web pages.
 */
export function createWebServer({ context, rendererDir, token, maxBodyBytes = 30 * 1024 * 1024 }: WebServerOptions): Server {
  const root = normalize(rendererDir + sep);
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      // The path without its query: what was asked for, never what was sent.
      appLog.failed('web_request_failed', error, { method: request.method ?? '?', path: (request.url ?? '').split('?')[0] ?? '' });
      if (response.headersSent) response.destroy();
      else if ((request.url ?? '').startsWith('/api/')) refuse(response, 500, { code: 'server_error', params: { status: 500 } });
      else send(response, 500, 'Internal error');
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
    const path = decodedPath(request.url);
    if (path === null) return send(response, 400, 'Bad address');
    if (path.startsWith('/api/')) return answerApi(request, response, path.slice('/api/'.length));
    return serveFile(request, response, path);
  }

  async function answerApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return refuse(response, 405, { code: 'bad_request', params: {} }, { Allow: 'POST' });
    // The token comes first: without it, nothing about the API is told, not even which methods exist.
    if (!sameToken(request.headers['x-workbench-token'], token)) return refuse(response, 403, { code: 'web_token_refused', params: {} });
    if (!isMethodName(method)) return refuse(response, 404, { code: 'unknown_method', params: { method: method.slice(0, 100) } });
    const body = await readBody(request, maxBodyBytes);
    // The rest of an oversized body is not read: the connection is closed after the answer.
    if (body === null) return refuse(response, 413, { code: 'request_too_large', params: { megabytes: Math.floor(maxBodyBytes / 1024 / 1024) } }, { Connection: 'close' });
    let input: unknown;
    try {
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      return refuse(response, 400, { code: 'bad_request', params: {} });
    }
    const result = await callApi(context, method, input);
    // A failure the core did not expect is the server's (500); the body stays the core's generic answer.
    const failed = !result.ok && result.error.code === 'internal';
    return send(response, failed ? 500 : 200, JSON.stringify(result), json);
  }

  async function serveFile(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed', text, { Allow: 'GET, HEAD' });
    const file = normalize(join(root, path === '/' ? '/index.html' : path));
    if (!file.startsWith(root)) return send(response, 404, 'Not found');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      if (typeof code === 'string' && missingFileCodes.has(code)) return send(response, 404, 'Not found');
      throw error;
    }
    return send(response, 200, content, contentTypes[extname(file)] ?? 'application/octet-stream');
  }

  return server;
}
