import type { ReportInput } from '../report-input.js';
import { addTableSheet, type WorkbookWriter } from './sheet-table.js';

/** A sheet of the workbook and what it holds, in the reader's words. */
export interface SheetEntry {
  name: string;
  about: string;
}

/**
 * "Mục lục": the first sheet, saying what each sheet holds and how to read
 * the figures (rates are percentages a spreadsheet can compute with; the
 * identifiers are on the last sheet).
 */
export async function addContentsSheet(wb: WorkbookWriter, input: ReportInput, name: string, sheets: readonly SheetEntry[]): Promise<void> {
  const c = input.consolidation;
  const w = c.period.window;
  const dmy = (iso: string) => iso.split('-').reverse().join('/');
  await addTableSheet(wb, name, {
    title: `SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH ${c.period.label.toUpperCase()}`,
    subtitle:
      `${input.body.shortName} — số liệu từ ngày ${dmy(w.from)} đến ngày ${dmy(w.to)}; ` +
      'tỷ lệ ghi dạng phần trăm (tính toán được); mã, tệp, đường dẫn dữ liệu ở trang cuối',
    columns: [
      { header: 'TT', width: 6, align: 'center' },
      { header: 'Trang tính', width: 34, wrap: true },
      { header: 'Nội dung', width: 90, wrap: true },
    ],
    rows: sheets.map((s, i) => [i + 1, { value: s.name, bold: true }, s.about]),
    frozenColumns: 0,
  });
}
