import { build, type BuildOptions } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbenchDatabase } from '../../electron/core/db/open-workbench-database';
import { createCommittee } from '../../electron/core/committee/create-committee';
import { tempDir } from '../helpers/temp-dir';

describe('the import worker in the desktop app', () => {
  it('is found beside the bundled main process and plans a file there', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const database = join(dir, 'committee.sqlite');
    const db = openWorkbenchDatabase(database);
    db.transaction(() => createCommittee(db, { name: 'Výbor', region: 'Kraj', language: 'cs' })).immediate();
    db.close();
    // A stand-in for main.cjs: the core's planInWorker, bundled with the options scripts/build.mjs uses for the desktop app.
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { planInWorker } from ${JSON.stringify(resolve('electron/core/import/plan-in-worker.ts'))};
const bytes = new TextEncoder().encode('service;quarter;referrals\\r\\nHradec Králové;2026-Q1;12\\r\\n');
planInWorker({ databasePath: ${JSON.stringify(database)}, files: [{ fileName: 'q.csv', bytes, options: {} }], currentQuarter: '2026-Q4', withRecords: true })
  .then(({ plan }) => { console.log(JSON.stringify(plan.files[0].preview)); process.exit(0); });`,
    );
    const options: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', define: { 'import.meta.url': 'undefined' }, external: ['better-sqlite3'] };
    await build({ ...options, entryPoints: [entry], outfile: join(dir, 'main.cjs') });
    await build({ ...options, entryPoints: [resolve('electron/core/import/import-worker.ts')], outfile: join(dir, 'import-worker.cjs') });
    const run = spawnSync(process.execPath, [join(dir, 'main.cjs')], { encoding: 'utf8', env: { ...process.env, NODE_PATH: resolve('node_modules') } });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'quarterly', added: 1, servicesToCreate: ['Hradec Králové'], errors: [] });
  });
});
