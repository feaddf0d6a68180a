// `cchc validate` on a pull request: the whole example repository (examples/tu-ky,
// every submission) against `--changed` with one changed file, as the generated
// GitHub workflow runs them; and the CI formatters on many findings.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FORMATTERS } from '../dist/render/formatters/index.js';
import { BIN, ROOT, RUNS, compare, report, timeIt } from './lib.mjs';

const repo = join(mkdtempSync(join(tmpdir(), 'cchc-bench-changed-')), 'kho');
cpSync(join(ROOT, 'examples/tu-ky'), repo, { recursive: true });
const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
git('init', '-q', '-b', 'main');
git('-c', 'user.email=b@example.org', '-c', 'user.name=bench', 'add', '.');
git('-c', 'user.email=b@example.org', '-c', 'user.name=bench', 'commit', '-qm', 'base');
git('checkout', '-qb', 'pr');
const changed = join(repo, 'submissions/2024Q4/xa-dai-son.yaml');
writeFileSync(changed, readFileSync(changed, 'utf8') + '\n');

const validate = (label, args) => ({ label, cmd: process.execPath, args: [BIN, 'validate', ...args], cwd: repo, okCodes: [0, 1] });
const rows = compare(
  [
    validate('validate, whole repository (--format github)', ['--format', 'github']),
    validate('validate --changed --base main (1 file changed)', ['--changed', '--base', 'main', '--format', 'github']),
    validate('validate, github + sarif=file', ['--format', 'github', '--format', 'sarif=/dev/null']),
  ],
  RUNS(7, 1),
);
rmSync(dirname(repo), { recursive: true, force: true });

// Formatters alone: 10 000 findings in 500 files.
const fileList = Array.from({ length: 500 }, (_, i) => `submissions/2024Q2/don-vi-${i}.yaml`);
const diagnostics = Array.from({ length: 10_000 }, (_, i) => ({
  severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'info',
  code: ['part-exceeds-whole', 'value-jump', 'missing-value', 'unknown-indicator'][i % 4],
  message: `Số hồ sơ giải quyết đúng hạn (${i}) lớn hơn số hồ sơ đã giải quyết; "trích dẫn" & <thẻ>, 50%`,
  file: fileList[i % 500],
  line: (i % 200) + 1,
  column: 7,
  cell: null,
  path: `/areas/tthc/values/chi-tieu-${i % 50}`,
}));
const result = { files: fileList.length, fileList, diagnostics };
const options = { lang: 'vi', colour: false, root: process.cwd() };
for (const name of ['junit', 'sarif', 'github', 'gitlab']) {
  rows.push(await timeIt(`format ${name}: 10 000 findings, 500 files`, () => FORMATTERS[name](result, options), RUNS(7, 1)));
}
report('validate-changed', rows, []);
