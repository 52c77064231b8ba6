// The hostile corpus of the importer, for `npm run bench`: each file is refused in a process of its own, timed
// and its peak memory taken, beside the practical limit measured the same way in the same run (reading the file
// and taking its checksum, the least any import does). Called from tests/bench/main.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileFiles } from '../helpers/hostile-files';

type Measured = { ms: number; peakMb: number; said: string };

function measure(path: string, mode: 'floor' | 'import'): Measured {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('tests', 'bench', 'hostile-case.ts'), path, mode], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  const parsed: unknown = JSON.parse(line === '' ? '{}' : line);
  if (typeof parsed !== 'object' || parsed === null || !('ms' in parsed) || !('peakMb' in parsed) || !('said' in parsed)) throw new Error(`the hostile case ${path} failed: ${run.stderr}`);
  return { ms: Number(parsed.ms), peakMb: Number(parsed.peakMb), said: String(parsed.said) };
}

export function hostileBench(): void {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-hostile-'));
  const corpus = [
    ['zip bomb: a small workbook unpacking to 2 GB', () => hostileFiles.zipBomb(2048)],
    ['zip bomb lying about its sizes (200 MB)', () => hostileFiles.lyingZipBomb(200)],
    ['one shared string of 400 million characters', () => hostileFiles.hugeSharedString(400)],
    ['one shared string of 90 million characters', () => hostileFiles.hugeSharedString(90)],
    ['300 sheets', () => hostileFiles.manySheets(300)],
    ['3.1 million cells', () => hostileFiles.manyCells(3_100_000)],
    ['a 1 MB line of CSV', () => hostileFiles.longLine(1_000_000)],
    ['300,000 rows of CSV', () => hostileFiles.manyRows(300_000)],
  ] as const;
  console.log('hostile file                                  size      ours: time   peak memory   floor: time   peak memory   refused with');
  for (const [label, make] of corpus) {
    const file = make();
    const path = join(dir, file.fileName);
    writeFileSync(path, file.bytes);
    const ours = measure(path, 'import');
    const floor = measure(path, 'floor');
    const size = `${(file.bytes.length / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `${label.padEnd(45)} ${size.padStart(8)}   ${ours.ms.toFixed(0).padStart(7)} ms   ${ours.peakMb.toFixed(0).padStart(7)} MB   ${floor.ms.toFixed(0).padStart(7)} ms   ${floor.peakMb.toFixed(0).padStart(7)} MB   ${ours.said}`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}
