import type { IndicatorResult } from '../../../consolidate/types.js';
import type { ReportTemplate } from '../template/template-spec.js';
import { formatValue } from '../report-text.js';
import type { NumberFormatName, SheetCell } from './sheet-table.js';

/** The number format of an indicator's values. */
export function formatOf(ind: Pick<IndicatorResult, 'unit' | 'type' | 'isRate'>): NumberFormatName {
  if (ind.isRate || ind.type === 'percent' || ind.unit.trim() === '%') return 'percent';
  return ind.type === 'count' ? 'count' : 'decimal';
}

/** A value as a workbook cell: numbers stay numbers with the indicator's format (rates as fractions); booleans in words. */
export function valueCell(
  value: number | boolean | string | null | undefined,
  ind: Pick<IndicatorResult, 'unit' | 'type' | 'isRate'> & Partial<Pick<IndicatorResult, 'scale'>>,
  t: ReportTemplate,
): SheetCell {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'boolean') return { value: value ? t.values.yes : t.values.no };
  // Dates as dd/mm/yyyy, ratings by their names.
  if (typeof value === 'string') return { value: formatValue(value, ind, t) };
  const format = formatOf(ind);
  // Rates are percentages (87.258 means 87.258 %): stored as the fraction a percent format shows.
  // Rounded to 12 significant digits: 35.2 / 100 is 0.35200000000000004 in binary floating point.
  return { value: format === 'percent' ? Number((value / 100).toPrecision(12)) : value, format };
}

/** A count as a cell (numerators, denominators). */
export function countCell(value: number | null | undefined): SheetCell {
  return value === null || value === undefined ? { value: null } : { value, format: 'count' };
}
