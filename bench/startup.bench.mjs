// Start-up: `cchc validate` of one YAML submission against `node -e 0`, the
// cost of starting Node at all. Goal: ≤ 2×.
import { join } from 'node:path';
import { generateRepository } from './generate.mjs';
import { BIN, RUNS, compare, report } from './lib.mjs';

const repo = await generateRepository({ units: 30 });
const one = join('submissions', '2024Q2', 'xa-0001.yaml');
const runs = RUNS(30, 5);
const rows = compare(
  [
    { label: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] },
    { label: 'cchc validate (one YAML file)', cmd: process.execPath, args: [BIN, 'validate', one], cwd: repo.root },
    {
      label: 'cchc validate (one file, module build, no bundle)',
      cmd: process.execPath,
      args: [BIN, 'validate', one],
      cwd: repo.root,
      env: { CCHC_MODULE_BUILD: '1' },
    },
  ],
  runs,
  { warmup: 2 },
);
const [node, cchc, modular] = rows;
report('startup', rows, [
  { label: 'cchc validate one file / node -e 0', value: cchc.medianMs / node.medianMs, goal: 2 },
  { label: '(module build) / node -e 0', value: modular.medianMs / node.medianMs },
]);
