import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/plan/model.js';
import type { Unit } from '../../../src/repo/model.js';
import { buildForm } from '../../../src/form/form.js';
import { writeXlsxForm } from '../../../src/form/xlsx-form.js';
import { periodOf } from '../../../src/consolidate/period.js';
import { readXlsx } from '../../../src/read/xlsx.js';
import { FormLabelCheck } from '../../../src/validate/form-labels.js';
import { bundledPlan } from '../../helpers/plan.js';
import { locateRow, openWorkbook, saveWorkbook } from '../../helpers/xlsx-fill.js';

const UNIT: Unit = { id: 'xa-an-binh', name: 'Xã An Bình', kind: 'commune', leads: [] } as Unit;
const ROW = 'areas/tthc/values/hs-tiep-nhan';

let plan: Plan;
let form: Uint8Array;
beforeAll(async () => {
  plan = await bundledPlan();
  form = await writeXlsxForm(buildForm(plan, UNIT, periodOf('2024Q3'), {}));
});

/** The form with `text` typed into the cell `offset` columns right of the row's input, checked against `units`. */
async function findings(text: string | null, units: Unit[] = [UNIT], variant: Plan = plan, digest?: string | null) {
  const wb = await openWorkbook(form);
  const { ws, row, col } = locateRow(wb, ROW);
  if (text !== null) ws.getCell(row, col + 2).value = text;
  if (digest !== undefined) {
    // The form's record of the texts it was written with: another one (made under other baselines), or none (an older form).
    const meta = wb.getWorksheet('_meta')!;
    meta.eachRow((r) => {
      if (r.getCell(1).value === 'labels') r.getCell(2).value = digest;
    });
  }
  const r = await readXlsx(await saveWorkbook(wb));
  const check = new FormLabelCheck(variant, null, new Map(units.map((u) => [u.id, u])));
  return check.check(r.form!, r.formLabels ?? [], r.data as Record<string, unknown>).map((p) => [p.cell, p.code, p.params['text']]);
}

describe('text typed into the target or guidance cells of a template form', () => {
  it('the form as written has none', async () => {
    expect(await findings(null)).toEqual([]);
  });

  it('the same guidance with other spacing and line breaks is the form\'s own', async () => {
    const wb = await openWorkbook(form);
    const { ws, row, col } = locateRow(wb, ROW);
    const own = String(ws.getCell(row, col + 2).value);
    expect(await findings(`  ${own.replace(/ /g, '\n')} `)).toEqual([]);
  });

  it('typed text is a warning at its cell quoting it', async () => {
    expect(await findings('Có 2 hồ sơ trả lại')).toEqual([[expect.stringMatching(/^Chỉ tiêu!F\d+$/), 'xlsx-text-outside-input', 'Có 2 hồ sơ trả lại']]);
  });

  it('nothing is said when the plan version differs, or the unit is not registered, or its form has other rows now', async () => {
    expect(await findings('Có 2 hồ sơ trả lại', [UNIT], { ...plan, version: '9.9' })).toEqual([]);
    expect(await findings('Có 2 hồ sơ trả lại', [])).toEqual([]);
    expect(await findings('Có 2 hồ sơ trả lại', [{ ...UNIT, kind: 'department' } as Unit])).toEqual([]);
  });

  it('nothing is said when the form was written with other target or guidance texts than cchc rebuilds now, or says not which', async () => {
    expect(await findings('Có 2 hồ sơ trả lại', [UNIT], plan, '0123456789abcdef')).toEqual([]);
    expect(await findings('Có 2 hồ sơ trả lại', [UNIT], plan, null)).toEqual([]);
  });
});
