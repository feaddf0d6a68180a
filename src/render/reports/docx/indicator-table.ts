import type { IndicatorResult } from '../../../consolidate/types.js';
import type { ReportInput } from '../report-input.js';
import { fill, formatRatioParts, formatValue, statusLines, targetLines } from '../report-text.js';
import { dataTable, type TableCellContent, type TableColumn, type TableRowContent } from './data-table.js';
import type { XmlBlock } from './xml-block.js';

/** The value cell: the figure, and for a rate the counts it comes from on a second line. */
export function valueCell(
  ind: Pick<IndicatorResult, 'unit' | 'type' | 'isRate'>,
  figure: { value: number | boolean | string | null; numerator?: number | null; denominator?: number | null },
  input: ReportInput,
): TableCellContent {
  const value = formatValue(figure.value, ind, input.template);
  const parts = ind.isRate && figure.value !== null ? formatRatioParts(figure.numerator, figure.denominator) : null;
  return parts ? { text: value, note: parts } : { text: value };
}

/**
 * An area's indicators: TT, name, unit of measure, value for the period, the
 * comparisons the template asks for, target and met / not met.
 */
export function indicatorTable(indicators: readonly IndicatorResult[], input: ReportInput): XmlBlock {
  const t = input.template;
  const compare = t.compare;
  const columns: TableColumn[] = [
    { header: fill(t.columns.number, input), weight: 6, align: 'centre' },
    { header: fill(t.columns.indicator, input), weight: compare.length ? 27 : 36, align: 'left' },
    { header: fill(t.columns.unit, input), weight: 8, align: 'centre' },
    { header: fill(t.columns.value, input), weight: 15, align: 'right' },
    ...compare.map((c): TableColumn => ({ header: fill(t.columns[c], input), weight: 11, align: 'right' })),
    { header: fill(t.columns.target, input), weight: compare.length ? 14 : 18, align: 'centre' },
    { header: fill(t.columns.status, input), weight: compare.length ? 12 : 14, align: 'centre' },
  ];
  const rows: TableRowContent[] = indicators.map((ind, i) => [
    String(i + 1),
    ind.name,
    ind.unit,
    valueCell(ind, ind.figure, input),
    ...compare.map((c) => formatValue(ind[c].value, ind, t)),
    ind.targets.length ? targetLines(ind, t).join('\n') : t.values.none,
    statusLines(ind, t).join('\n'),
  ]);
  return dataTable(columns, rows);
}
