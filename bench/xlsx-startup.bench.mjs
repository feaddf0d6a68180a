// Start-up cost of Excel support: `cchc validate` on one YAML submission
// (exceljs must not load) against one .xlsx submission (exceljs loads in the
// reader's worker), and the import of exceljs alone.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, RUNS, compare, report } from './lib.mjs';

const repo = mkdtempSync(join(tmpdir(), 'cchc-bench-xlsx-'));
cpSync(join(ROOT, 'test/fixtures/base-repo'), repo, { recursive: true });
const made = spawnSync(process.execPath, [BIN, 'template', '--unit', 'tt-trung-tam', '--period', '2024Q2', '--out', 'submissions/2024Q2/tt-trung-tam.xlsx'], {
  cwd: repo,
  encoding: 'utf8',
});
if (made.status !== 0) throw new Error(made.stderr);

const validate = (label, what) => ({ label, cmd: process.execPath, args: [BIN, 'validate', what], cwd: repo, okCodes: [0, 1] });
const rows = compare(
  [
    { label: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] },
    { label: 'node importing exceljs', cmd: process.execPath, args: ['--input-type=module', '-e', "await import('exceljs')"] },
    validate('cchc validate 1 YAML (no exceljs)', 'submissions/2024Q2/xa-an-binh.yaml'),
    validate('cchc validate 1 xlsx (exceljs in worker)', 'submissions/2024Q2/tt-trung-tam.xlsx'),
    validate('cchc validate both', 'submissions/2024Q2'),
  ],
  RUNS(15, 3),
);
rmSync(repo, { recursive: true, force: true });
report('xlsx-startup', rows, []);
