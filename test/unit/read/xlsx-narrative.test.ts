/**
 * The narrative sheet of the Excel form: one row a difficulty (issue, cause)
 * and one row a proposal (text, addressee from a drop-down of the repository's
 * names), read back as the lists a YAML submission has, blank rows closed up,
 * every item placed at its cells; forms made before the lists still read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledPlan } from '../../helpers/plan.js';
import { fill, locateRow, openWorkbook, saveWorkbook } from '../../helpers/xlsx-fill.js';
import { buildForm, type Form } from '../../../src/form/form.js';
import { writeXlsxForm } from '../../../src/form/xlsx-form.js';
import { periodOf } from '../../../src/consolidate/period.js';
import { readXlsx } from '../../../src/read/xlsx.js';
import { getIn } from '../../../src/form/raw-data.js';
import { addresseeLabels } from '../../../src/repo/addressees.js';
import { upgradedSubmission } from '../../../src/form/upgrade-narrative.js';
import { withoutEmpties } from '../../../src/cli/commands/convert.js';
import { readZip } from '../../helpers/zip.js';

const D = (i: number) => `areas/tthc/narrative/difficulties/${i}`;
const P = (i: number) => `areas/tthc/narrative/proposals/${i}`;

let form: Form;
let template: Uint8Array;

beforeAll(async () => {
  const plan = await bundledPlan();
  form = buildForm(plan, { id: 'xa-an-binh', name: 'Xã An Bình', kind: 'commune', leads: [] }, periodOf('2024Q2'), {
    addressees: addresseeLabels({ shortName: 'UBND huyện Tứ Kỳ', parent: 'UBND TỈNH HẢI DƯƠNG' }),
    commonDifficulties: new Map([
      [
        'tthc',
        [
          { issue: 'Tỷ lệ hồ sơ nộp trực tuyến chưa đạt chỉ tiêu.', cause: 'Người dân quen nộp trực tiếp.' },
          { issue: 'Vẫn còn hồ sơ giải quyết quá hạn.', cause: null },
        ],
      ],
      ['cong-vu', [{ issue: 'Một số công chức chưa đạt chuẩn.', cause: 'Lớn tuổi.' }]],
    ]),
  });
  template = await writeXlsxForm(form);
});

function parts(bytes: Uint8Array): Map<string, string> {
  return new Map([...readZip(Buffer.from(bytes))].map(([name, data]) => [name, data.toString('utf8')]));
}

describe('the narrative sheet of the Excel form', () => {
  it('offers the common difficulties on their own sheet and as suggestions, the addressees as a list of the repository’s names', () => {
    const xml = parts(template);
    const sheets = [...xml.get('xl/workbook.xml')!.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets).toEqual(['Hướng dẫn', 'Thông tin chung', 'Chỉ tiêu', 'Nhiệm vụ', 'Thuyết minh', 'Khó khăn thường gặp', '_meta']);
    const narrative = xml.get('xl/worksheets/sheet5.xml')!;
    // Suggestions (free text allowed) on the issue and cause cells of 2.3 and 2.5, the addressees from the metadata sheet.
    const formulas = [...narrative.matchAll(/<formula1>([^<]*)<\/formula1>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    expect([...new Set(formulas)]).toEqual([
      "'Khó khăn thường gặp'!$B$5:$B$6",
      "'Khó khăn thường gặp'!$B$8:$B$8",
      "'Khó khăn thường gặp'!$C$5:$C$6",
      "'Khó khăn thường gặp'!$C$8:$C$8",
      "'_meta'!$B$10:$B$12",
    ]);
    const validations = [...narrative.matchAll(/<dataValidation [^>]*>/g)].map((m) => m[0]);
    expect(validations.filter((v) => v.includes('showErrorMessage="1"')).length).toBeGreaterThan(0);
    for (const v of validations) {
      for (const range of /sqref="([^"]+)"/.exec(v)![1]!.split(' ')) {
        expect(range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
        expect(Math.max(...range.match(/\d+/g)!.map(Number))).toBeLessThan(300);
      }
    }
    const strings = xml.get('xl/sharedStrings.xml')!;
    const missing = ['UBND huyện Tứ Kỳ', 'UBND tỉnh Hải Dương', 'Bộ, ngành trung ương', 'Tỷ lệ hồ sơ nộp trực tuyến chưa đạt chỉ tiêu.', 'Nguyên nhân (của khó khăn, hạn chế)'].filter(
      (x) => !strings.includes(`>${x}<`),
    );
    expect(missing).toEqual([]);
  });

  it('reads filled rows as lists, blank rows closed up, each item placed at its own cells', async () => {
    const wb = await openWorkbook(template);
    const issue0 = fill(wb, D(0), 'Tỷ lệ hồ sơ nộp trực tuyến chưa đạt chỉ tiêu.');
    fill(wb, D(0), 'Người dân quen nộp trực tiếp.', 'cause');
    const issue2 = fill(wb, D(2), 'Vẫn còn 3 hồ sơ quá hạn.');
    const cause2 = locateRow(wb, D(2), 'cause');
    const onlyCause = fill(wb, D(3), 'Máy quét hỏng.', 'cause');
    fill(wb, P(0), 'Đề nghị UBND tỉnh nâng cấp hệ thống.');
    const to0 = fill(wb, P(0), 'UBND tỉnh Hải Dương', 'to');
    fill(wb, P(1), 'Đề nghị Bộ Tư pháp hướng dẫn.');
    fill(wb, P(1), 'central', 'to');
    fill(wb, P(2), 'Đề nghị hỗ trợ máy tính.');
    const r = await readXlsx(await saveWorkbook(wb));
    expect(r.problems).toEqual([]);
    expect(getIn(r.data, ['areas', 'tthc', 'narrative', 'difficulties'])).toEqual([
      { issue: 'Tỷ lệ hồ sơ nộp trực tuyến chưa đạt chỉ tiêu.', cause: 'Người dân quen nộp trực tiếp.' },
      { issue: 'Vẫn còn 3 hồ sơ quá hạn.' },
      { cause: 'Máy quét hỏng.' },
    ]);
    expect(getIn(r.data, ['areas', 'tthc', 'narrative', 'proposals'])).toEqual([
      { text: 'Đề nghị UBND tỉnh nâng cấp hệ thống.', to: 'upper' },
      { text: 'Đề nghị Bộ Tư pháp hướng dẫn.', to: 'central' },
      { text: 'Đề nghị hỗ trợ máy tính.' },
    ]);
    const at = (path: (string | number)[]) => r.locator.locate(['areas', 'tthc', 'narrative', ...path]).cell;
    expect(at(['difficulties', 0])).toBe(issue0);
    expect(at(['difficulties', 1])).toBe(issue2);
    // A missing cause is shown at its empty cell, on the row of its difficulty.
    expect(at(['difficulties', 1, 'cause'])).toBe(`Thuyết minh!${cause2.ws.getCell(cause2.row, cause2.col).address}`);
    expect(at(['difficulties', 2, 'cause'])).toBe(onlyCause);
    expect(at(['proposals', 0, 'to'])).toBe(to0);
    expect(at(['proposals', 2, 'to'])).toMatch(/^Thuyết minh!E\d+$/);
  });

  it('refuses an addressee not in the list, at its cell', async () => {
    const wb = await openWorkbook(template);
    fill(wb, P(0), 'Đề nghị hỗ trợ.');
    const cell = fill(wb, P(0), 'Sở Nội vụ', 'to');
    const r = await readXlsx(await saveWorkbook(wb));
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([['xlsx-bad-addressee', cell]]);
    expect(r.problems[0]!.message).toContain('UBND tỉnh Hải Dương');
  });

  it('writes a submission into the form and reads it back unchanged, old text forms as the lists they stand for', async () => {
    const data = {
      unit: 'xa-an-binh',
      period: '2024Q2',
      areas: {
        tthc: {
          narrative: {
            results: 'Tiếp nhận 420 hồ sơ.',
            difficulties: [
              { issue: 'Mạng chậm.', cause: 'Hạ tầng cũ.' },
              { issue: 'Thiếu máy quét.' },
              { issue: 'A', cause: 'B' },
              { issue: 'C' },
              { issue: 'D', cause: 'E' },
              { issue: 'F', cause: 'G' },
            ],
            proposals: [
              { text: 'Đề nghị UBND huyện hỗ trợ.', to: 'body' },
              { text: 'Đề nghị tập huấn.' },
            ],
          },
        },
        'cong-vu': { narrative: { shortcomings: 'Thiếu cán bộ.\nMáy cũ.', proposals: 'Đề nghị bổ sung biên chế.' } },
      },
    };
    const r = await readXlsx(await writeXlsxForm(form, data));
    expect(r.problems).toEqual([]);
    expect(withoutEmpties(r.data)).toEqual(withoutEmpties(upgradedSubmission(data)));
    expect(getIn(r.data, ['areas', 'cong-vu', 'narrative'])).toEqual({
      results: '',
      nextTasks: '',
      difficulties: [{ issue: 'Thiếu cán bộ.\nMáy cũ.' }],
      proposals: [{ text: 'Đề nghị bổ sung biên chế.' }],
    });
  });

  it('still reads a form made before the lists: one text for shortcomings and for proposals', async () => {
    const wb = await openWorkbook(template);
    // Turn the first rows of each list into the old rows (key, kind) and fill them.
    const old = (key: string, path: string) => {
      const { ws, row } = locateRow(wb, key);
      const markers = ws.getRow(1);
      markers.eachCell((cell, col) => {
        if (cell.value === 'cchc:key') ws.getCell(row, col).value = path;
        if (cell.value === 'cchc:kind') ws.getCell(row, col).value = 'text';
      });
      return fill(wb, path, 'Nội dung cũ.');
    };
    const shortcomings = old(D(0), 'areas/tthc/narrative/shortcomings');
    old(P(0), 'areas/tthc/narrative/proposals');
    const r = await readXlsx(await saveWorkbook(wb));
    expect(r.problems).toEqual([]);
    expect(getIn(r.data, ['areas', 'tthc', 'narrative', 'shortcomings'])).toBe('Nội dung cũ.');
    expect(getIn(r.data, ['areas', 'tthc', 'narrative', 'proposals'])).toBe('Nội dung cũ.');
    expect(r.locator.locate(['areas', 'tthc', 'narrative', 'shortcomings']).cell).toBe(shortcomings);
  });
});
