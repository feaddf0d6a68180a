import { beforeAll, describe, expect, it } from 'vitest';
import { renderXlsx } from '../../../src/render/reports/xlsx/render-xlsx.js';
import { sheetName } from '../../../src/render/reports/xlsx/sheet-table.js';
import { openXlsx, type SheetInfo } from '../../helpers/xlsx-xml.js';
import { xmlUnescape } from '../../helpers/zip.js';
import { sampleReportInput } from '../../helpers/sample-report.js';

describe('Excel workbook (read without exceljs)', () => {
  let sheets: SheetInfo[];
  const sheet = (name: string) => sheets.find((s) => s.name === name)!;
  const v = (s: SheetInfo, ref: string) => s.cells.get(ref)?.value;

  beforeAll(async () => {
    sheets = openXlsx(await renderXlsx(sampleReportInput('half'))).sheets;
  });

  it('has the summary, one sheet per area, units × indicators, tasks (and per lead), narratives, reporting status and findings', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      '2.1 Công tác chỉ đạo, điều hành',
      '2.2 Cải cách thể chế',
      '2.3 Cải cách thủ tục hành chính',
      'Đơn vị × chỉ tiêu',
      'Nhiệm vụ',
      'Nhiệm vụ theo chủ trì',
      'Nội dung báo cáo',
      'Tình hình báo cáo',
      'Kiểm tra số liệu',
    ]);
  });

  it('writes the summary as values with number formats, comparisons and statuses', () => {
    const s = sheet('Tổng hợp');
    expect(v(s, 'A1')).toBe('KẾT QUẢ CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024');
    expect([v(s, 'C4'), v(s, 'D4'), v(s, 'F4'), v(s, 'I4'), v(s, 'J4'), v(s, 'K4'), v(s, 'L4'), v(s, 'M4')]).toEqual([
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'Kết quả 6 tháng đầu năm 2024',
      '6 tháng cuối năm 2023',
      'Cùng kỳ 6 tháng đầu năm 2023',
      'Mục tiêu',
      'Đơn vị chưa đủ số liệu các kỳ',
      'Đánh giá',
    ]);
    // Row 5: the satisfaction rate, recomputed from its counts.
    expect([v(s, 'C5'), v(s, 'F5'), v(s, 'G5'), v(s, 'H5'), v(s, 'I5'), v(s, 'J5'), v(s, 'M5')]).toEqual([
      'ty-le-hai-long', 91.25, 1460, 1600, 88.5, 84, 'Đạt',
    ]);
    expect(s.cells.get('F5')!.numFmt).toContain('0.0"%"');
    expect(s.cells.get('G5')!.numFmt).toContain('#,##0');
    expect(s.cells.get('F6')!.numFmt).toContain('#,##0');
    expect(v(s, 'F6')).toBe(1234);
    expect(v(s, 'M8')).toBe('Chưa đạt');
    expect(v(s, 'F9')).toBe('Có');
  });

  it('colours statuses with conditional formats, freezes panes, filters and prints A4 landscape', () => {
    for (const s of sheets) {
      expect(s.xml).toMatch(/<pane [^>]*ySplit="4"[^>]*state="frozen"/);
      expect(s.xml).toMatch(/<autoFilter ref="A4:[A-Z]+\d+"/);
      expect(s.xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
      expect(s.xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
      expect(s.xml).toMatch(/<col [^>]*width="/);
    }
    const cf = /<conditionalFormatting sqref="M5:M9">([\s\S]*?)<\/conditionalFormatting>/.exec(sheet('Tổng hợp').xml)![1]!;
    expect([...cf.matchAll(/<formula>([^<]*)<\/formula>/g)].map((m) => xmlUnescape(m[1]!))).toEqual(['"Đạt"', '"Chưa đạt"', '"Chưa có số liệu"']);
  });

  it('gives each target of an area its own row', () => {
    const s = sheet('2.3 Cải cách thủ tục hành chính');
    const rows = [5, 6, 7, 8].map((r) => ['B', 'I', 'J', 'K', 'L'].map((c) => v(s, `${c}${r}`) ?? null));
    expect(rows).toEqual([
      ['Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn', 'Chung', '95%–100%', 97.3, 'Đạt'],
      ['Tỷ lệ kết quả giải quyết TTHC được số hóa', 'Cấp huyện', '≥\u00a060%', 55, 'Chưa đạt'],
      [null, 'Cấp xã', '≥\u00a055%', 35.2, 'Chưa đạt'],
      ['Duy trì hệ thống quản lý chất lượng TCVN ISO 9001', 'Chung', 'Có', 'Có', 'Đạt'],
    ]);
    expect([v(s, 'D5'), v(s, 'G5'), v(s, 'H5')]).toEqual([97.3, 99, 96.45]);
  });

  it('lays out units × indicators and the reporting status with real dates', () => {
    const u = sheet('Đơn vị × chỉ tiêu');
    expect(v(u, 'F3')).toBe('ty-le-dung-han');
    expect([v(u, 'C5'), v(u, 'F5'), v(u, 'E5'), v(u, 'H5')]).toEqual(['Văn phòng HĐND và UBND huyện', 99, 1200, 'Có']);
    expect(v(u, 'F6')).toBe(96.45);
    const r = sheet('Tình hình báo cáo');
    expect([v(r, 'C5'), v(r, 'E5'), v(r, 'F5')]).toEqual(['Văn phòng HĐND và UBND huyện', 'Đúng hạn', 45453]);
    expect(r.cells.get('F5')!.numFmt).toContain('dd/mm/yyyy');
    expect([v(r, 'E7'), v(r, 'G7')]).toEqual(['Trễ hạn 3 ngày', 3]);
    expect([v(r, 'E6'), v(r, 'J6')]).toEqual(['Có lỗi, bị loại', '2 lỗi, chưa tổng hợp']);
  });

  it('keeps text as text: no formulas, even for text that starts with =', () => {
    for (const s of sheets) for (const c of s.cells.values()) expect(c.formula).toBeNull();
    const f = sheet('Kiểm tra số liệu');
    const message = [...f.cells.values()].find((c) => String(c.value).startsWith('=SUM'))!;
    expect(['s', 'inlineStr', 'str']).toContain(message.type);
    expect(message.numFmt).toBe('@');
    expect([v(f, 'B5'), v(f, 'C5'), v(f, 'E5'), v(f, 'F5'), v(f, 'G5')]).toEqual([
      'Lỗi', 'part-exceeds-whole', 'submissions/2024Q2/tu-phap.yaml', 12, 7,
    ]);
    expect(v(f, 'H6')).toBe('TTHC!C5');
  });
});

describe('sheet names', () => {
  it('are at most 31 characters, without forbidden signs, unique', () => {
    const taken = new Set<string>();
    expect(sheetName('2.7 Xây dựng và phát triển chính quyền điện tử, chính quyền số', taken)).toBe('2.7 Xây dựng và phát triển chín');
    expect(sheetName('a/b:c', taken)).toBe('a b c');
    expect(sheetName('A B C', taken)).toBe('A B C 2');
  });
});
