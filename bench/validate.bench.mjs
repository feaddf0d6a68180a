// Throughput: `cchc validate` of 1,000 and 10,000 YAML submissions against
//  - the floor: a script that only reads and parses the same files with the
//    `yaml` package (bench/floor-yaml.mjs, one thread);
//  - ajv-cli 5 validating the same files against the generated submission
//    schema (--spec=draft2020), which checks far less (no rules, no positions).
// Goals: ≤ 2× the floor, faster than ajv-cli. Also shown: parsing alone with
// js-yaml 3 (what ajv-cli uses; YAML 1.1 rules, so not usable by cchc).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRepository } from './generate.mjs';
import { BENCH_DIR, BIN, ROOT, RUNS, compare, report } from './lib.mjs';

const AJV = join(ROOT, 'node_modules/ajv-cli/dist/index.js');
const SCHEMA = join(ROOT, 'schemas/submission.schema.json');

for (const [units, runs] of [
  [250, RUNS(5, 1)],
  [2500, RUNS(3, 1)],
]) {
  const repo = await generateRepository({ units });
  const list = join(repo.root, 'files.txt');
  writeFileSync(list, `${repo.files.join('\n')}\n`);
  const n = repo.files.length;
  console.log(`  ${n} submissions (${units} units × 4 quarters)`);
  const rows = compare(
    [
      { label: `floor: read + parse with yaml (${n} files)`, cmd: process.execPath, args: [join(BENCH_DIR, 'floor-yaml.mjs'), list] },
      {
        label: `read + parse with js-yaml 3, YAML 1.1 (${n} files)`,
        cmd: process.execPath,
        args: [join(BENCH_DIR, 'floor-yaml.mjs'), list, 'js-yaml'],
      },
      { label: `cchc validate (${n} files)`, cmd: process.execPath, args: [BIN, 'validate'], cwd: repo.root },
      { label: `cchc validate --jobs 1 (${n} files, one thread)`, cmd: process.execPath, args: [BIN, 'validate', '--jobs', '1'], cwd: repo.root },
      {
        label: `ajv-cli --spec=draft2020 (${n} files)`,
        cmd: process.execPath,
        args: [AJV, 'validate', '--spec=draft2020', '--strict=false', '-s', SCHEMA, '-d', 'submissions/*/*.yaml'],
        cwd: repo.root,
      },
    ],
    runs,
  );
  const [floor, jsYaml, cchc, single, ajv] = rows;
  report(`validate-${n}`, rows, [
    { label: `cchc / floor (${n} files)`, value: cchc.medianMs / floor.medianMs, goal: 2 },
    { label: `cchc --jobs 1 / floor (${n} files)`, value: single.medianMs / floor.medianMs },
    { label: `cchc / ajv-cli (${n} files)`, value: cchc.medianMs / ajv.medianMs, goal: 1 },
    { label: `cchc / js-yaml 3 parse only (${n} files)`, value: cchc.medianMs / jsYaml.medianMs },
  ]);
}
