import type { Page, Request } from 'playwright-core';
import { expect } from 'vitest';

/** Counts the page's API requests under way, so a check runs only once what a screen loads has arrived. */
export function apiTracker(page: Page) {
  const open = new Set<Request>();
  page.on('request', (request) => { if (new URL(request.url()).pathname.startsWith('/api/')) open.add(request); });
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => open.delete(request));
  return async () => {
    await expect.poll(() => open.size).toBe(0);
    // What arrived is drawn by the next frames; anything those start is waited for too.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect.poll(() => open.size).toBe(0);
  };
}
