import type { Consolidation, IndicatorResult } from '../../consolidate/types.js';
import { formatNumber } from '../../util/vi-format.js';
import { gapText } from './gap-text.js';
import { lowerFirst } from './report-text.js';

/**
 * Units named one a line in the notes; the rest are counted (the workbook's
 * units sheets have them all). Keeps the appendix to a page when many units lack
 * a quarter.
 */
export const NOTED_UNITS = 15;

/**
 * The notes under the indicator table of a report, one line each, empty when
 * there is nothing to say: the units whose figures for the period are partial
 * and what they lack (a quarter not consolidated, values left empty, a rate
 * given one count of two, an end-of-period value carried forward from an
 * earlier quarter; for an indicator read over the year so far, its year to
 * date), in the workbook's words; and the indicators that units
 * outside the plan's reporters reported too, with the count this gives
 * ("2/2 đơn vị"), as the JSON's figure.outside says.
 */
export function figureNotes(c: NotedConsolidation): string[] {
  const lines: string[] = [];
  const ytd = new Set(c.indicators.filter((i) => readsYearToDate(i, c)).map((i) => i.id));
  const partial = partialLines(c, ytd);
  const outside = outsideLines(c);
  if (partial.length === 0 && outside.length === 0) return [];
  lines.push('Ghi chú:');
  if (partial.length) {
    const window = ytd.size && c.yearToDate ? `; chỉ tiêu tính lũy kế từ đầu năm: số liệu ${c.yearToDate.label}` : '';
    lines.push(`- Số liệu của các đơn vị sau chưa đủ các kỳ (kỳ thiếu không được tính là 0${window}):`, ...partial);
  }
  lines.push(...outside);
  return lines;
}

type NotedConsolidation = Pick<Consolidation, 'indicators' | 'units' | 'period' | 'yearToDate'>;

/**
 * An indicator the plan reads over the year so far ("trong năm") whose year to
 * date is longer than the period (Q2, Q3, Q4, S2): its year-to-date figure is
 * the one judged, and the one the report states.
 */
function readsYearToDate(ind: IndicatorResult, c: NotedConsolidation): boolean {
  return ind.window === 'year-to-date' && ind.yearToDate !== undefined && c.yearToDate !== null && c.yearToDate.id !== c.period.id;
}

function partialLines(c: NotedConsolidation, ytd: ReadonlySet<string>): string[] {
  const inFigures = new Set(c.indicators.flatMap((i) => (ytd.has(i.id) ? i.yearToDate!.figure.partial : i.figure.partial)));
  const lines: string[] = [];
  let more = 0;
  for (const u of c.units) {
    if (!inFigures.has(u.unit)) continue;
    // Each indicator's value as the report states it: the year to date for those read so.
    const values = ytd.size ? Object.fromEntries(Object.entries(u.values).map(([id, v]) => [id, ytd.has(id) && v.yearToDate ? v.yearToDate : v])) : u.values;
    const text = gapText({ ...u, values }, c.indicators);
    if (text === null) continue;
    if (lines.length < NOTED_UNITS) lines.push(`+ ${u.name}: ${lowerFirst(text)}.`);
    else more++;
  }
  if (more > 0) lines.push(`+ Và ${formatNumber(more)} đơn vị khác (chi tiết tại các trang "Đơn vị" của tệp Excel kèm theo).`);
  return lines;
}

/** One line per group of indicators with the same units outside the plan's reporters and the same counts. */
function outsideLines(c: NotedConsolidation): string[] {
  const names = new Map(c.units.map((u) => [u.unit, u.name]));
  const groups = new Map<string, { indicators: IndicatorResult[]; outside: string[] }>();
  for (const ind of c.indicators) {
    const outside = ind.figure.outside ?? [];
    if (outside.length === 0) continue;
    const key = `${outside.join(',')}|${ind.figure.reporting}|${ind.figure.expected}`;
    const group = groups.get(key);
    if (group) group.indicators.push(ind);
    else groups.set(key, { indicators: [ind], outside });
  }
  return [...groups.values()].map(({ indicators, outside }) => {
    const f = indicators[0]!.figure;
    const which = indicators.map((i) => `"${i.name}"`).join(', ');
    const who = outside.map((id) => names.get(id) ?? id).join(', ');
    return (
      `- Chỉ tiêu ${which} theo Kế hoạch do ${formatNumber(f.expected - outside.length)} đơn vị báo cáo; ` +
      `${who} cũng báo cáo và được cộng vào số tổng hợp, nên số liệu là của ${formatNumber(f.reporting)}/${formatNumber(f.expected)} đơn vị.`
    );
  });
}
