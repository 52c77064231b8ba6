// One hostile file's refusal, measured in a process of its own so that its peak memory is its own: called by
// tests/bench/hostile-bench.ts as `node --import tsx tests/bench/hostile-case.ts <file> <floor|import>`. Prints
// one line of JSON: the time taken, the process's peak memory, and what the import said.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { planImport } from '../../electron/core/import/plan-import';
import { migrations } from '../../electron/core/db/migrations/migrations';

const [path = '', mode = 'import'] = process.argv.slice(2);
// The modules are loaded and an empty committee database made before the clock starts: what is measured is
// the reading of the file.
const bytes = new Uint8Array(readFileSync(path));
const db = new Database(':memory:');
for (const migration of migrations) {
  db.exec(migration.sql);
  migration.after?.(db);
}
const start = performance.now();
let said: string;
if (mode === 'floor') {
  // The least any import does with a file: read it and take its checksum.
  said = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
} else {
  const plan = planImport(db, [{ fileName: path, bytes, options: {} }], '2026-Q4');
  said = plan.files[0]?.preview.errors[0]?.code ?? 'accepted';
}
const ms = performance.now() - start;
// The high-water mark of this process's memory. Linux keeps getrusage's maximum across fork and exec (a
// child starts with its parent's), so its own VmHWM is read where there is one.
const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
const hwm = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
console.log(JSON.stringify({ ms, peakMb: (hwm === undefined ? process.resourceUsage().maxRSS : Number(hwm)) / 1024, said }));
