import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadConsolidation } from '../../../src/cli/load-consolidation.js';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import { neededSubmissions } from '../../../src/consolidate/needed-submissions.js';
import { parsePeriod } from '../../../src/consolidate/period.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/consolidate/', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../../examples/tu-ky/', import.meta.url));

const PERIODS = ['2023', '2023Q4', '2023S2', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2024S1', '2024S2', '2024', '2025Q1', '2025'];

describe('neededSubmissions: what consolidating a period can use', () => {
  for (const [name, root, today] of [
    ['consolidate fixture', FIXTURE, '2025-01-31'],
    ['Tứ Kỳ example', EXAMPLE, '2025-03-31'],
  ] as const) {
    it(`gives the same consolidation as every submission, for every period (${name})`, async () => {
      const { input } = await loadConsolidation(root, '2024Q2', 'vi', { cwd: root, today });
      for (const id of PERIODS) {
        const period = parsePeriod(id)!;
        const kept = neededSubmissions(input.submissions, period);
        expect(consolidate({ ...input, period: id, submissions: kept }), id).toEqual(consolidate({ ...input, period: id }));
      }
    });
  }

  it('drops later periods and keeps only the figures of periods outside the one consolidated', async () => {
    const { input } = await loadConsolidation(EXAMPLE, '2024Q2', 'vi', { cwd: EXAMPLE, today: '2025-03-31' });
    const kept = neededSubmissions(input.submissions, parsePeriod('2024Q2')!);
    const periods = new Set(kept.map((e) => e.submission.period));
    expect([...periods].sort()).toEqual(['2024Q1', '2024Q2']);
    for (const e of kept) {
      const areas = Object.values(e.submission.areas);
      if (e.submission.period === '2024Q1') {
        expect(areas.every((a) => Object.keys(a.tasks).length === 0 && Object.keys(a.narrative).length === 0)).toBe(true);
        expect(areas.some((a) => Object.keys(a.values).length > 0)).toBe(true);
      }
    }
    expect(kept.filter((e) => e.submission.period === '2024Q2')).toEqual(input.submissions.filter((e) => e.submission.period === '2024Q2'));
  });

  it('keeps a file whose period cannot be read (it is noted)', () => {
    const entry = { submission: { unit: 'xa-a', period: '2024Q9', submitted: '2024-07-01', areas: {} }, file: 'x.yaml', valid: true, errors: 0, warnings: 0 };
    expect(neededSubmissions([entry], parsePeriod('2024Q2')!)).toEqual([entry]);
  });
});
