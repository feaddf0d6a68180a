import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cchc } from '../helpers/cli.js';

/** Committed reports must change only when their inputs change; `--check` says whether they still match. */
let repo: string;

beforeAll(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'cchc-e2e-report-')), 'kho');
  cpSync(join(ROOT, 'test/fixtures/ci-repo'), repo, { recursive: true });
});
afterAll(() => rmSync(join(repo, '..'), { recursive: true, force: true }));

const FORMAT = 'docx,xlsx,json';

function outputs(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

describe('reproducible reports', () => {
  it('two runs on the same inputs write identical bytes', () => {
    const first = cchc(['report', '--period', '2024Q2', '--format', FORMAT, '--out', 'a'], { cwd: repo });
    expect(first.code).toBe(0);
    const second = cchc(['report', '--period', '2024Q2', '--format', FORMAT, '--out', 'b'], { cwd: repo, env: { TZ: 'Asia/Ho_Chi_Minh' } });
    expect(second.code).toBe(0);
    const a = outputs(join(repo, 'a'));
    const b = outputs(join(repo, 'b'));
    expect([...a.keys()].sort()).toEqual(['bao-cao-cchc-2024Q2.docx', 'bao-cao-cchc-2024Q2.json', 'bao-cao-cchc-2024Q2.xlsx']);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  });

  it('--check: 0 when the saved reports match, 1 when an input changed or a report is missing; writes nothing', () => {
    const out = join(repo, 'a');
    const before = statSync(join(out, 'bao-cao-cchc-2024Q2.docx')).mtimeMs;
    const same = cchc(['report', '--period', '2024Q2', '--format', FORMAT, '--out', 'a', '--check'], { cwd: repo });
    expect(same.stdout).toBe(
      [
        '  khớp     a/bao-cao-cchc-2024Q2.docx',
        '  khớp     a/bao-cao-cchc-2024Q2.xlsx',
        '  khớp     a/bao-cao-cchc-2024Q2.json',
        'Các báo cáo đã lưu khớp với số liệu hiện tại.',
        '',
      ].join('\n'),
    );
    expect(same.code).toBe(0);

    const file = join(repo, 'submissions/2024Q2/xa-binh-minh.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('hscv-tong: 1500', 'hscv-tong: 1400'));
    const stale = cchc(['report', '--period', '2024Q2', '--format', FORMAT, '--out', 'a', '--check', '--lang', 'en'], { cwd: repo });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('  differs  a/bao-cao-cchc-2024Q2.docx');
    expect(stale.stdout).toContain('  differs  a/bao-cao-cchc-2024Q2.json');
    expect(stale.stdout).toContain('3 report files do not match the current data; run "cchc report --period 2024Q2 --out a" again');
    expect(statSync(join(out, 'bao-cao-cchc-2024Q2.docx')).mtimeMs).toBe(before);

    const missing = cchc(['report', '--period', '2024Q2', '--format', FORMAT, '--out', 'khong-co', '--check'], { cwd: repo });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('  chưa có  khong-co/bao-cao-cchc-2024Q2.xlsx');
    expect(readdirSync(repo)).not.toContain('khong-co');
  });

  it('a malformed SOURCE_DATE_EPOCH is a usage error', () => {
    const r = cchc(['report', '--period', '2024Q2', '--format', FORMAT, '--out', 'c'], { cwd: repo, env: { SOURCE_DATE_EPOCH: 'hôm nay' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cchc: .*SOURCE_DATE_EPOCH.*"hôm nay"/);
  });
});
