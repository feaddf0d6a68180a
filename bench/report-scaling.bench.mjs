// Report scaling: `cchc report --period 2024Q2` (Word and Excel) for 1,000 and
// for 10,000 units (each with four quarters of submissions: 4,000 and 40,000
// files, all read and checked as the command does). Goals: 10× the units in
// ≤ 12× the time; peak memory (process, worker threads included) under 1 GB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRepository } from './generate.mjs';
import { BIN, RUNS, compare, report } from './lib.mjs';

const out = mkdtempSync(join(tmpdir(), 'cchc-bench-report-'));
const small = await generateRepository({ units: 1000 });
const large = await generateRepository({ units: 10000 });
const args = (n) => [BIN, 'report', '--period', '2024Q2', '--format', 'docx,xlsx', '--out', join(out, String(n))];
const rows = compare(
  [
    { label: 'cchc report 2024Q2, 1,000 units (4,000 files)', cmd: process.execPath, args: args(1000), cwd: small.root, peak: true },
    { label: 'cchc report 2024Q2, 10,000 units (40,000 files)', cmd: process.execPath, args: args(10000), cwd: large.root, peak: true },
  ],
  RUNS(3, 1),
  { warmup: 0 },
);
rmSync(out, { recursive: true, force: true });
const [one, ten] = rows;
report('report-scaling', rows, [
  { label: 'time(10,000 units) / time(1,000 units)', value: ten.medianMs / one.medianMs, goal: 12 },
  { label: 'peak memory at 10,000 units, GB', value: ten.peakMb / 1024, goal: 1 },
]);
