import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { XMLParser } from 'fast-xml-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { BIN, ROOT, cchc } from '../helpers/cli.js';
import { embeddedSarifSchema } from '../helpers/sarif-multitool.js';

/**
 * The IT officer's path: `cchc init`, git, the units' submissions, then exactly
 * the commands the generated CI files run, on a push and on a pull request
 * that breaks one submission.
 */
let work: string;
let repo: string;
let shimDir: string;

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

interface Step {
  id?: string;
  name?: string;
  run?: string;
  env?: Record<string, string>;
  uses?: string;
}

/** Runs a CI script as the runners do (bash, stop on the first failing command) with `cchc` on the PATH. */
function runScript(script: string, env: Record<string, string>) {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: repo,
    env: { ...process.env, NO_COLOR: '1', CCHC_LANG: '', PATH: `${shimDir}:${process.env['PATH']}`, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function githubValidateStep(): Step {
  const wf = parseYaml(readFileSync(join(repo, '.github/workflows/cchc.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  return Object.values(wf.jobs).flatMap((j) => j.steps).find((s) => s.id === 'validate')!;
}

function annotations(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::'));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cchc-e2e-init-'));
  repo = join(work, 'bao-cao-cchc');
  // The release tarball already in the repository, where --cchc-source names it (init checks it is cchc).
  mkdirSync(join(repo, 'tools'), { recursive: true });
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', join(repo, 'tools')], { cwd: ROOT, stdio: 'ignore' });
  // What "npm install -g" would put on the PATH.
  shimDir = join(work, 'bin');
  mkdirSync(shimDir);
  writeFileSync(join(shimDir, 'cchc'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(shimDir, 'cchc'), 0o755);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cchc init → git → CI', () => {
  it('scaffolds the repository and says what it created', () => {
    const r = cchc(['init', repo, '--name', 'Ủy ban nhân dân huyện Thử Nghiệm', '--parent', 'UBND tỉnh Mẫu', '--place', 'Thử Nghiệm', '--signer', 'Nguyễn Văn An', '--cchc-source', './tools/cchc-0.1.0.tgz']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const f of ['cchc.yaml', 'units.yaml', 'submissions/README.md', '.gitignore', '.github/workflows/cchc.yml', '.gitlab-ci.yml', '.vscode/settings.json', 'README.md', 'schemas/submission.schema.json']) {
      expect(r.stdout).toContain(`tạo     ${f}`);
      expect(existsSync(join(repo, f))).toBe(true);
    }
    const config = parseYaml(readFileSync(join(repo, 'cchc.yaml'), 'utf8')) as { body: Record<string, string> };
    expect(config.body).toMatchObject({ name: 'ỦY BAN NHÂN DÂN HUYỆN THỬ NGHIỆM', parent: 'UBND TỈNH MẪU', shortName: 'UBND huyện Thử Nghiệm', place: 'Thử Nghiệm' });
    const settings = JSON.parse(readFileSync(join(repo, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']['./schemas/submission.schema.json']).toContain('submissions/**/*.yaml');
    const wf = readFileSync(join(repo, '.github/workflows/cchc.yml'), 'utf8');
    expect(wf).toContain("CCHC_PACKAGE: ${{ vars.CCHC_PACKAGE || './tools/cchc-0.1.0.tgz' }}");
    expect(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')).toContain('CCHC_PACKAGE: "./tools/cchc-0.1.0.tgz"');
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toContain('# Kho báo cáo cải cách hành chính — UBND huyện Thử Nghiệm');
  });

  it('never overwrites: a second run skips every file and keeps edits', () => {
    writeFileSync(join(repo, 'README.md'), 'sửa tay\n');
    const r = cchc(['init', repo, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('skipped  README.md (exists, left as it is)');
    expect(r.stdout).toContain('0 files created, 14 existing files left as they were.');
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toBe('sửa tay\n');
    rmSync(join(repo, 'README.md'));
    expect(cchc(['init', repo]).stdout).toContain('1 tệp mới, 13 tệp đã có được giữ nguyên.');
  });

  it('the generated workflow files are valid YAML and run on push and pull request', () => {
    const wf = parseYaml(readFileSync(join(repo, '.github/workflows/cchc.yml'), 'utf8')) as { on: Record<string, unknown> };
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const steps = githubValidateStep();
    expect(steps.run).toContain('cchc validate --format github --format sarif=cchc.sarif');
    const gl = parseYaml(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')) as Record<string, { artifacts?: { reports: Record<string, string> } }>;
    expect(gl['cchc-validate']!.artifacts!.reports).toEqual({ codequality: 'gl-code-quality-report.json', junit: 'cchc-junit.xml' });
  });

  it('push: the workflow command passes on good submissions and writes a valid SARIF log', () => {
    cpSync(join(ROOT, 'test/fixtures/ci-repo/units.yaml'), join(repo, 'units.yaml'));
    cpSync(join(ROOT, 'test/fixtures/ci-repo/submissions'), join(repo, 'submissions'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'cntt@example.org');
    git(repo, 'config', 'user.name', 'Cán bộ CNTT');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'Khởi tạo kho báo cáo CCHC');
    // A remote, as on GitHub: pull requests compare with origin/<base>.
    git(work, 'clone', '-q', '--bare', repo, 'origin.git');
    git(repo, 'remote', 'add', 'origin', join(work, 'origin.git'));
    git(repo, 'fetch', '-q', 'origin');

    const step = githubValidateStep();
    const r = runScript(step.run!, { BASE_REF: '' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The fixture's one deliberate warning (a value five times the previous quarter's).
    expect(annotations(r.stdout)).toEqual([
      expect.stringMatching(/^::warning file=submissions\/2024Q2\/xa-binh-minh\.yaml,line=25,col=26,title=value-jump::/),
    ]);
    const sarif = JSON.parse(readFileSync(join(repo, 'cchc.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(1);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    expect(ajv.validate(embeddedSarifSchema(), sarif)).toBe(true);
    expect(git(repo, 'status', '--porcelain')).toBe(''); // cchc.sarif is ignored
  });

  it('pull request: a broken submission fails with an annotation on its line; --changed reports only that file', () => {
    git(repo, 'checkout', '-qb', 'bao-cao-xa-an-binh');
    const file = join(repo, 'submissions/2024Q2/xa-an-binh.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('tthc-cong-khai: 120', 'tthc-cong-khai: 130'));
    const line = text.split('\n').findIndex((l) => l.includes('tthc-cong-khai')) + 1;
    git(repo, 'commit', '-qam', 'Báo cáo quý II/2024 của xã An Bình');

    const step = githubValidateStep();
    const pr = runScript(step.run!, { BASE_REF: 'main' });
    expect(pr.code).toBe(1);
    expect(annotations(pr.stdout)).toEqual([
      `::error file=submissions/2024Q2/xa-an-binh.yaml,line=${line},col=23,title=part-exceeds-whole::"Số thủ tục hành chính được công khai đầy đủ, kịp thời, đúng quy định" (130) lớn hơn "Số thủ tục hành chính thuộc thẩm quyền giải quyết" (120); số bộ phận không thể vượt tổng số.`,
    ]);
    expect(pr.stdout).toContain('trong 1 tệp');

    // The push run of the same commit checks everything: the error and the old warning.
    const push = runScript(step.run!, { BASE_REF: '' });
    expect(push.code).toBe(1);
    expect(annotations(push.stdout).map((a) => a.slice(0, a.indexOf('::', 2)))).toEqual([
      `::error file=submissions/2024Q2/xa-an-binh.yaml,line=${line},col=23,title=part-exceeds-whole`,
      '::warning file=submissions/2024Q2/xa-binh-minh.yaml,line=25,col=26,title=value-jump',
    ]);
  });

  it('--changed also sees uncommitted and untracked files, and a changed units.yaml means every file', () => {
    const base = ['validate', '--changed', '--base', 'origin/main', '--format', 'json'];
    const files = (r: { stdout: string }) => (JSON.parse(r.stdout) as { files: number }).files;
    expect(files(cchc(base, { cwd: repo }))).toBe(1);
    // A new file not yet added to git.
    mkdirSync(join(repo, 'submissions/2024Q3'));
    writeFileSync(
      join(repo, 'submissions/2024Q3/xa-binh-minh.yaml'),
      readFileSync(join(repo, 'submissions/2024Q2/xa-binh-minh.yaml'), 'utf8').replace('period: 2024Q2', 'period: 2024Q3'),
    );
    expect(files(cchc(base, { cwd: repo }))).toBe(2);
    // An edit not yet committed.
    writeFileSync(join(repo, 'submissions/2024Q1/xa-binh-minh.yaml'), readFileSync(join(repo, 'submissions/2024Q1/xa-binh-minh.yaml'), 'utf8') + '\n');
    // …and the unit's next quarter, which is compared with it (value jumps).
    expect(files(cchc(base, { cwd: repo }))).toBe(4);
    // The unit registry is context for every submission.
    writeFileSync(join(repo, 'units.yaml'), readFileSync(join(repo, 'units.yaml'), 'utf8') + '# thêm ghi chú\n');
    expect(files(cchc(base, { cwd: repo }))).toBe(5);
    git(repo, 'checkout', '-q', '--', '.');
    rmSync(join(repo, 'submissions/2024Q3'), { recursive: true });
  });

  it('--changed with an unknown base, or --base without --changed, is a usage error (exit 2)', () => {
    const r = cchc(['validate', '--changed', '--base', 'origin/khong-co'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cchc: Không tìm thấy tham chiếu git "origin/khong-co" (nhánh, thẻ hoặc commit). Trong CI, hãy lấy đủ lịch sử (fetch-depth: 0).\n');
    expect(cchc(['validate', '--base', 'main'], { cwd: repo }).code).toBe(2);
  });

  it('GitLab: the job script writes a Code Quality report and a JUnit report with the right counts', () => {
    const gl = parseYaml(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script?: string[] }>;
    const r = runScript(gl['cchc-validate']!.script!.join('\n'), {});
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('part-exceeds-whole');
    const quality = JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8')) as { check_name: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    expect(quality.map((q) => [q.check_name, q.severity, q.location.path])).toEqual([
      ['part-exceeds-whole', 'major', 'submissions/2024Q2/xa-an-binh.yaml'],
      ['value-jump', 'minor', 'submissions/2024Q2/xa-binh-minh.yaml'],
    ]);
    const junit = new XMLParser({ ignoreAttributes: false, isArray: (n) => ['testsuite', 'testcase', 'failure'].includes(n) }).parse(
      readFileSync(join(repo, 'cchc-junit.xml'), 'utf8'),
    ) as { testsuites: { testsuite: { '@_tests': string; '@_failures': string; testcase: { '@_name': string; failure?: unknown[] }[] }[] } };
    const suite = junit.testsuites.testsuite[0]!;
    expect(suite['@_tests']).toBe('4');
    expect(suite['@_failures']).toBe('1');
    expect(suite.testcase.filter((c) => c.failure).map((c) => c['@_name'])).toEqual(['submissions/2024Q2/xa-an-binh.yaml']);
  });

  it('the install step refuses to run with an unconfigured source, with a clear message', () => {
    const other = join(work, 'chua-cau-hinh');
    expect(cchc(['init', other]).code).toBe(0);
    const wf = parseYaml(readFileSync(join(other, '.github/workflows/cchc.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
    const install = Object.values(wf.jobs).flatMap((j) => j.steps).find((s) => s.run?.includes('npm install'))!;
    const r = runScript(install.run!, { CCHC_PACKAGE: 'CHUA-CAU-HINH' });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error title=Chưa cấu hình nguồn cài cchc::');
  });

  it('the package ships the init templates (npm drops dotfiles, so they are named dot-*)', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'templates/init/dot-gitignore',
        'templates/init/dot-github/workflows/cchc.yml',
        'templates/init/dot-gitlab-ci.yml',
        'templates/init/dot-vscode/settings.json',
        'templates/init/cchc.yaml',
        'dist/cli/commands/init.js',
      ]),
    );
  });
});
