import type { Workbook } from 'exceljs';
import type { ReportInput } from '../report-input.js';
import { valueCell } from './indicator-cells.js';
import { HEADER_ROW, sheetName, writeTable, type SheetColumn, type SheetRow } from './sheet-table.js';

/**
 * "Đơn vị × chỉ tiêu": one row per expected unit, one column per indicator
 * (named in the header, its id in the row under the title for lookups).
 */
export function addUnitsSheet(wb: Workbook, input: ReportInput, taken: Set<string>): void {
  const t = input.template;
  const c = input.consolidation;
  const ws = wb.addWorksheet(sheetName('Đơn vị × chỉ tiêu', taken));
  const indicators = c.indicators;
  const columns: SheetColumn[] = [
    { header: 'TT', width: 6, align: 'center' },
    { header: 'Mã đơn vị', width: 14 },
    { header: 'Cơ quan, đơn vị', width: 32, wrap: true },
    ...indicators.map((ind): SheetColumn => ({ header: `${ind.name} (${ind.unit || '-'})`, width: 16, align: 'right' })),
  ];
  const rows: SheetRow[] = c.units.map((u, i) => [
    i + 1,
    u.unit,
    u.name,
    ...indicators.map((ind) => {
      const v = u.values[ind.id];
      return v ? valueCell(v.value, ind, t) : null;
    }),
  ]);
  writeTable(ws, {
    title: 'SỐ LIỆU CỦA TỪNG CƠ QUAN, ĐƠN VỊ',
    subtitle: `${input.body.shortName} — ${c.period.label}`,
    columns,
    rows,
    frozenColumns: 3,
  });
  // Indicator ids under the headers' row, for formulas and lookups by id.
  const idRow = ws.getRow(HEADER_ROW - 1);
  indicators.forEach((ind, i) => {
    const cell = idRow.getCell(4 + i);
    cell.value = ind.id;
    cell.font = { name: 'Times New Roman', size: 9, italic: true, color: { argb: 'FF595959' } };
  });
  ws.getRow(HEADER_ROW).height = 96;
}
