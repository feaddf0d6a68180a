/**
 * Installation as a district follows it: a release tarball made by `npm pack`,
 * `cchc init --cchc-source` copying it into the new repository (or refusing a
 * path CI would not find), and the generated GitHub workflow's own steps run
 * as CI runs them: install from the tarball with npm, then validate.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cchc, ROOT } from '../helpers/cli.js';

interface Step {
  id?: string;
  name?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

const work = mkdtempSync(join(tmpdir(), 'cchc-install-'));
const repo = join(work, 'gia-loc');
const prefix = join(work, 'npm-global');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const TARBALL = `cchc-${version}.tgz`;
const NAMES = ['--name', 'UBND huyện Gia Lộc', '--parent', 'UBND tỉnh Hải Dương', '--place', 'Gia Lộc', '--signer', 'Nguyễn Văn An'];

beforeAll(() => {
  // The release tarball, from the build the suite runs on (`npm test` builds first; --ignore-scripts
  // so packing does not rebuild dist/ under the other tests).
  mkdirSync(join(work, 'release'));
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', join(work, 'release')], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function steps(): Step[] {
  const wf = parseYaml(readFileSync(join(repo, '.github/workflows/cchc.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  return Object.values(wf.jobs).flatMap((j) => j.steps);
}

/** A workflow step's script as the runner runs it (bash -e), npm's global folder in the test's own place. */
function run(script: string, env: Record<string, string>) {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: repo,
    env: {
      ...process.env,
      NO_COLOR: '1',
      CCHC_LANG: '',
      npm_config_prefix: prefix,
      // The machine's npm cache holds what `npm ci` fetched; the registry is asked only for what it lacks.
      npm_config_prefer_offline: 'true',
      PATH: `${join(prefix, 'bin')}:${process.env['PATH']}`,
      ...env,
    },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('cchc init --cchc-source with a release tarball', () => {
  it('copies the tarball into tools/ and points both CI files at it, on the current Node LTS', () => {
    const r = cchc(['init', repo, ...NAMES, '--from-example', 'tu-ky', '--cchc-source', join('release', TARBALL)], { cwd: work });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`tạo     tools/${TARBALL}`);
    expect(r.stdout).toContain(`CI cài cchc ${version} từ tools/${TARBALL}: đưa tệp này vào git cùng kho.`);
    expect(readFileSync(join(repo, 'tools', TARBALL)).equals(readFileSync(join(work, 'release', TARBALL)))).toBe(true);
    const install = steps().find((s) => s.run?.includes('npm install'))!;
    expect(install.env!['CCHC_PACKAGE']).toBe(`\${{ vars.CCHC_PACKAGE || './tools/${TARBALL}' }}`);
    expect(steps().find((s) => s.with?.['node-version'] !== undefined)!.with!['node-version']).toBe('lts/*');
    const gitlab = parseYaml(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')) as { variables: Record<string, string>; 'cchc-validate': { image: string } };
    expect(gitlab.variables['CCHC_PACKAGE']).toBe(`./tools/${TARBALL}`);
    expect(gitlab['cchc-validate'].image).toBe('node:lts');
  });

  it('CI installs cchc from the tarball with npm and validates the repository with it', () => {
    cpSync(join(ROOT, 'examples/tu-ky/submissions/2024Q2'), join(repo, 'submissions/2024Q2'), { recursive: true });
    const install = run(steps().find((s) => s.run?.includes('npm install'))!.run!, { CCHC_PACKAGE: `./tools/${TARBALL}` });
    expect(install.stderr).not.toMatch(/npm error/);
    expect(install.code).toBe(0);
    expect(install.stdout.trim().split('\n').at(-1)).toBe(version);
    // The cchc on the PATH is the one just installed, not the source clone's.
    expect(run('command -v cchc', {}).stdout.trim()).toBe(join(prefix, 'bin', 'cchc'));
    const validate = run(steps().find((s) => s.id === 'validate')!.run!, { BASE_REF: '' });
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
    expect(validate.stdout).not.toMatch(/^::error/m);
    expect(existsSync(join(repo, 'cchc.sarif'))).toBe(true);
  }, 300_000);

  it('npx runs cchc from the tarball without installing it', () => {
    const r = run(`npx --yes --package ./tools/${TARBALL} cchc --version`, { npm_config_prefix: '' });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  }, 300_000);

  it('a tarball already in the repository is checked and kept where it is', () => {
    const r = cchc(['init', repo, '--cchc-source', `./tools/${TARBALL}`, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 files created');
  });

  it('a path CI would not find, or a file that is not cchc, is refused before anything is written (exit 2)', () => {
    const other = join(work, 'khac');
    const missing = cchc(['init', other, ...NAMES, '--cchc-source', './tools/cchc-9.9.9.tgz'], { cwd: work });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'cchc: Không tìm thấy tệp cài đặt cchc ./tools/cchc-9.9.9.tgz (tìm trong kho mới và thư mục hiện tại). Tạo tệp bằng "npm pack" trong mã nguồn cchc rồi chạy lại lệnh với đường dẫn tới tệp .tgz.\n',
    );
    writeFileSync(join(work, 'bao-cao.tgz'), gzipSync('không phải gói npm'));
    const wrong = cchc(['init', other, ...NAMES, '--cchc-source', 'bao-cao.tgz', '--lang', 'en'], { cwd: work });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('cchc: bao-cao.tgz is not a cchc package (the .tgz file "npm pack" makes in the cchc source).\n');
    expect(existsSync(other)).toBe(false);
  });
});
