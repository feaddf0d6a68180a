// The bundled example (examples/tu-ky) through the built CLI: it validates with exactly the deliberate
// warnings its README lists, and a copy with injected errors fails at the right places.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cchc, ROOT } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples/tu-ky');

interface Output {
  files: number;
  diagnostics: { severity: string; code: string; file: string; line: number; column: number; cell: null; path: string }[];
  summary: { errors: number; warnings: number; infos: number };
}

function validateJson(cwd: string): { code: number; out: Output; stderr: string } {
  const r = cchc(['validate', '--format', 'json'], { cwd });
  return { code: r.code, out: JSON.parse(r.stdout) as Output, stderr: r.stderr };
}

/** The "Các cảnh báo cố ý" table of the README: file, line, code. */
function readmeWarnings(): string[] {
  const readme = readFileSync(join(EXAMPLE, 'README.md'), 'utf8');
  return [...readme.matchAll(/^\| `(submissions\/[^`]+)` \| (\d+) \| `([a-z-]+)` \|/gm)].map((m) => `${m[1]}:${m[2]} ${m[3]}`);
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('examples/tu-ky with the built CLI', () => {
  it('validates with exit 0 and exactly the warnings the README lists, at the listed lines', () => {
    const { code, out, stderr } = validateJson(EXAMPLE);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(out.files).toBeGreaterThan(140);
    expect(out.summary.errors).toBe(0);
    expect(out.summary.infos).toBe(0);
    const found = out.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`);
    expect(found.sort()).toEqual(readmeWarnings().sort());
    expect(found.length).toBeGreaterThanOrEqual(4);
  });

  it('cchc status shows the documented late and missing reports', () => {
    const status = cchc(['status', '--period', '2024Q2', '--format', 'json'], { cwd: EXAMPLE });
    expect(status.code, status.stderr).toBe(0);
    const { completeness } = JSON.parse(status.stdout) as { completeness: { expected: number; missing: number; late: number } };
    expect(completeness).toMatchObject({ expected: 38, missing: 2, late: 3 });
  });

  const copy = mkdtempSync(join(tmpdir(), 'cchc-example-copy-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('a copy with injected errors exits 1 and points at each one', () => {
    cpSync(EXAMPLE, copy, { recursive: true });
    const file = join(copy, 'submissions/2024Q2/xa-dai-son.yaml');
    const original = readFileSync(file, 'utf8');
    const resolved = Number(/hs-giai-quyet: (\d+)/.exec(original)?.[1]);
    const text = original
      .replace(/hs-dung-han: \d+/, `hs-dung-han: ${resolved + 5}`) // part larger than its whole
      .replace('tthc-cong-khai:', 'tthc-cong-khia:') // misspelled indicator
      .replace(/(\n(\s+)hs-qua-han: \d+)/, '$1$1'); // duplicate key
    writeFileSync(file, text);
    // A report filed in the wrong period folder (xa-tien-dong has no 2024Q3 report of its own).
    renameSync(join(copy, 'submissions/2024Q2/xa-tien-dong.yaml'), join(copy, 'submissions/2024Q3/xa-tien-dong.yaml'));

    const { code, out } = validateJson(copy);
    expect(code).toBe(1);
    const errors = out.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.code}`);
    const dupLine = text.split('\n').findIndex((l, i, all) => i > 0 && l.includes('hs-qua-han:') && all[i - 1]?.includes('hs-qua-han:')) + 1;
    const moved = readFileSync(join(copy, 'submissions/2024Q3/xa-tien-dong.yaml'), 'utf8');
    expect(errors).toEqual(
      expect.arrayContaining([
        `submissions/2024Q2/xa-dai-son.yaml:${lineOf(text, 'hs-dung-han:')} part-exceeds-whole`,
        `submissions/2024Q2/xa-dai-son.yaml:${lineOf(text, 'tthc-cong-khia:')} unknown-indicator`,
        `submissions/2024Q2/xa-dai-son.yaml:${dupLine} yaml-duplicate-key`,
        `submissions/2024Q3/xa-tien-dong.yaml:${lineOf(moved, 'period:')} period-folder-mismatch`,
      ]),
    );
  });
});
