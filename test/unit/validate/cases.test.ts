import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURES, tempRepo } from '../../helpers/fixture-repo.js';
import { loadRepository } from '../../../src/repo/load.js';
import { SubmissionChecker } from '../../../src/validate/pipeline.js';

interface Case {
  path: string;
  today?: string;
  expected: [string, number | null][];
  extra?: Record<string, string>;
}

const CASES = join(FIXTURES, 'cases');

/**
 * Every folder under test/fixtures/cases/<kind>/<case>/ holds input.yaml and
 * case.yaml (where the file goes in the repository and the expected [code, line]
 * list). A new case is a new folder.
 */
describe.each(['valid', 'warning', 'invalid'])('%s submissions', (kind) => {
  const dir = join(CASES, kind);
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  it.each(names)('%s', async (name) => {
    const spec = parse(readFileSync(join(dir, name, 'case.yaml'), 'utf8')) as Case;
    const input = readFileSync(join(dir, name, 'input.yaml'));
    const root = tempRepo({ [spec.path]: input, ...(spec.extra ?? {}) });
    const repo = await loadRepository(root);
    const checker = new SubmissionChecker(repo, { today: spec.today ?? '2026-01-01', cwd: root });
    const result = await checker.check(join(root, spec.path));
    const got = result.diagnostics.map((d) => [d.code, d.line] as [string, number | null]);
    const order = (a: [string, number | null], b: [string, number | null]) =>
      (a[1] ?? 0) - (b[1] ?? 0) || a[0].localeCompare(b[0]);
    expect(got.sort(order)).toEqual([...spec.expected].sort(order));
    const hasError = spec.expected.length > 0 && kind === 'invalid';
    expect(result.valid).toBe(!hasError);
    for (const d of result.diagnostics) {
      expect(d.file).toBe(spec.path);
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.message).not.toMatch(/\{\w+\}/); // every placeholder filled
    }
  });
});
