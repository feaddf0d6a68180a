import type { ReportInput } from '../report-input.js';
import { addTableSheet, sheetName, type SheetRow, type WorkbookWriter } from './sheet-table.js';

const SEVERITY = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as const;

/**
 * "Kiểm tra số liệu": what validation found in the submissions, and what the
 * consolidation noted about the figures (missing quarters, mismatches).
 */
export async function addFindingsSheet(wb: WorkbookWriter, input: ReportInput, taken: Set<string>): Promise<void> {
  await addTableSheet(wb, sheetName('Kiểm tra số liệu', taken), {
    title: 'KẾT QUẢ KIỂM TRA SỐ LIỆU',
    subtitle: `${input.body.shortName} — ${input.consolidation.period.label}`,
    columns: [
      { header: 'Nguồn', width: 11 },
      { header: 'Mức độ', width: 11 },
      { header: 'Mã', width: 24 },
      { header: 'Nội dung', width: 70, wrap: true },
      { header: 'Tệp', width: 40, wrap: true },
      { header: 'Dòng', width: 8, align: 'right', format: 'count' },
      { header: 'Cột', width: 8, align: 'right', format: 'count' },
      { header: 'Ô', width: 14 },
      { header: 'Vị trí dữ liệu', width: 36, wrap: true },
    ],
    rows: findings(input),
    frozenColumns: 0,
  });
}

function* findings(input: ReportInput): Generator<SheetRow> {
  for (const d of input.diagnostics) {
    yield [
      'Kiểm tra',
      SEVERITY[d.severity],
      d.code,
      d.message,
      d.file,
      d.line,
      d.column,
      d.cell,
      d.path || null,
    ];
  }
  for (const n of input.consolidation.notes) {
    yield [
      'Tổng hợp',
      SEVERITY[n.severity],
      n.code,
      n.message,
      n.file,
      null,
      null,
      null,
      [n.unit, n.period, n.indicator].filter((x) => x !== null).join(' / ') || null,
    ];
  }
}
