import { beforeAll, describe, expect, it } from 'vitest';
import { bundledPlan } from '../../helpers/plan.js';
import { buildForm, type Form } from '../../../src/form/form.js';
import { writeXlsxForm } from '../../../src/form/xlsx-form.js';
import { periodOf } from '../../../src/consolidate/period.js';
import { readZip } from '../../helpers/zip.js';
import { heightOfLines, wrappedLines } from '../../../src/util/wrapped-lines.js';
import { openXlsx } from '../../helpers/xlsx-xml.js';

/** The XML parts of a workbook, by name. */
function parts(bytes: Uint8Array): Map<string, string> {
  return new Map([...readZip(Buffer.from(bytes))].map(([name, data]) => [name, data.toString('utf8')]));
}

let form: Form;
let bytes: Uint8Array;
let xml: Map<string, string>;

beforeAll(async () => {
  const plan = await bundledPlan();
  form = buildForm(plan, { id: 'xa-an-binh', name: 'Xã An Bình', kind: 'commune', leads: [] }, periodOf('2024Q2'), {
    due: '2024-06-12',
    window: { from: '2024-03-15', to: '2024-06-14' },
  });
  bytes = await writeXlsxForm(form);
  xml = parts(bytes);
});

const sheet = (n: number) => xml.get(`xl/worksheets/sheet${n}.xml`)!;

describe('the Excel form', () => {
  it('has the instructions, the three data sheets, general information and hidden metadata', () => {
    const wb = xml.get('xl/workbook.xml')!;
    const sheets = [...wb.matchAll(/<sheet [^>]*name="([^"]+)" state="(\w+)"/g)].map((m) => [m[1], m[2]]);
    expect(sheets).toEqual([
      ['Hướng dẫn', 'visible'],
      ['Thông tin chung', 'visible'],
      ['Chỉ tiêu', 'visible'],
      ['Nhiệm vụ', 'visible'],
      ['Thuyết minh', 'visible'],
      ['_meta', 'veryHidden'],
    ]);
  });

  it('protects every data sheet without a password and leaves only the input cells open', () => {
    for (const n of [2, 3, 4, 5]) {
      expect(sheet(n)).toMatch(/<sheetProtection sheet="1"/);
      expect(sheet(n)).not.toMatch(/hashValue|password=/);
    }
    const styles = xml.get('xl/styles.xml')!;
    const unlocked = [...styles.matchAll(/<xf [^>]*applyProtection="1"[^>]*>(<alignment[^>]*\/>)?<protection locked="0"\/>/g)];
    expect(unlocked.length).toBeGreaterThan(0);
  });

  it('validates input on bounded ranges only, with Vietnamese lists', () => {
    const all = [2, 3, 4, 5].map(sheet).join('');
    const refs = [...all.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(3);
    for (const ref of refs) {
      for (const range of ref.split(' ')) {
        expect(range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
        const rows = range.match(/\d+/g)!.map(Number);
        expect(Math.max(...rows)).toBeLessThan(200);
      }
    }
    expect(sheet(3)).toContain('type="whole" operator="greaterThanOrEqual"');
    expect(sheet(3)).toContain('<formula1>&quot;Có,Không&quot;</formula1>');
    expect(sheet(4)).toContain('<formula1>&quot;Hoàn thành,Đang thực hiện,Chưa thực hiện&quot;</formula1>');
    expect(sheet(2)).toContain('type="date"');
  });

  it('freezes the header, hides the key columns and prints on A4 fitted to the width', () => {
    for (const n of [2, 3, 4, 5]) {
      expect(sheet(n)).toMatch(/<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"\/>/);
      expect(sheet(n)).toMatch(/<col [^>]*hidden="1"/);
      expect(sheet(n)).toMatch(/<pageSetup paperSize="9" orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
      expect(sheet(n)).toMatch(/<row r="1" hidden="1"/);
    }
    expect(sheet(1)).toMatch(/<pageSetup paperSize="9" orientation="portrait"/);
  });

  it('keeps the unit, period and plan in the metadata and the data path of every row in its key column', () => {
    const strings = xml.get('xl/sharedStrings.xml')!;
    for (const s of ['cchc:meta', 'cchc-form', 'xa-an-binh', '2024Q2', 'tu-ky-2021-2025', 'areas/tthc/values/hs-tiep-nhan', 'areas/tthc/tasks/tt-01']) {
      expect(strings).toContain(`>${s}<`);
    }
  });

  it('shows names, units, targets and the unit in Vietnamese', () => {
    const strings = xml.get('xl/sharedStrings.xml')!;
    for (const s of [
      'HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO CẢI CÁCH HÀNH CHÍNH',
      'Xã An Bình — quý II năm 2024',
      'Chỉ tiêu kế hoạch năm 2024',
      'Số hồ sơ giải quyết đúng hạn và trước hạn',
      'Tỷ lệ hồ sơ TTHC được trả kết quả đúng hạn và trước hạn: 95%–100%',
      'Hạn gửi báo cáo: ngày 12/06/2024',
      'Thời gian lấy số liệu: từ ngày 15/03/2024 đến ngày 14/06/2024',
    ]) {
      expect(strings).toContain(s);
    }
  });

  it('makes every row of the instructions as tall as its wrapped text needs (the estimate the report workbook uses)', () => {
    const guide = openXlsx(Buffer.from(bytes)).sheets[0]!;
    const width = Number(/<col [^>]*min="1"[^>]*width="([\d.]+)"/.exec(guide.xml)![1]);
    const rows = [...guide.xml.matchAll(/<row r="(\d+)"[^>]* ht="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(rows.length).toBeGreaterThan(10);
    for (const [r, ht] of rows) expect(ht).toBe(heightOfLines(wrappedLines(String(guide.cells.get(`A${r}`)?.value ?? ''), width)));
    expect(rows.some(([, ht]) => ht > heightOfLines(1))).toBe(true);
  });

  it('is reproducible: the same form gives the same bytes, stamped with the period end', async () => {
    const a = await writeXlsxForm(form);
    const b = await writeXlsxForm(form);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(parts(a).get('docProps/core.xml')).toContain('2024-06-30T00:00:00Z');
  });
});
