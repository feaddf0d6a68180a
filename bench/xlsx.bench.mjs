// Excel throughput: `cchc validate` of 1,000 filled forms (250 units × 4
// quarters) against a script that only loads the same workbooks with exceljs
// (bench/floor-exceljs.mjs, one thread). Goal: ≤ 1.3×.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateXlsxRepository } from './generate.mjs';
import { BENCH_DIR, BIN, RUNS, compare, report } from './lib.mjs';

const t0 = performance.now();
const repo = await generateXlsxRepository({ units: 250 });
const made = (performance.now() - t0) / 1000;
if (made > 1) console.log(`  (made ${repo.files.length} forms in ${made.toFixed(0)} s)`);
const list = join(repo.root, 'files.txt');
writeFileSync(list, `${repo.files.join('\n')}\n`);
const n = repo.files.length;
const rows = compare(
  [
    { label: `floor: load with exceljs (${n} workbooks)`, cmd: process.execPath, args: [join(BENCH_DIR, 'floor-exceljs.mjs'), list] },
    { label: `cchc validate (${n} workbooks)`, cmd: process.execPath, args: [BIN, 'validate'], cwd: repo.root, peak: true },
    { label: `cchc validate --jobs 1 (${n} workbooks)`, cmd: process.execPath, args: [BIN, 'validate', '--jobs', '1'], cwd: repo.root },
  ],
  RUNS(3, 1),
);
const [floor, cchc, single] = rows;
report(`xlsx-${n}`, rows, [
  { label: `cchc / exceljs load (${n} workbooks)`, value: cchc.medianMs / floor.medianMs, goal: 1.3 },
  { label: `cchc --jobs 1 / exceljs load (${n} workbooks)`, value: single.medianMs / floor.medianMs },
]);
