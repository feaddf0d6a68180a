import type { IndicatorResult, UnitResult } from '../../../consolidate/types.js';
import { gapText } from '../gap-text.js';
import type { ReportInput } from '../report-input.js';
import { valueCell } from './indicator-cells.js';
import { addTableSheet, type SheetColumn, type SheetRow, type WorkbookWriter } from './sheet-table.js';

/**
 * Most indicators on one units sheet: with the unit's name, that many columns
 * of 12 units print one A4 landscape page wide at about three quarters of
 * their size (12 pt text at ~9 pt), still readable.
 */
export const INDICATORS_PER_SHEET = 12;

/**
 * An area's indicators in groups of at most INDICATORS_PER_SHEET, as even as
 * can be (30 → 10, 10, 10; 14 → 7, 7).
 */
export function indicatorGroups<T>(indicators: readonly T[]): T[][] {
  const count = Math.ceil(indicators.length / INDICATORS_PER_SHEET);
  const groups: T[][] = [];
  for (let i = 0, from = 0; i < count; i++) {
    const size = Math.ceil((indicators.length - from) / (count - i));
    groups.push(indicators.slice(from, from + size));
    from += size;
  }
  return groups;
}

/**
 * Units × indicators for some of an area's indicators: one row per unit that
 * reports any of them (its name and kind), one column per indicator, named in
 * the header. Printed A4 landscape one page wide, the header repeated on every
 * page. The biggest sheets (10,000 units): rows are made one at a time, as
 * they are written.
 */
export async function addUnitsSheet(
  wb: WorkbookWriter,
  input: ReportInput,
  indicators: readonly IndicatorResult[],
  title: string,
  name: string,
): Promise<void> {
  const t = input.template;
  const c = input.consolidation;
  const kindName = new Map<string, string>();
  for (const k of c.kinds) for (const u of k.units) kindName.set(u, k.name);
  const columns: SheetColumn[] = [
    { header: 'TT', width: 6, align: 'center' },
    { header: 'Cơ quan, đơn vị', width: 30, wrap: true },
    ...indicators.map((ind): SheetColumn => ({ header: ind.unit ? `${ind.name} (${ind.unit})` : ind.name, width: 12, align: 'right' })),
    { header: 'Số liệu chưa đủ', width: 30, wrap: true },
  ];
  function* rows(): Generator<SheetRow> {
    let n = 0;
    for (const u of c.units) {
      if (!indicators.some((ind) => u.values[ind.id] !== undefined)) continue;
      yield [
        ++n,
        u.name,
        ...indicators.map((ind) => {
          const v = u.values[ind.id];
          if (!v) return null;
          const cell = valueCell(v.value, ind, t);
          return v.partial && v.value !== null ? { ...cell, partial: true } : cell;
        }),
        gapText(u, indicators),
      ];
    }
  }
  // The header's height: the longest indicator name wrapped in its column.
  const longest = Math.max(...indicators.map((ind) => ind.name.length + ind.unit.length + 3));
  // ~10 characters a line of 12 pt bold in a column 12 units wide.
  await addTableSheet(wb, name, {
    title,
    subtitle: `${input.body.shortName} — ${c.period.label}. Ô tô màu, chữ nghiêng: số liệu chưa đủ các kỳ (xem cột cuối).`,
    columns,
    rows: rows(),
    frozenColumns: 2,
    headerHeight: Math.min(409, Math.ceil(longest / 10) * 16 + 6),
  });
}
