// `cchc validate` on a pull request: the whole example repository (examples/tu-ky,
// every submission) against `--changed` with one changed file, as the generated
// GitHub workflow runs them; and the CI formatters on many findings.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMATTERS } from '../dist/render/formatters/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/cchc');
const repo = join(mkdtempSync(join(tmpdir(), 'cchc-bench-changed-')), 'kho');
cpSync(join(root, 'examples/tu-ky'), repo, { recursive: true });
const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
git('init', '-q', '-b', 'main');
git('-c', 'user.email=b@example.org', '-c', 'user.name=bench', 'add', '.');
git('-c', 'user.email=b@example.org', '-c', 'user.name=bench', 'commit', '-qm', 'base');
git('checkout', '-qb', 'pr');
const changed = join(repo, 'submissions/2024Q4/xa-dai-son.yaml');
writeFileSync(changed, readFileSync(changed, 'utf8') + '\n');

function time(label, fn, runs = 7) {
  fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(52)} median ${ms[Math.floor(runs / 2)].toFixed(1)} ms  (min ${ms[0].toFixed(1)}, max ${ms.at(-1).toFixed(1)})`);
}

const run = (args) => () => {
  const r = spawnSync(process.execPath, [bin, 'validate', ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
};
time('validate, whole repository (--format github)', run(['--format', 'github']));
time('validate --changed --base main (1 file changed)', run(['--changed', '--base', 'main', '--format', 'github']));
time('validate, github + sarif=file', run(['--format', 'github', '--format', 'sarif=/dev/null']));
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
  time(`format ${name}: 10 000 findings, 500 files`, () => FORMATTERS[name](result, options));
}
