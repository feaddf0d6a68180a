import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/plan/model.js';
import { buildForm } from '../../../src/form/form.js';
import { writeXlsxForm } from '../../../src/form/xlsx-form.js';
import { periodOf } from '../../../src/consolidate/period.js';
import { loadRepository } from '../../../src/repo/load.js';
import { SubmissionChecker } from '../../../src/validate/pipeline.js';
import { readXlsx } from '../../../src/read/xlsx.js';
import { getIn } from '../../../src/form/raw-data.js';
import { bundledPlan } from '../../helpers/plan.js';
import { tempRepo } from '../../helpers/fixture-repo.js';
import { fill, openWorkbook, saveWorkbook } from '../../helpers/xlsx-fill.js';
import { PLAN_FINDING_CODES, PLAN_VERSION_CASES } from '../../fixtures/xlsx/plan-version-cases.js';

const FILE = 'submissions/2024Q3/xa-an-binh.xlsx';
const UNIT = { id: 'xa-an-binh', name: 'Xã An Bình', kind: 'commune' as const, leads: [] };

let plan: Plan;
beforeAll(async () => {
  plan = await bundledPlan();
});

async function formFrom(variant: Plan): Promise<Uint8Array> {
  return writeXlsxForm(buildForm(variant, UNIT, periodOf('2024Q3'), {}));
}

describe('a filled form made from another plan or plan version', () => {
  it('the form records the plan it was made from, and where it shows it', async () => {
    const r = await readXlsx(await formFrom({ ...plan, version: '0.9' }));
    expect(r.form).toEqual({ plan: 'tu-ky-2021-2025', planVersion: '0.9', cell: expect.stringMatching(/^Thông tin chung!B\d+$/), labels: expect.any(String) });
    // The plan row is shown, never read as data.
    expect(getIn(r.data, ['plan'])).toBeUndefined();
  });

  for (const c of PLAN_VERSION_CASES) {
    it(c.name, async () => {
      const wb = await openWorkbook(await formFrom(c.variant(plan)));
      const expected = c.edit(wb);
      const root = tempRepo({ [FILE]: await saveWorkbook(wb) });
      const checker = new SubmissionChecker(await loadRepository(root), { today: '2026-01-01', cwd: root });
      const result = await checker.check(join(root, FILE));
      const got = result.diagnostics.filter((d) => PLAN_FINDING_CODES.includes(d.code));
      expect(got.map((d) => [d.code, d.cell])).toEqual(expected);
      const about = got.find((d) => d.code.startsWith('form-plan-'));
      for (const words of c.says?.(wb) ?? []) expect(about?.message).toContain(words);
      if (about) expect(about.message).not.toMatch(/\{\w+\}/);
      // An error about the plan makes the file invalid; a warning does not.
      if (expected.some(([code]) => code === 'form-plan-mismatch')) expect(result.valid).toBe(false);
    });
  }

  it('a warning only when the figures are all read: the file still consolidates its values', async () => {
    const c = PLAN_VERSION_CASES.find((x) => x.name.startsWith('a row the plan has since dropped, left blank'))!;
    const wb = await openWorkbook(await formFrom(c.variant(plan)));
    c.edit(wb);
    fill(wb, 'submitted', '05/10/2024');
    const root = tempRepo({ [FILE]: await saveWorkbook(wb) });
    const checker = new SubmissionChecker(await loadRepository(root), { today: '2026-01-01', cwd: root });
    const result = await checker.check(join(root, FILE));
    expect(result.submission?.areas['tthc']?.values['hs-tiep-nhan']).toBe(10);
    expect(result.submission?.areas['tthc']?.values).not.toHaveProperty('hs-tiep-nhan-buu-chinh');
  });

  it('speaks English too', async () => {
    const { setLang } = await import('../../../src/i18n/index.js');
    const wb = await openWorkbook(await formFrom({ ...plan, version: '0.9' }));
    const root = tempRepo({ [FILE]: await saveWorkbook(wb) });
    setLang('en');
    try {
      const checker = new SubmissionChecker(await loadRepository(root), { today: '2026-01-01', cwd: root });
      const d = (await checker.check(join(root, FILE))).diagnostics.find((x) => x.code === 'form-plan-changed');
      expect(d?.message).toContain('made from plan tu-ky-2021-2025 version 0.9');
    } finally {
      setLang('vi');
    }
  });
});
