import type { ReportInput } from '../report-input.js';
import { addTableSheet, type SheetRow, type WorkbookWriter } from './sheet-table.js';

/**
 * "Mã tra cứu": the identifiers the reader's sheets leave out, for whoever
 * traces a figure back to its data: each area, indicator, task and unit with
 * the code it has in the plan, the submissions and the JSON output (and a
 * unit's files), and each finding with its rule code, file, position and data
 * path. The last sheet of the workbook.
 */
export async function addTechnicalSheet(wb: WorkbookWriter, input: ReportInput, name: string): Promise<void> {
  await addTableSheet(wb, name, {
    title: 'MÃ TRA CỨU (DÀNH CHO CÁN BỘ KỸ THUẬT)',
    subtitle: `${input.body.shortName} — ${input.consolidation.period.label}: mã của lĩnh vực, chỉ tiêu, nhiệm vụ, đơn vị trong kế hoạch và dữ liệu; tệp, vị trí, mã quy tắc của từng kết quả kiểm tra`,
    columns: [
      { header: 'Loại', width: 14 },
      { header: 'Tên, nội dung', width: 60, wrap: true },
      { header: 'Mã', width: 26, wrap: true },
      { header: 'Tệp, vị trí, đường dẫn dữ liệu', width: 50, wrap: true },
    ],
    rows: technicalRows(input),
    frozenColumns: 0,
  });
}

function* technicalRows(input: ReportInput): Generator<SheetRow> {
  const c = input.consolidation;
  for (const a of c.areas) yield ['Lĩnh vực', a.title, a.id, `mục ${a.code} của kế hoạch ${c.plan.id}`];
  for (const ind of c.indicators) yield ['Chỉ tiêu', ind.name, ind.id, `/areas/${ind.area}/values/${ind.id}`];
  for (const task of c.tasks) yield ['Nhiệm vụ', task.title, task.id, `/areas/${task.area}/tasks/${task.id}`];
  for (const u of c.completeness.units) yield ['Đơn vị', u.name, u.unit, u.files.join('\n') || null];
  for (const d of input.diagnostics) {
    const where = d.cell ? `${d.file} ${d.cell}` : d.line !== null ? `${d.file}:${d.line}${d.column !== null ? `:${d.column}` : ''}` : d.file;
    yield ['Kiểm tra', d.message, d.code, d.path ? `${where}\n${d.path}` : where];
  }
  for (const n of c.notes) {
    yield ['Tổng hợp', n.message, n.code, [n.file, n.unit, n.period, n.indicator].filter((x) => x !== null).join('\n') || null];
  }
}
