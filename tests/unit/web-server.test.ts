import type { Server } from 'node:http';
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Workspace, type WorkspaceStatus } from '../../electron/core/api/workspace';
import { createWebServer } from '../../electron/web/web-server';
import { translate } from '../../electron/shared/translate';
import { tempDir } from '../helpers/temp-dir';

const token = 'test-token-0123456789abcdef';
const servers: Server[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A workspace whose file fails in a way nobody foresaw, as a disk driver or a bug might. */
class BrokenWorkspace extends Workspace {
  override status(): WorkspaceStatus {
    throw new Error('the disk caught fire at /home/jana/committee.sqlite');
  }
}

async function start(maxBodyBytes?: number, broken = false): Promise<{ port: number; dir: string }> {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Workbench</title>');
  writeFileSync(join(rendererDir, 'app.js'), 'console.log("the app");');
  // A broken build: a link that points at itself cannot be read, and that is the server's fault, not the request's.
  symlinkSync(join(rendererDir, 'loop.js'), join(rendererDir, 'loop.js'));
  const workspace = broken ? new BrokenWorkspace(join(dir, 'web.sqlite')) : new Workspace(join(dir, 'web.sqlite'));
  const server = createWebServer({ context: { workspace, host: { kind: 'web' } }, rendererDir, token, ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }) });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('listening');
  return { port: address.port, dir };
}

type Reply = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A contract call as the page makes it: POST, JSON, the token in its header. */
function callWith(port: number, method: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send(port, `/api/${method}`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-workbench-token': token, ...headers } });
}

/** Bytes written straight to the socket, for requests no HTTP client would send; resolves with the status line. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

/** What the server wrote to the log meanwhile; the tests below expect no stack in it, ever. */
function captureLog(): string[][] {
  const lines: string[][] = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void lines.push(parts.map((part) => (part instanceof Error ? (part.stack ?? part.message) : String(part)))));
  return lines;
}

describe('the browser mode server: the token', () => {
  it('serves the build files without a token, with the CSP, and sets no cookie', async () => {
    const { port } = await start();
    for (const path of ['/', '/index.html', '/app.js', `/?token=${token}`]) {
      const reply = await send(port, path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['set-cookie'], path).toBeUndefined();
      expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    }
    expect((await send(port, '/')).body).toContain('Workbench');
  });

  it('answers the API only with the token in the X-Workbench-Token header, never from a cookie or the address', async () => {
    const { port } = await start();
    const refusal = { ok: false, error: { code: 'web_token_refused', params: {} } };
    const attempts: Record<string, string>[] = [{}, { 'x-workbench-token': '' }, { 'x-workbench-token': `${token}x` }, { 'x-workbench-token': token.slice(1) }, { cookie: `workbench_token=${token}` }];
    for (const headers of attempts) {
      const reply = await send(port, '/api/getWorkspace', { method: 'POST', body: '{}', headers });
      expect(reply.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.parse(reply.body), JSON.stringify(headers)).toEqual(refusal);
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
    expect((await send(port, `/api/getWorkspace?token=${token}`, { method: 'POST', body: '{}' })).status).toBe(403);
    // Without the token nothing about the API is told, not even which methods exist.
    expect(JSON.parse((await send(port, '/api/dropEverything', { method: 'POST', body: '{}' })).body)).toEqual(refusal);
    expect(translate('en', 'errors.web_token_refused')).toContain('Open the full address it printed');
    expect(translate('cs', 'errors.web_token_refused')).toContain('Otevřete celou adresu');

    const accepted = await callWith(port, 'getWorkspace', '{}', { origin: `http://127.0.0.1:${port}` });
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.body)).toMatchObject({ ok: true, value: { status: 'setup', host: 'web' } });
    const validated = await callWith(port, 'setUpCommittee', JSON.stringify({ name: '', region: 'R', language: 'en' }));
    expect(JSON.parse(validated.body)).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } });
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin, token or not', async () => {
    const { port } = await start();
    expect((await send(port, '/', { headers: { Host: `evil.example:${port}` } })).status).toBe(421);
    expect((await callWith(port, 'getWorkspace', '{}', { Host: `evil.example:${port}` })).status).toBe(421);
    expect((await callWith(port, 'getWorkspace', '{}', { Origin: 'https://evil.example' })).status).toBe(403);
    // Another local server is another origin, even on the same address.
    expect((await callWith(port, 'getWorkspace', '{}', { Origin: `http://127.0.0.1:${port + 1}` })).status).toBe(403);
  });

  it('serves nothing outside the renderer folder', async () => {
    const { port } = await start();
    expect((await send(port, '/../web.sqlite')).status).toBe(404);
    expect((await send(port, '/%2e%2e/web.sqlite')).status).toBe(404);
    expect((await send(port, '/%2e%2e%2fweb.sqlite')).status).toBe(404);
  });
});

describe('the browser mode server: requests it cannot use', () => {
  it('answers malformed addresses, bodies and methods with a 4xx and logs nothing', async () => {
    const { port } = await start();
    const log = captureLog();
    expect((await send(port, '/%zz')).status).toBe(400);
    expect((await send(port, '/a%00b.js')).status).toBe(400);
    expect((await send(port, '/api/%E0%A4%A', { method: 'POST', body: '{}', headers: { 'x-workbench-token': token } })).status).toBe(400);

    const notJson = await callWith(port, 'getWorkspace', '{not json');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toEqual({ ok: false, error: { code: 'bad_request', params: {} } });

    const unknown = await callWith(port, 'dropEverything', '{}');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toEqual({ ok: false, error: { code: 'unknown_method', params: { method: 'dropEverything' } } });
    expect((await callWith(port, 'toString', '{}')).status).toBe(404);

    const wrongVerb = await send(port, '/api/getWorkspace', { method: 'DELETE', headers: { 'x-workbench-token': token } });
    expect(wrongVerb.status).toBe(405);
    expect(wrongVerb.headers.allow).toBe('POST');
    expect((await send(port, '/api/getWorkspace', { headers: { 'x-workbench-token': token } })).status).toBe(405);
    expect((await send(port, '/index.html', { method: 'PURGE' })).status).toBe(405);
    expect((await send(port, '/index.html', { method: 'POST', body: '{}' })).status).toBe(405);
    // A method HTTP itself does not know never reaches the workbench: Node's parser answers it.
    expect(await raw(port, `BREW /api/getWorkspace HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Workbench-Token: ${token}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400 /);
    expect(await raw(port, 'this is not HTTP\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    expect((await send(port, '/missing.js')).status).toBe(404);
    expect(log).toEqual([]);
  });

  it('answers a body over the limit with 413, whether declared or sent, and logs nothing', async () => {
    const { port } = await start(1024);
    const log = captureLog();
    const declared = await new Promise<Reply>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/getWorkspace', method: 'POST', headers: { 'x-workbench-token': token, 'content-length': String(10 * 1024 * 1024 * 1024) } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      });
      req.on('error', reject);
      // Only the headers go out: the server answers before a single byte of the 10 GB arrives.
      req.flushHeaders();
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toEqual({ ok: false, error: { code: 'request_too_large', params: { megabytes: 0 } } });
    const sent = await send(port, '/api/getWorkspace', { method: 'POST', body: JSON.stringify({ padding: 'x'.repeat(4096) }), headers: { 'x-workbench-token': token, 'transfer-encoding': 'chunked' } });
    expect(sent.status).toBe(413);
    expect(translate('en', 'errors.request_too_large', { megabytes: 30 })).toBe('The request is too large for the workbench (at most 30 MB). Send smaller files, or fewer at a time.');
    expect((await callWith(port, 'getWorkspace', '{}')).status).toBe(200);
    expect(log).toEqual([]);
  });

  it('answers an unexpected failure with 500 and a generic body, and logs one line without a stack', async () => {
    const { port } = await start();
    const log = captureLog();
    const reply = await send(port, '/loop.js');
    expect(reply.status).toBe(500);
    expect(reply.body).toBe('Internal error');
    expect(log).toHaveLength(1);
    const [line = ''] = log.map((parts) => parts.join(' '));
    expect(line).toMatch(/^web_request_failed method="GET" path="\/loop\.js" error="Error" message="ELOOP/);
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/\bat .*:\d+:\d+/);
    expect(reply.body).not.toContain('ELOOP');
    expect((await send(port, '/')).status).toBe(200);
  });

  it('answers a contract call that failed unexpectedly with 500 and the core\'s generic answer, naming nothing of the failure', async () => {
    const { port } = await start(undefined, true);
    captureLog();
    const reply = await callWith(port, 'getWorkspace', '{}');
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(reply.body).not.toMatch(/fire|jana|\bat /);
  });
});
