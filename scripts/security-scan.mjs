// Runs Electronegativity (Doyensec's Electron security scanner) on the main process, the preload and the
// page, as the desktop app ships them but unminified, so that its checks can read the options. Fails on
// any finding of high severity; lower ones are printed for review. No check is switched off.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mainExternals } from './main-externals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'workbench-scan-'));
try {
  await build({
    entryPoints: [join(root, 'electron/main/main.ts'), join(root, 'electron/main/preload.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // As scripts/build.mjs bundles it: the core finds the import worker beside the bundle, not by import.meta.
    define: { 'import.meta.url': 'undefined' },
    external: mainExternals,
    outdir: join(work, 'app'),
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'dist/renderer/index.html'), join(work, 'app', 'index.html'));
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const report = join(work, 'report.csv');
  // The scanner tries to fetch Electron's release list and translations; offline it says so and goes on.
  const scan = spawnSync(join(root, 'node_modules/.bin/electronegativity'), ['-i', join(work, 'app'), '-e', electronVersion, '-o', report, '-v', 'false'], { encoding: 'utf8' });
  if (scan.status !== 0) {
    console.error(scan.stdout, scan.stderr);
    process.exit(1);
  }
  const findings = readFileSync(report, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([check = '', severity = '', confidence = '', file = '']) => ({ check, severity: severity.replaceAll('"', ''), confidence: confidence.replaceAll('"', ''), file: file.replaceAll('"', '').replace(`${work}/app/`, '') }));
  for (const finding of findings) console.log(`${finding.severity.padEnd(7)} ${finding.confidence.padEnd(10)} ${finding.check} (${finding.file})`);
  const high = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'CRITICAL');
  console.log(`Electronegativity: ${String(findings.length)} findings, ${String(high.length)} of high severity.`);
  if (high.length > 0) process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
