import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BIN, ROOT, cchc } from '../helpers/cli.js';
import { multitoolValidate } from '../helpers/sarif-multitool.js';

/**
 * The bundled example as a real shared repository: `cchc init --from-example
 * tu-ky`, the example's submissions committed, then the generated GitHub
 * workflow's own validation command on a push and on a pull request.
 */
let work: string;
let repo: string;
let shimDir: string;
let workflowCommand: string;

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function runWorkflow(baseRef: string) {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', workflowCommand], {
    cwd: repo,
    env: { ...process.env, NO_COLOR: '1', CCHC_LANG: '', PATH: `${shimDir}:${process.env['PATH']}`, BASE_REF: baseRef },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, annotations: r.stdout.split('\n').filter((l) => l.startsWith('::')), stderr: r.stderr };
}

/**
 * "::warning file=a.yaml,line=3,col=5,title=code::text" → [command, file, line, code];
 * workbook findings have no line and carry the cell in the title ("code (Sheet!A1)").
 */
function key(annotation: string): [string, string, number | null, string] {
  const m = /^::(\w+) file=([^,]+)(?:,line=(\d+))?(?:,col=\d+)?,title=([^ :]+)[^:]*::/.exec(annotation);
  if (!m) throw new Error(`not an annotation: ${annotation}`);
  return [m[1]!, m[2]!, m[3] === undefined ? null : Number(m[3]), m[4]!];
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cchc-e2e-example-'));
  repo = join(work, 'bao-cao-cchc-tu-ky');
  shimDir = join(work, 'bin');
  mkdirSync(shimDir);
  writeFileSync(join(shimDir, 'cchc'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(shimDir, 'cchc'), 0o755);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cchc init --from-example tu-ky → the example in CI', () => {
  it('scaffolds with the example units and the example submissions pass the push check with their known warnings', () => {
    const init = cchc(['init', repo, '--name', 'UBND huyện Tứ Kỳ', '--parent', 'UBND tỉnh Hải Dương', '--place', 'Tứ Kỳ', '--signer', 'Nguyễn Văn An', '--from-example', 'tu-ky']);
    expect(init.code).toBe(0);
    const units = readFileSync(join(repo, 'units.yaml'), 'utf8');
    expect(units.split('\n')[0]).toBe('# yaml-language-server: $schema=./schemas/units.schema.json');
    expect(parseYaml(units)).toEqual(parseYaml(readFileSync(join(ROOT, 'examples/tu-ky/units.yaml'), 'utf8')));
    cpSync(join(ROOT, 'examples/tu-ky/submissions'), join(repo, 'submissions'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'noivu@example.org');
    git(repo, 'config', 'user.name', 'Phòng Nội vụ');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'Báo cáo CCHC năm 2024');
    git(work, 'clone', '-q', '--bare', repo, 'origin.git');
    git(repo, 'remote', 'add', 'origin', join(work, 'origin.git'));
    git(repo, 'fetch', '-q', 'origin');

    const wf = parseYaml(readFileSync(join(repo, '.github/workflows/cchc.yml'), 'utf8')) as { jobs: Record<string, { steps: { id?: string; run?: string }[] }> };
    workflowCommand = Object.values(wf.jobs).flatMap((j) => j.steps).find((s) => s.id === 'validate')!.run!;

    const push = runWorkflow('');
    expect(push.stderr).toBe('');
    expect(push.code).toBe(0);
    // The same findings as validating the example in place, as annotations.
    const expected = JSON.parse(cchc(['validate', '--format', 'json'], { cwd: join(ROOT, 'examples/tu-ky') }).stdout) as {
      diagnostics: { severity: string; file: string; line: number | null; cell: string | null; code: string }[];
    };
    expect(expected.diagnostics.length).toBeGreaterThan(0);
    expect(push.annotations.map(key)).toEqual(
      expected.diagnostics.map((d) => [d.severity === 'info' ? 'notice' : d.severity, d.file, d.cell === null ? d.line : null, d.code]),
    );
    // And the SARIF log of real data passes the Multitool.
    const findings = multitoolValidate(readFileSync(join(repo, 'cchc.sarif'), 'utf8'));
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  it('a pull request that breaks one submission fails on that file alone, at the broken line', () => {
    git(repo, 'checkout', '-qb', 'xa-dai-son-quy-iv');
    const rel = 'submissions/2024Q4/xa-dai-son.yaml';
    const text = readFileSync(join(repo, rel), 'utf8');
    const resolved = Number(/hs-giai-quyet: (\d+)/.exec(text)![1]);
    const broken = text.replace(/hs-dung-han: \d+/, `hs-dung-han: ${resolved + 10}`);
    writeFileSync(join(repo, rel), broken);
    const line = broken.split('\n').findIndex((l) => l.includes('hs-dung-han:')) + 1;
    git(repo, 'commit', '-qam', 'Báo cáo quý IV/2024 của xã Đại Sơn');

    const pr = runWorkflow('main');
    expect(pr.code).toBe(1);
    const keys = pr.annotations.map(key);
    expect(keys).toContainEqual(['error', rel, line, 'part-exceeds-whole']);
    expect(new Set(keys.map((k) => k[1]))).toEqual(new Set([rel]));
  });
});
