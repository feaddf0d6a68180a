// Consolidation speed, in this process, on the synthetic repository of
// bench/generate.mjs (N units × 4 quarters, every reportable indicator filled)
// held in memory as the checks hand it over.
import { consolidate } from '../dist/consolidate/consolidate.js';
import { syntheticRepository } from './generate.mjs';
import { report, timeIt } from './lib.mjs';

const config = { due: { quarter: 12, half: 12, year: 10 }, cutoffDay: 14, baselines: { 2021: { 'dv-sncl': 45, 'bc-sncl': 900 } } };
const rows = [];
for (const n of [30, 300]) {
  const { plan, units, submissions } = await syntheticRepository(n);
  for (const period of ['2024Q2', '2024S1', '2024']) {
    rows.push(await timeIt(`${n} units, ${submissions.length} files, ${period}`, () => consolidate({ plan, config, units, submissions, period })));
  }
}
report('consolidate', rows, []);
