import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { webSession } from './helpers/web-session';

const session = webSession();

describe('text resized to 200 %', () => {
  it('keeps every section readable without scrolling the whole page sideways', async () => {
    const dbPath = join(tempDir(), 'committee.sqlite');
    expect((await runCli(['demo', dbPath])).exitCode).toBe(0);
    const { page } = await session.open(dbPath, '#/dashboard');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    // What a browser's "text size 200 %" does: the root font size doubles, and everything in rem follows.
    // Set through the CSSOM, which the page's CSP (no inline styles) allows, as a browser setting would be.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    for (const section of ['dashboard', 'quarterly', 'barriers', 'meetings', 'feedback', 'fidelity', 'reports', 'settings']) {
      await page.locator(`a[href="#/${section}"]`).first().click();
      await expect.poll(() => page.locator(`a[href="#/${section}"]`).first().getAttribute('aria-current')).toBe('page');
      await page.locator('h1').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, section).toBeLessThanOrEqual(0);
    }
  });
});
