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

  it('has contents, the summary, per area its sheet, its units and its texts, then tasks (and per lead), reporting status, findings and the codes', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      'Mục lục',
      'Tổng hợp',
      'I. Chỉ đạo, điều hành',
      'I. Đơn vị',
      'II.1. Thể chế',
      'II.1. Đơn vị',
      'II.2. Thủ tục hành chính',
      'II.2. Đơn vị',
      'II.2. Nội dung',
      'Nhiệm vụ',
      'Nhiệm vụ theo chủ trì',
      'Tình hình báo cáo',
      'Kiểm tra số liệu',
      'Mã tra cứu',
    ]);
    // The first sheet says what every other sheet holds.
    const contents = sheet('Mục lục');
    expect(sheets.slice(1).map((_, i) => v(contents, `B${5 + i}`))).toEqual(sheets.slice(1).map((s) => s.name));
    for (let i = 0; i < sheets.length - 1; i++) expect(String(v(contents, `C${5 + i}`)).length).toBeGreaterThan(20);
  });

  it('keeps ids, codes, paths and rule names on the last sheet only', () => {
    const technical = /(^|[^\p{L}-])(ty-le-hai-long|ty-le-dung-han|vbqppl-ban-hanh|part-exceeds-whole|value-jump|tu-phap|dai-son|chi-dao|tthc)([^\p{L}-]|$)|submissions\/|\/areas\//u;
    for (const s of sheets.slice(0, -1)) {
      for (const [ref, c] of s.cells) expect(`${s.name}!${ref} ${String(c.value)}`).not.toMatch(technical);
    }
    const texts = [...sheet('Mã tra cứu').cells.values()].map((c) => String(c.value));
    for (const code of ['ty-le-hai-long', 'part-exceeds-whole', 'tu-phap', 'submissions/2024Q2/tu-phap.yaml:12:7\n/areas/tthc/values/hs-dung-han']) {
      expect(texts).toContain(code);
    }
  });

  it('writes the summary as values with number formats, rates as fractions with a percent format', () => {
    const s = sheet('Tổng hợp');
    expect(v(s, 'A1')).toBe('KẾT QUẢ CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024');
    expect([v(s, 'B4'), v(s, 'C4'), v(s, 'E4'), v(s, 'H4'), v(s, 'I4'), v(s, 'J4'), v(s, 'K4'), v(s, 'L4')]).toEqual([
      'Lĩnh vực',
      'Chỉ tiêu',
      'Kết quả 6 tháng đầu năm 2024',
      '6 tháng cuối năm 2023',
      'Cùng kỳ 6 tháng đầu năm 2023',
      'Mục tiêu',
      'Đơn vị chưa đủ số liệu các kỳ',
      'Đánh giá',
    ]);
    // Row 5: the satisfaction rate, recomputed from its counts: 91.25 % is the number 0.9125.
    expect([v(s, 'B5'), v(s, 'E5'), v(s, 'F5'), v(s, 'G5'), v(s, 'H5'), v(s, 'I5'), v(s, 'L5')]).toEqual(['I', 0.9125, 1460, 1600, 0.885, 0.84, 'Đạt']);
    expect(s.cells.get('E5')!.numFmt).toBe('[$-42A]0.0%');
    expect(s.cells.get('F5')!.numFmt).toContain('#,##0');
    expect(s.cells.get('E6')!.numFmt).toContain('#,##0');
    expect([v(s, 'B6'), v(s, 'E6')]).toEqual(['II.1', 1234]);
    expect(v(s, 'L8')).toBe('Chưa đạt');
    expect(v(s, 'E9')).toBe('Có');
  });

  it('colours statuses with conditional formats, freezes panes, filters and prints A4', () => {
    for (const s of sheets) {
      expect(s.xml).toMatch(/<pane [^>]*ySplit="4"[^>]*state="frozen"/);
      expect(s.xml).toMatch(/<autoFilter ref="A4:[A-Z]+\d+"/);
      expect(s.xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
      expect(s.xml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
      expect(s.xml).toMatch(new RegExp(`<pageSetup [^>]*orientation="${s.name.endsWith('Nội dung') ? 'portrait' : 'landscape'}"`));
      expect(s.xml).toMatch(/<col [^>]*width="/);
    }
    const cf = /<conditionalFormatting sqref="L5:L9">([\s\S]*?)<\/conditionalFormatting>/.exec(sheet('Tổng hợp').xml)![1]!;
    expect([...cf.matchAll(/<formula>([^<]*)<\/formula>/g)].map((m) => xmlUnescape(m[1]!))).toEqual(['"Đạt"', '"Chưa đạt"', '"Chưa có số liệu"']);
  });

  it('gives each target of an area its own row', () => {
    const s = sheet('II.2. Thủ tục hành chính');
    expect(v(s, 'A1')).toBe('II.2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH');
    const rows = [5, 6, 7, 8].map((r) => ['B', 'I', 'J', 'K', 'L'].map((c) => v(s, `${c}${r}`) ?? null));
    expect(rows).toEqual([
      ['Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn', 'Chung', '95%–100%', 0.973, 'Đạt'],
      ['Tỷ lệ kết quả giải quyết TTHC được số hóa', 'Cấp huyện', '≥\u00a060%', 0.55, 'Chưa đạt'],
      [null, 'Cấp xã', '≥\u00a055%', 0.352, 'Chưa đạt'],
      ['Duy trì hệ thống quản lý chất lượng TCVN ISO 9001', 'Chung', 'Có', 'Có', 'Đạt'],
    ]);
    expect([v(s, 'D5'), v(s, 'G5'), v(s, 'H5')]).toEqual([0.973, 0.99, 0.9645]);
  });

  it('lays out each area\'s units, their texts and the reporting status with real dates', () => {
    const u = sheet('II.2. Đơn vị');
    expect([v(u, 'B4'), v(u, 'C4')]).toEqual(['Cơ quan, đơn vị', 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn (%)']);
    expect([v(u, 'B5'), v(u, 'C5'), v(u, 'E5')]).toEqual(['Văn phòng HĐND và UBND huyện', 0.99, 'Có']);
    expect(v(u, 'C6')).toBe(0.9645);
    const n = sheet('II.2. Nội dung');
    expect([v(n, 'A5'), v(n, 'B5'), v(n, 'C5')]).toEqual(['Văn phòng HĐND và UBND huyện (chủ trì)', 'Quý II/2024', 'Kết quả đạt được']);
    const r = sheet('Tình hình báo cáo');
    expect([v(r, 'B5'), v(r, 'D5'), v(r, 'E5')]).toEqual(['Văn phòng HĐND và UBND huyện', 'Đúng hạn', 45453]);
    expect(r.cells.get('E5')!.numFmt).toContain('dd/mm/yyyy');
    expect([v(r, 'D7'), v(r, 'F7')]).toEqual(['Trễ hạn 3 ngày', 3]);
    expect([v(r, 'D6'), v(r, 'I6')]).toEqual(['Có lỗi, bị loại', '2 lỗi, chưa tổng hợp']);
  });

  it('keeps text as text: no formulas, even for text that starts with =', () => {
    for (const s of sheets) for (const c of s.cells.values()) expect(c.formula).toBeNull();
    const f = sheet('Kiểm tra số liệu');
    const message = [...f.cells.values()].find((c) => String(c.value).startsWith('=SUM'))!;
    expect(['s', 'inlineStr', 'str']).toContain(message.type);
    expect(message.numFmt).toBe('@');
    expect([v(f, 'B5'), v(f, 'C5'), v(f, 'D5'), v(f, 'F5')]).toEqual(['Lỗi', 'Phòng Tư pháp', 'Quý II/2024', 'dòng 12, cột 7']);
    expect(v(f, 'F6')).toBe('ô TTHC!C5');
  });
});

describe('sheet names', () => {
  it('are at most 31 characters, without forbidden signs, unique', () => {
    const taken = new Set<string>();
    // Cut at a word's end, never in the middle of one.
    expect(sheetName('2.7 Xây dựng và phát triển chính quyền điện tử, chính quyền số', taken)).toBe('2.7 Xây dựng và phát triển');
    expect(sheetName('a/b:c', taken)).toBe('a b c');
    expect(sheetName('A B C', taken)).toBe('A B C 2');
  });
});
