import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cchc } from '../helpers/cli.js';
// @ts-expect-error: a plain .mjs script without types
import { generateRepository } from '../../bench/generate.mjs';

/**
 * The benchmarks measure checking valid submissions: if the plan or the rules
 * change so that the generated data has findings, the figures measure the
 * findings instead (placing and printing them), so the generator must follow.
 */
describe('the benchmarks\' synthetic repository', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'cchc-bench-data-')), 'kho');
  afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

  it('is valid against the bundled plan: no errors, no warnings', async () => {
    const repo = (await generateRepository({ units: 60, out })) as { files: string[] };
    expect(repo.files.length).toBe(240);
    const r = cchc(['validate', '--format', 'json', '--fail-on', 'info'], { cwd: out });
    const result = JSON.parse(r.stdout) as { files: number; diagnostics: { code: string; file: string }[] };
    expect(result.diagnostics.slice(0, 5)).toEqual([]);
    expect(result.files).toBe(240);
    expect(r.code).toBe(0);
  });
});
