import type { Server } from 'node:http';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/core/api/workspace';
import { createWebServer } from '../../electron/web/web-server';
import { tempDir } from '../helpers/temp-dir';

const token = 'test-token-0123456789abcdef';
const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function start(): Promise<number> {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Workbench</title>');
  const server = createWebServer({ context: { workspace: new Workspace(join(dir, 'web.sqlite')), host: { kind: 'web' } }, rendererDir, token });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('listening');
  return address.port;
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

describe('the browser mode server', () => {
  it('serves the page with the token, sets a same-site cookie and the CSP', async () => {
    const port = await start();
    const reply = await send(port, `/?token=${token}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Workbench');
    expect(String(reply.headers['set-cookie'])).toMatch(/workbench_token=.*HttpOnly.*SameSite=Strict/);
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses requests without the token or with a wrong one', async () => {
    const port = await start();
    expect((await send(port, '/')).status).toBe(403);
    expect((await send(port, '/?token=wrong')).status).toBe(403);
    expect((await send(port, '/api/getWorkspace', { method: 'POST', body: '{}' })).status).toBe(403);
    expect((await send(port, '/api/getWorkspace', { method: 'POST', body: '{}', headers: { 'x-workbench-token': `${token}x` } })).status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const port = await start();
    expect((await send(port, `/?token=${token}`, { headers: { Host: `evil.example:${port}` } })).status).toBe(421);
    const foreign = await send(port, '/api/getWorkspace', { method: 'POST', body: '{}', headers: { 'x-workbench-token': token, Origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
  });

  it('answers contract calls with the token, from its own origin or a cookie', async () => {
    const port = await start();
    const viaHeader = await send(port, '/api/getWorkspace', { method: 'POST', body: '{}', headers: { 'x-workbench-token': token, Origin: `http://127.0.0.1:${port}` } });
    expect(JSON.parse(viaHeader.body)).toMatchObject({ ok: true, value: { status: 'setup', host: 'web' } });
    const viaCookie = await send(port, '/api/setUpCommittee', {
      method: 'POST',
      body: JSON.stringify({ name: '', region: 'R', language: 'en' }),
      headers: { Cookie: `workbench_token=${token}` },
    });
    expect(JSON.parse(viaCookie.body)).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } });
    const malformed = await send(port, '/api/getWorkspace', { method: 'POST', body: '{not json', headers: { 'x-workbench-token': token } });
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('serves nothing outside the renderer folder', async () => {
    const port = await start();
    expect((await send(port, `/../web.sqlite?token=${token}`)).status).toBe(404);
    expect((await send(port, `/%2e%2e/web.sqlite?token=${token}`)).status).toBe(404);
  });
});
