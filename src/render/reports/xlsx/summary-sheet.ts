import type { ReportInput } from '../report-input.js';
import { areaNumbers, comparisonsWithData, fill, statusText, targetLines } from '../report-text.js';
import { countCell, valueCell } from './indicator-cells.js';
import { addTableSheet, type SheetColumn, type SheetRow, type WorkbookWriter } from './sheet-table.js';

/** "Tổng hợp": every indicator for all units with its target and status, coloured by status; areas numbered as in the Word report. */
export async function addSummarySheet(wb: WorkbookWriter, input: ReportInput, name: string): Promise<void> {
  const t = input.template;
  const c = input.consolidation;
  const compare = comparisonsWithData(input);
  const columns: SheetColumn[] = [
    { header: fill(t.columns.number, input), width: 6, align: 'center' },
    { header: 'Lĩnh vực', width: 8, align: 'center' },
    { header: fill(t.columns.indicator, input), width: 60, wrap: true },
    { header: fill(t.columns.unit, input), width: 11, align: 'center' },
    { header: fill(t.columns.value, input), width: 15, align: 'right' },
    { header: 'Tử số', width: 12, align: 'right' },
    { header: 'Mẫu số', width: 12, align: 'right' },
    ...compare.map((k): SheetColumn => ({ header: fill(t.columns[k], input), width: 15, align: 'right' })),
    { header: fill(t.columns.target, input), width: 30, wrap: true },
    { header: 'Đơn vị chưa đủ số liệu các kỳ', width: 36, wrap: true },
    { header: fill(t.columns.status, input), width: 16, align: 'center' },
  ];
  const names = new Map(c.units.map((u) => [u.unit, u.name]));
  const partialUnits = (ids: readonly string[]): string | null => {
    if (ids.length === 0) return null;
    const shown = ids.slice(0, PARTIAL_NAMES).map((id) => names.get(id) ?? id);
    const more = ids.length - shown.length;
    return `${ids.length}: ${shown.join(', ')}${more > 0 ? ` và ${more} đơn vị khác` : ''}`;
  };
  const numbers = areaNumbers(input);
  const rows: SheetRow[] = c.indicators.map((ind, i) => [
    i + 1,
    numbers.get(ind.area) ?? ind.areaCode,
    ind.name,
    ind.unit,
    valueCell(ind.figure.value, ind, t),
    countCell(ind.isRate ? ind.figure.numerator : null),
    countCell(ind.isRate ? ind.figure.denominator : null),
    ...compare.map((k) => valueCell(ind[k].value, ind, t)),
    ind.targets.length ? targetLines(ind, t).join('\n') : null,
    partialUnits(ind.figure.partial),
    statusText(ind.status, t),
  ]);
  await addTableSheet(wb, name, {
    title: `KẾT QUẢ CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH ${fill('{period}', input).toUpperCase()}`,
    subtitle: `${input.body.shortName} — ${c.plan.title}`,
    columns,
    rows,
    frozenColumns: 3,
    statuses: { met: t.status.met, notMet: t.status['not-met'], noData: t.status['no-data'] },
  });
}

/** Units named in the summary's partial column; the rest are counted (the units sheet has them all). */
const PARTIAL_NAMES = 5;
