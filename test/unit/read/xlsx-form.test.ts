import { beforeAll, describe, expect, it } from 'vitest';
import { bundledPlan } from '../../helpers/plan.js';
import { fill, openWorkbook, saveWorkbook } from '../../helpers/xlsx-fill.js';
import { buildForm, type Form } from '../../../src/form/form.js';
import { writeXlsxForm } from '../../../src/form/xlsx-form.js';
import { emptySubmission } from '../../../src/form/yaml-form.js';
import { periodOf } from '../../../src/consolidate/period.js';
import { readXlsx } from '../../../src/read/xlsx.js';
import { getIn } from '../../../src/form/raw-data.js';
import { FORM_CASES } from '../../fixtures/xlsx/form-cases.js';
import { writeStoredZip } from '../../../src/util/zip.js';
import { readZip } from '../../helpers/zip.js';

let form: Form;
let template: Uint8Array;

/**
 * The empty submission of the form as the reader gives it: a blank preparer is
 * no preparer, and the YAML form's blank example item of each narrative list
 * is the Excel form's blank rows, which give no item.
 */
function untouched(): Record<string, unknown> {
  const { preparedBy: _blank, ...rest } = emptySubmission(form);
  for (const area of Object.values(rest['areas'] as Record<string, { narrative: Record<string, unknown> }>)) {
    delete area.narrative['difficulties'];
    delete area.narrative['proposals'];
  }
  return rest;
}

beforeAll(async () => {
  const plan = await bundledPlan();
  form = buildForm(plan, { id: 'xa-an-binh', name: 'Xã An Bình', kind: 'commune', leads: [] }, periodOf('2024Q2'), {});
  template = await writeXlsxForm(form);
});

describe('reading an Excel form', () => {
  it('an untouched form reads as the empty YAML submission, a blank preparer left out', async () => {
    const r = await readXlsx(template);
    expect(r.problems).toEqual([]);
    expect(r.data).toEqual(untouched());
  });

  it('a preparer with only a name keeps the other fields empty, as the YAML form does', async () => {
    const wb = await openWorkbook(template);
    fill(wb, 'preparedBy/name', 'Lê Văn Tám');
    const r = await readXlsx(await saveWorkbook(wb));
    expect(getIn(r.data, ['preparedBy'])).toEqual({ name: 'Lê Văn Tám', title: '', phone: '', email: '' });
  });

  it('locates data paths by sheet and cell, labels for keys, and ancestors for unknown paths', async () => {
    const r = await readXlsx(template);
    const value = r.locator.locate(['areas', 'tthc', 'values', 'hs-tiep-nhan']);
    expect(value).toEqual({ line: null, column: null, cell: expect.stringMatching(/^Chỉ tiêu!D\d+$/) });
    expect(r.locator.locate(['areas', 'tthc', 'values', 'hs-tiep-nhan'], 'key').cell).toMatch(/^Chỉ tiêu!B\d+$/);
    expect(r.locator.locate(['areas', 'tthc', 'values', 'khong-co']).cell).toMatch(/^Chỉ tiêu!A\d+$/);
    expect(r.locator.locate(['areas', 'tthc', 'tasks', 'tt-01', 'note']).cell).toMatch(/^Nhiệm vụ!D\d+$/);
    expect(r.locator.locate(['submitted']).cell).toMatch(/^Thông tin chung!B\d+$/);
    expect(r.locator.locate(['unit']).cell).toMatch(/^Thông tin chung!B\d+$/);
    expect(r.locator.locate([]).cell).toBeNull();
  });

  for (const c of FORM_CASES) {
    it(c.name, async () => {
      const wb = await openWorkbook(template);
      const expected = await c.edit(wb);
      const r = await readXlsx(await saveWorkbook(wb));
      const byCell = (a: [string, string | null], b: [string, string | null]) => `${a[1]}${a[0]}`.localeCompare(`${b[1]}${b[0]}`);
      expect(r.problems.map((p): [string, string | null] => [p.code, p.cell]).sort(byCell)).toEqual([...expected].sort(byCell));
      for (const p of r.problems) expect(p.message).not.toMatch(/\{\w+\}/);
      for (const [path, value] of Object.entries(c.values)) expect(getIn(r.data, path.split('/')), path).toEqual(value);
    });
  }

  it('a workbook that is not a cchc form', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Báo cáo').getCell('A1').value = 'Số hồ sơ tiếp nhận';
    const r = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.data).toBeUndefined();
    expect(r.problems.map((p) => p.code)).toEqual(['xlsx-not-a-form']);
  });
});

describe('workbooks that would make exceljs hang', () => {
  /** Injects XML into every worksheet of a workbook, as another program might have written it. */
  function inject(bytes: Uint8Array, before: string, xml: string): Uint8Array {
    return writeStoredZip(
      [...readZip(Buffer.from(bytes))].map(([name, raw]) => {
        let data: Uint8Array = raw;
        if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
          const text = new TextDecoder().decode(data);
          data = new TextEncoder().encode(text.replace(before, `${xml}${before}`));
        }
        return { name, data };
      }),
    );
  }

  it('whole-sheet data validations are stripped before parsing', async () => {
    const dv =
      '<dataValidations count="1"><dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>';
    const wb = await openWorkbook(template);
    fill(wb, 'areas/tthc/values/hs-tiep-nhan', 5);
    const bytes = inject(await saveWorkbook(wb), '<pageMargins', dv);
    const r = await readXlsx(bytes);
    expect(r.problems).toEqual([]);
    expect(getIn(r.data, ['areas', 'tthc', 'values', 'hs-tiep-nhan'])).toBe(5);
  });

  it('whole-column merges and overlapping merges are dropped before parsing', async () => {
    const merges = '<mergeCells count="3"><mergeCell ref="H1:H1048576"/><mergeCell ref="I2:J3"/><mergeCell ref="J3:K4"/></mergeCells>';
    // Templates already have merges (titles): replace the block in every sheet that has one.
    const bytes = writeStoredZip(
      [...readZip(Buffer.from(template))].map(([name, raw]) => {
        let data: Uint8Array = raw;
        if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
          const text = new TextDecoder().decode(data).replace(/<mergeCells[\s\S]*?<\/mergeCells>/, merges);
          data = new TextEncoder().encode(text);
        }
        return { name, data };
      }),
    );
    const r = await readXlsx(bytes);
    expect(r.problems).toEqual([]);
    expect(r.data).toEqual(untouched());
  });
});
