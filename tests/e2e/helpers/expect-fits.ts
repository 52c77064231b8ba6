import type { Page } from 'playwright-core';
import { expect } from 'vitest';

type TableProblem = { table: string; problem: string };

/**
 * What a user sees of the page as it is now, without scrolling the page sideways: the page is no wider than
 * the window, and every table shows its first column, also once its box is scrolled to the far right. A
 * table wider than its box is a labelled region in the tab order, with a shadow at the edge where more is
 * hidden.
 */
export async function expectFits(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label}: the page scrolls sideways by ${String(overflow)} px`).toBeLessThanOrEqual(0);

  const problems = await page.evaluate(async (): Promise<TableProblem[]> => {
    const found: TableProblem[] = [];
    // The page redraws its shadows after a scroll event: two frames later they are in place.
    const redrawn = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const viewport = document.documentElement.clientWidth;
    const isShown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    // A first cell counts as visible when it lies inside both the window and the box the table scrolls in.
    const firstColumnHidden = (table: HTMLTableElement, box: Element | null) => {
      const limits = box === null ? { left: 0, right: viewport } : box.getBoundingClientRect();
      for (const row of Array.from(table.rows)) {
        const cell = row.cells[0];
        if (cell === undefined || !isShown(cell)) continue;
        const rect = cell.getBoundingClientRect();
        if (rect.left < Math.max(0, limits.left) - 1 || rect.right > Math.min(viewport, limits.right) + 1) return cell.textContent.trim();
      }
      return null;
    };
    for (const table of Array.from(document.querySelectorAll<HTMLTableElement>('main table'))) {
      if (!isShown(table)) continue;
      const name = (table.caption?.textContent ?? table.rows[0]?.cells[0]?.textContent ?? '').trim();
      const box = table.closest('.table-scroll');
      const before = firstColumnHidden(table, box);
      if (before !== null) found.push({ table: name, problem: `first column not visible: “${before}”` });
      if (box === null || box.scrollWidth <= box.clientWidth + 1) continue;
      if (!(box instanceof HTMLElement) || box.tabIndex !== 0 || box.getAttribute('role') !== 'region' || (box.getAttribute('aria-label') ?? '') === '') {
        found.push({ table: name, problem: 'scrolls in its box, but the box is not a labelled region in the tab order' });
      }
      const start = box.scrollLeft;
      const cue = (side: 'left' | 'right') => {
        // The shadow at the right edge is the box's ::after; the one at the left lies along the kept first column.
        const host = side === 'right' ? box.parentElement : table.rows[0]?.cells[0];
        return host != null && getComputedStyle(host, '::after').backgroundImage.includes('gradient');
      };
      box.scrollLeft = 0;
      await redrawn();
      const rightCue = cue('right');
      box.scrollLeft = box.scrollWidth;
      await redrawn();
      const after = firstColumnHidden(table, box);
      const leftCue = cue('left');
      box.scrollLeft = start;
      await redrawn();
      if (after !== null) found.push({ table: name, problem: `first column not visible once scrolled to the right: “${after}”` });
      if (!rightCue) found.push({ table: name, problem: 'no shadow at the right edge while more columns are hidden there' });
      if (!leftCue) found.push({ table: name, problem: 'no shadow beside the first column once scrolled to the right' });
    }
    return found;
  });
  expect(problems, label).toEqual([]);
}
