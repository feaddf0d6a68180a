import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { readXlsx } from '../../src/read/xlsx.js';

const EXAMPLE = join(ROOT, 'examples/tu-ky');
const QUARTERS = ['2024Q1', '2024Q2', '2024Q3', '2024Q4'];
const xlsxFiles = QUARTERS.flatMap((q) =>
  readdirSync(join(EXAMPLE, 'submissions', q))
    .filter((n) => n.endsWith('.xlsx'))
    .map((n) => `submissions/${q}/${n}`),
);

describe('examples/tu-ky: submissions kept as Excel forms', () => {
  it('has two or three commune forms in every quarter, each without a YAML twin', () => {
    for (const q of QUARTERS) {
      const here = xlsxFiles.filter((f) => f.includes(`/${q}/`));
      expect(here.length, q).toBeGreaterThanOrEqual(2);
      expect(here.length, q).toBeLessThanOrEqual(3);
      for (const f of here) {
        expect(f).toMatch(/\/xa-[a-z-]+\.xlsx$/);
        expect(readdirSync(join(EXAMPLE, 'submissions', q))).not.toContain(f.replace(/^.*\//, '').replace('.xlsx', '.yaml'));
      }
    }
  });

  it('every form reads without a problem, for the unit and period its place says', async () => {
    for (const f of xlsxFiles) {
      const r = await readXlsx(readFileSync(join(EXAMPLE, f)));
      expect(r.problems, f).toEqual([]);
      const [, period, unit] = /submissions\/(\w+)\/(.+)\.xlsx$/.exec(f)!;
      expect(r.data, f).toMatchObject({ unit, period });
    }
  });

  it('are what scripts/gen-example-xlsx.mjs makes today, byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-example-xlsx-'));
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-example-xlsx.mjs'), '--out', out], { encoding: 'utf8', timeout: 110_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const f of xlsxFiles) {
      expect(readFileSync(join(out, f)).equals(readFileSync(join(EXAMPLE, f))), `${f} is stale: run node scripts/gen-example-xlsx.mjs`).toBe(true);
    }
  });
});
