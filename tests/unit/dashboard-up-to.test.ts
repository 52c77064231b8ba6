import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoCommittee } from '../../electron/core/committee/create-demo-committee';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { buildDashboard } from '../../electron/core/figures/build-dashboard';
import { tempDir } from '../helpers/temp-dir';

describe('the dashboard as it stood after a quarter (a meeting’s figures item)', () => {
  it('leaves out the later quarters and judges the targets on that quarter’s last day', () => {
    const db = openWorkbenchDatabase(join(tempDir(), 'demo.sqlite'));
    createDemoCommittee(db, 'en', '2026-11-25');
    const now = buildDashboard(db, '2026-11-25');
    const then = buildDashboard(db, '2026-11-25', '2026-Q2');
    expect(then.latest?.quarter).toBe('2026-Q2');
    expect(then.trend.quarters.at(-1)).toBe('2026-Q2');
    expect(then.trend.quarters).toHaveLength(now.trend.quarters.length - 1);
    // The quarter's own figures are the ones today's dashboard has for it.
    expect(then.latest?.summary.totals.referrals).toBe(now.trend.totals.referrals.at(-2));
    expect(then.yearToDate).toMatchObject({ year: 2026, from: '2026-Q1', to: '2026-Q2' });
    // On 30 June Q3 had not ended: not a missing quarter, and the year is still running.
    expect(then.targets?.reportedQuarters).toEqual(['2026-Q1', '2026-Q2']);
    expect(then.targets?.missingQuarters).toEqual([]);
    expect(then.targets?.yearOver).toBe(false);
    // A quarter at or after the latest with figures changes nothing; one before the first leaves nothing.
    expect(buildDashboard(db, '2026-11-25', '2026-Q4')).toEqual(now);
    expect(buildDashboard(db, '2026-11-25', '2020-Q1').latest).toBeNull();
    db.close();
  });
});
