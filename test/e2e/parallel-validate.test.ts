import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cchc } from '../helpers/cli.js';
import { BASE_REPO, tempRepo } from '../helpers/fixture-repo.js';

const UNITS = 130; // × 2 quarters = 260 files, spread over two threads with --jobs 2

/** Variations of the base repository's submission, one kind of finding each. */
const VARIANTS: Array<(text: string, unit: string) => string> = [
  (t) => t,
  (t) => t.replace('hs-dung-han: 396', 'hs-dung-han: 401'), // part larger than its whole
  (t) => t.replace('hs-qua-han: 4', 'hs-qua-han: 4\n      hs-qua-han: 5'), // duplicate key
  (t) => t.replace('tthc-cong-khai: 120', 'tthc-cong-khia: 120'), // unknown indicator
  (t) => t.replace('hs-tiep-nhan: 410', 'hs-tiep-nhan: 4100'), // value jump (warning) and parts-sum error
  (t) => t.replace('areas:', 'areas: [\n'), // broken YAML
  (t, unit) => t.replace(`unit: ${unit}`, 'unit: xa-khong-co'), // unknown unit, file name mismatch
  (t) => t.replace('submitted: "2024-06-10"', 'submitted: "2024-02-30"'), // impossible date
  () => '\u0000\u0001binary',
];

function bigRepository(): string {
  const q1 = readFileSync(join(BASE_REPO, 'submissions/2024Q1/xa-an-binh.yaml'), 'utf8');
  const q2 = readFileSync(join(BASE_REPO, 'submissions/2024Q2/xa-an-binh.yaml'), 'utf8');
  const files: Record<string, string> = {};
  const units: string[] = ['units:', '  - { id: phong-noi-vu, name: Phòng Nội vụ, kind: department, leads: [chi-dao, to-chuc, cong-vu] }'];
  for (let i = 0; i < UNITS; i++) {
    const unit = `xa-so-${String(i).padStart(3, '0')}`;
    units.push(`  - { id: ${unit}, name: Xã Số ${i}, kind: commune }`);
    files[`submissions/2024Q1/${unit}.yaml`] = q1.replaceAll('xa-an-binh', unit);
    files[`submissions/2024Q2/${unit}.yaml`] = VARIANTS[i % VARIANTS.length]!(q2.replaceAll('xa-an-binh', unit), unit);
  }
  files['units.yaml'] = `${units.join('\n')}\n`;
  return tempRepo(files);
}

describe('cchc validate on worker threads', () => {
  const root = bigRepository();

  it('gives exactly the output of a single-threaded run (JSON and stylish, vi and en)', () => {
    for (const args of [['--format', 'json'], ['--lang', 'en'], []]) {
      const single = cchc(['validate', '--jobs', '1', ...args], { cwd: root });
      const parallel = cchc(['validate', '--jobs', '2', ...args], { cwd: root });
      expect(single.code).toBe(1);
      expect(single.stderr).toBe('');
      expect(parallel.stdout).toBe(single.stdout);
      expect(parallel.code).toBe(single.code);
      expect(parallel.stderr).toBe(single.stderr);
    }
  });

  it('uses the worker threads it was asked for (CCHC_DEBUG says so)', () => {
    const parallel = cchc(['validate', '--jobs', '2', '--format', 'json'], { cwd: root, env: { CCHC_DEBUG: '1' } });
    expect(parallel.stderr).toContain(`checking ${UNITS * 2 + 2} files on 2 worker threads`);
    const single = cchc(['validate', '--jobs', '1', '--format', 'json'], { cwd: root, env: { CCHC_DEBUG: '1' } });
    expect(single.stderr).not.toContain('worker threads');
  });

  it('covers every kind of finding in the batch (the comparison means something)', () => {
    const out = JSON.parse(cchc(['validate', '--jobs', '2', '--format', 'json'], { cwd: root }).stdout) as {
      files: number;
      diagnostics: { code: string; file: string }[];
    };
    expect(out.files).toBe(UNITS * 2 + 2); // and the base repository's own two
    const codes = new Set(out.diagnostics.map((d) => d.code));
    for (const code of ['part-exceeds-whole', 'yaml-duplicate-key', 'unknown-indicator', 'value-jump', 'yaml-syntax', 'unknown-unit', 'invalid-date', 'file-binary']) {
      expect(codes).toContain(code);
    }
    // In file order, as a single thread reports them.
    const files = out.diagnostics.map((d) => d.file);
    expect(files).toEqual([...files].sort());
  });

  it('refuses a bad --jobs value with exit 2', () => {
    const r = cchc(['validate', '--jobs', 'many'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs');
  });
});
