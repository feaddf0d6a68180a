import { periodOf, periodShortLabel } from '../../../consolidate/period.js';
import type { IndicatorResult, UnitResult } from '../../../consolidate/types.js';
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
    { header: 'Số liệu chưa đủ', width: 48, wrap: true },
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
          if (!v) return null;
          const cell = valueCell(v.value, ind, t);
          return v.partial && v.value !== null ? { ...cell, partial: true } : cell;
        }),
        gapText(u, indicators),
      ];
    }
  }
  await addTableSheet(wb, sheetName('Đơn vị × chỉ tiêu', taken), {
    title: 'SỐ LIỆU CỦA TỪNG CƠ QUAN, ĐƠN VỊ',
    subtitle: `${input.body.shortName} — ${c.period.label}. Ô tô màu, chữ nghiêng: số liệu chưa đủ các kỳ (xem cột cuối).`,
    columns,
    rows: rows(),
    frozenColumns: 3,
    // Indicator ids above the headers, for formulas and lookups by id.
    labels: { first: 4, texts: indicators.map((ind) => ind.id) },
    headerHeight: 96,
  });
}

/**
 * What a unit's partial figures lack, in a few words: reports not consolidated,
 * values left empty, rates given one count of two, end-of-period values carried
 * forward; null when nothing.
 */
export function gapText(u: UnitResult, indicators: readonly IndicatorResult[]): string | null {
  const short = (id: string) => periodShortLabel(periodOf(id), 'vi');
  const wholeReports = new Set<string>();
  const groups = new Map<string, string[]>();
  const add = (what: string, name: string) => {
    const list = groups.get(what);
    if (list) list.push(name);
    else groups.set(what, [name]);
  };
  for (const ind of indicators) {
    const v = u.values[ind.id];
    if (!v?.gaps) continue;
    for (const g of v.gaps) if (g.reason === 'missing' || g.reason === 'invalid') wholeReports.add(g.period);
    const empty = v.gaps.filter((g) => g.reason === 'no-value').map((g) => short(g.period));
    const unpaired = v.gaps.filter((g) => g.reason === 'unpaired').map((g) => short(g.period));
    if (empty.length) add(`để trống ${empty.join(', ')}`, ind.name);
    if (unpaired.length) add(`chỉ có một trong hai số (tử số, mẫu số) ${unpaired.join(', ')}`, ind.name);
    if (v.carriedFrom) add(`lấy theo số liệu ${short(v.carriedFrom)}`, ind.name);
  }
  const parts: string[] = [];
  if (wholeReports.size) parts.push(`chưa có số liệu ${[...wholeReports].map(short).join(', ')}`);
  for (const [what, names] of groups) parts.push(`${what}: ${names.join(', ')}`);
  if (!parts.length) return null;
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
