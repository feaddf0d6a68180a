#!/usr/bin/env node
// Start-up cost of Excel support: `cchc validate` on one YAML submission (exceljs must not load)
// against one .xlsx submission (exceljs loads in the reader's worker), and the import of exceljs
// alone. Wall-clock medians of N runs of the built CLI.
//
//   npm run build && node bench/xlsx-startup.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/cchc');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const RUNS = Number(values.runs);

const repo = mkdtempSync(join(tmpdir(), 'cchc-bench-xlsx-'));
cpSync(join(ROOT, 'test/fixtures/base-repo'), repo, { recursive: true });
const made = spawnSync(process.execPath, [BIN, 'template', '--unit', 'tt-trung-tam', '--period', '2024Q2', '--out', 'submissions/2024Q2/tt-trung-tam.xlsx'], {
  cwd: repo,
  encoding: 'utf8',
});
if (made.status !== 0) throw new Error(made.stderr);

function time(args, { env = {}, cwd = repo, ok = [0, 1] } = {}) {
  const samples = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (!ok.includes(r.status)) throw new Error(`${args.join(' ')}: exit ${r.status} ${r.stderr}`);
    if (i > 0) samples.push(ms); // the first run warms the file cache
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0] };
}

const rows = [
  ['node (empty script)', time(['-e', '0'], { ok: [0] })],
  ['node importing exceljs', time(['--input-type=module', '-e', "await import('exceljs')"], { cwd: ROOT, ok: [0] })],
  ['cchc validate 1 YAML (no exceljs)', time([BIN, 'validate', 'submissions/2024Q2/xa-an-binh.yaml'])],
  ['cchc validate 1 xlsx (exceljs in worker)', time([BIN, 'validate', 'submissions/2024Q2/tt-trung-tam.xlsx'])],
  ['cchc validate both', time([BIN, 'validate', 'submissions/2024Q2'])],
];
console.log(`median / min of ${RUNS} runs (ms), node ${process.version}`);
for (const [name, t] of rows) console.log(`${name.padEnd(42)} ${t.median.toFixed(0).padStart(6)} ${t.min.toFixed(0).padStart(6)}`);
