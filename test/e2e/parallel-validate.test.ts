import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cchc } from '../helpers/cli.js';
import { BASE_REPO, tempRepo } from '../helpers/fixture-repo.js';

// × two quarters, plus halves, copies and the base repository's own files: about
// 1,100 files, some 70 chunks for the threads to share. (How many threads a run
// takes by default depends on the batch and the machine's load: thread-count.test.ts.)
const UNITS = 520;

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
  (t) => t.replace('hs-truc-tuyen: 190', 'hs-truc-tuyen: "190"'), // schema error, rest still checked
];

function bigRepository(): { root: string; files: number } {
  const q1 = readFileSync(join(BASE_REPO, 'submissions/2024Q1/xa-an-binh.yaml'), 'utf8');
  const q2 = readFileSync(join(BASE_REPO, 'submissions/2024Q2/xa-an-binh.yaml'), 'utf8');
  const files: Record<string, string> = {};
  const units: string[] = ['units:', '  - { id: phong-noi-vu, name: Phòng Nội vụ, kind: department, leads: [chi-dao, to-chuc, cong-vu] }'];
  const unitId = (i: number) => `xa-so-${String(i).padStart(3, '0')}`;
  for (let i = 0; i < UNITS; i++) {
    const unit = unitId(i);
    units.push(`  - { id: ${unit}, name: Xã Số ${i}, kind: commune }`);
    if (i % 23 !== 5) files[`submissions/2024Q1/${unit}.yaml`] = q1.replaceAll('xa-an-binh', unit); // some without a previous quarter
    files[`submissions/2024Q2/${unit}.yaml`] = VARIANTS[i % VARIANTS.length]!(q2.replaceAll('xa-an-binh', unit), unit);
    // Halves: checked against the unit's quarters (sub-period sums), some agreeing, some not.
    if (i % 7 === 0) {
      const half = q2.replaceAll('xa-an-binh', unit).replace('period: 2024Q2', 'period: 2024S1').replace('hs-tiep-nhan: 410', `hs-tiep-nhan: ${i % 2 ? 810 : 800}`);
      files[`submissions/2024S1/${unit}.yaml`] = half;
    }
  }
  // Files whose unit is another unit's (context read across units), and duplicates in two formats.
  for (let i = 3; i < UNITS; i += 97) {
    files[`submissions/2024Q2/ban-sao-${i}.yaml`] = q2.replaceAll('xa-an-binh', unitId(i + 1)).replace('hs-tiep-nhan: 410', 'hs-tiep-nhan: 2900');
    files[`submissions/2024Q2/${unitId(i + 2)}.yml`] = q2.replaceAll('xa-an-binh', unitId(i + 2));
  }
  files['units.yaml'] = `${units.join('\n')}\n`;
  return { root: tempRepo(files), files: Object.keys(files).length - 1 + 2 }; // not units.yaml; and the base repository's two
}

describe('cchc validate on several threads', () => {
  const { root, files } = bigRepository();

  it('gives exactly the output of a single-threaded run (JSON, stylish, vi and en; default, 2 and 3 threads)', () => {
    for (const args of [['--format', 'json'], ['--lang', 'en'], []]) {
      const single = cchc(['validate', '--jobs', '1', ...args], { cwd: root });
      expect(single.code).toBe(1);
      expect(single.stderr).toBe('');
      for (const jobs of args.length === 2 && args[0] === '--format' ? [[], ['--jobs', '2'], ['--jobs', '3']] : [[]]) {
        const parallel = cchc(['validate', ...jobs, ...args], { cwd: root });
        expect(parallel.stdout).toBe(single.stdout);
        expect(parallel.code).toBe(single.code);
        expect(parallel.stderr).toBe(single.stderr);
      }
    }
  });

  it('gives the same output from the module build, whose threads load the modules', () => {
    const single = cchc(['validate', '--jobs', '1', '--format', 'json'], { cwd: root });
    const modular = cchc(['validate', '--jobs', '2', '--format', 'json'], { cwd: root, env: { CCHC_MODULE_BUILD: '1', CCHC_DEBUG: '1' } });
    expect(modular.stderr).toContain(`checking ${files} files on 2 threads`);
    expect(modular.stdout).toBe(single.stdout);
  });

  it('uses the threads it was asked for, and shares the chunks between them (CCHC_DEBUG says so)', () => {
    const two = cchc(['validate', '--jobs', '2', '--format', 'json'], { cwd: root, env: { CCHC_DEBUG: '1' } });
    expect(two.stderr).toContain(`checking ${files} files on 2 threads`);
    const mine = /this thread checked (\d+) of (\d+) chunks/.exec(two.stderr);
    expect(mine).not.toBeNull();
    expect(Number(mine![1])).toBeLessThanOrEqual(Number(mine![2]));
    const single = cchc(['validate', '--jobs', '1', '--format', 'json'], { cwd: root, env: { CCHC_DEBUG: '1' } });
    expect(single.stderr).not.toContain('threads');
  });

  it('covers every kind of finding in the batch (the comparison means something)', () => {
    const out = JSON.parse(cchc(['validate', '--jobs', '2', '--format', 'json'], { cwd: root }).stdout) as {
      files: number;
      diagnostics: { code: string; file: string }[];
    };
    expect(out.files).toBe(files);
    const codes = new Set(out.diagnostics.map((d) => d.code));
    for (const code of [
      'part-exceeds-whole',
      'yaml-duplicate-key',
      'unknown-indicator',
      'value-jump',
      'yaml-syntax',
      'unknown-unit',
      'invalid-date',
      'file-binary',
      'sub-period-mismatch',
      'file-name-mismatch',
      'duplicate-submission',
    ]) {
      expect(codes).toContain(code);
    }
    // A jump against another unit's previous quarter, read as context by whichever thread checks the copy.
    expect(out.diagnostics.some((d) => d.code === 'value-jump' && d.file.includes('ban-sao-'))).toBe(true);
    // In file order, as a single thread reports them.
    const order = out.diagnostics.map((d) => d.file);
    expect(order).toEqual([...order].sort());
  });

  it('refuses a bad --jobs value with exit 2', () => {
    const r = cchc(['validate', '--jobs', 'many'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs');
  });
});
