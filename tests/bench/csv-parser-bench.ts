// Our CSV reader beside csv-parse, the maintained parser it is tested against, on the same text: 300,000 lines
// of a Czech quarterly export. Called from tests/bench/main.ts.
import { parse } from 'csv-parse/sync';
import { performance } from 'node:perf_hooks';
import { parseCsv } from '../../electron/core/import/parse-csv';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function csvParserBench(): { label: string; ours: number; limit: number } {
  const lines = ['service;quarter;referrals;engaged;served;worked;job_starts;sustained_13w;in_education;sheltered;ended_employed;ended_unemployed;es_fte'];
  for (let index = 0; index < 300_000; index += 1) lines.push(`"Služba ${String(index % 625)}";2026-Q${String((index % 4) + 1)};12;10;40;16;4;2;2;1;1;1;1,5`);
  const text = `${lines.join('\r\n')}\r\n`;
  const time = (work: () => unknown) =>
    median(
      [0, 1, 2].map(() => {
        const start = performance.now();
        work();
        return performance.now() - start;
      }),
    );
  // csv-parse as the importer would need it: rows of any width, quotes inside cells allowed, and each row's
  // line number (for messages that name the row), which its `info` option gives.
  const limit = time(() => parse(text, { delimiter: ';', relax_quotes: true, relax_column_count: true, info: true }));
  const ours = time(() => parseCsv(text, ';'));
  return { label: 'CSV parse, 300,000 lines (limit: csv-parse)', ours, limit };
}
