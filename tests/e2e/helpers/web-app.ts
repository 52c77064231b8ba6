import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export type WebApp = {
  origin: string;
  token: string;
  /** The address as printed, with the token after the #, opening at `place` (such as `#/settings`). */
  address: (place?: string) => string;
  stop: () => Promise<void>;
};

/**
 * Starts `npm run web` on a database file and resolves once it prints its address (its readiness signal),
 * `…/#token=…`. `stopAt` names a stop point (electron/core/testing/stop-point.ts) the server is to wait at.
 */
export function startWeb(dbPath: string, stopAt?: string): Promise<WebApp> {
  const env = stopAt === undefined ? process.env : { ...process.env, WORKBENCH_STOP_AT: stopAt };
  const child: ChildProcess = spawn('npm', ['run', '-s', 'web', '--', '--db', dbPath, '--port', '0'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once('exit', () => resolve());
      // npm starts the server as a child of its own: the whole process group is stopped.
      process.kill(-child.pid, 'SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The whole line, up to its end: a token cut between two chunks would be a wrong one.
      const match = /Workbench ready at (http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)\r?\n/.exec(output);
      const [, origin, token] = match ?? [];
      if (origin === undefined || token === undefined) return;
      // The page takes what follows `&` in the fragment as the place to open, once it has moved the token away.
      const address = (place = '') => `${origin}/#token=${token}${place.startsWith('#') ? `&${place.slice(1)}` : ''}`;
      resolve({ origin, token, address, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`npm run web exited with ${String(code)}:\n${output}`)));
  });
}

export type Browser = { context: BrowserContext; page: Page; close: () => Promise<void> };

/** Debian's Chromium, headless, with a fresh profile and no background traffic to the closed network. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'workbench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
