import type { ReportInput } from '../report-input.js';
import { valueCell } from './indicator-cells.js';
import { addTableSheet, sheetName, type SheetColumn, type SheetRow, type WorkbookWriter } from './sheet-table.js';

/**
 * "Đơn vị × chỉ tiêu": one row per expected unit, one column per indicator
 * (named in the header, its id in the row under the title for lookups). The
 * biggest sheet (10,000 units × every indicator): its rows are made one at a
 * time, as they are written.
 */
export async function addUnitsSheet(wb: WorkbookWriter, input: ReportInput, taken: Set<string>): Promise<void> {
  const t = input.template;
  const c = input.consolidation;
  const indicators = c.indicators;
  const columns: SheetColumn[] = [
    { header: 'TT', width: 6, align: 'center' },
    { header: 'Mã đơn vị', width: 14 },
    { header: 'Cơ quan, đơn vị', width: 32, wrap: true },
    ...indicators.map((ind): SheetColumn => ({ header: `${ind.name} (${ind.unit || '-'})`, width: 16, align: 'right' })),
  ];
  function* rows(): Generator<SheetRow> {
    let n = 0;
    for (const u of c.units) {
      yield [
        ++n,
        u.unit,
        u.name,
        ...indicators.map((ind) => {
          const v = u.values[ind.id];
          return v ? valueCell(v.value, ind, t) : null;
        }),
      ];
    }
  }
  await addTableSheet(wb, sheetName('Đơn vị × chỉ tiêu', taken), {
    title: 'SỐ LIỆU CỦA TỪNG CƠ QUAN, ĐƠN VỊ',
    subtitle: `${input.body.shortName} — ${c.period.label}`,
    columns,
    rows: rows(),
    frozenColumns: 3,
    // Indicator ids above the headers, for formulas and lookups by id.
    labels: { first: 4, texts: indicators.map((ind) => ind.id) },
    headerHeight: 96,
  });
}
