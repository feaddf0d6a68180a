/**
 * Section III (overall assessment), IV (next tasks) and V (proposals) as text:
 * what the figures say about the targets, the reporting, and what the areas'
 * leads wrote for the whole body (difficulties and proposals: narrative-groups-text.ts).
 */
import type { IndicatorResult } from '../../../consolidate/types.js';
import type { ReportInput } from '../report-input.js';
import { fill, formatCount, formatValue, listNames } from '../report-text.js';
import { yearToDateView } from './area-figures.js';
import { leadNextTasks } from './lead-text.js';
import type { AreaText } from './narrative-groups-text.js';
import { inSentence } from './words.js';

/** Units named in a sentence about the reporting before "and N others". */
const UNITS_NAMED = 10;


function judged(input: ReportInput): { met: IndicatorResult[]; notMet: IndicatorResult[] } {
  const all = input.consolidation.indicators.filter((i) => i.status === 'met' || i.status === 'not-met');
  return { met: all.filter((i) => i.status === 'met'), notMet: all.filter((i) => i.status === 'not-met') };
}

const names = (list: readonly IndicatorResult[]) => list.map((i) => inSentence(i.name)).join('; ');

/** Strengths: how many targets are met in the period, overall and by area (the areas' sections say which). */
export function strengthsText(input: ReportInput): string[] {
  const t = input.template.phrases;
  const { met, notMet } = judged(input);
  const total = met.length + notMet.length;
  if (total === 0) return [];
  if (met.length === 0) return [fill(t.noTargetsMet, input)];
  const byArea = input.consolidation.areas
    .map((a) => ({ a, met: met.filter((i) => i.area === a.id).length, judged: [...met, ...notMet].filter((i) => i.area === a.id).length }))
    // A strength is what was met: an area with none met is not listed here (section 2 names its targets).
    .filter((x) => x.met > 0)
    .map((x) => fill(t.areaTargets, input, { area: inSentence(x.a.title), met: formatCount(x.met), judged: formatCount(x.judged) }));
  const out = [fill(t.targetsMet, input, { met: formatCount(met.length), judged: formatCount(total), list: byArea.join('; ') })];
  const main = mainResults(input);
  if (main.length) out.push(fill(t.mainResults, input, { list: main.join('; ') }));
  return out;
}

/** Rates shown in the report's chart come first among the main results. */
const MAIN_RESULTS = 5;

/**
 * The main targets met, with their figures: rates (the chart's first), as the
 * body states them (year to date where the plan reads them so).
 */
function mainResults(input: ReportInput): string[] {
  const c = input.consolidation;
  const charted = new Set(c.trend.series.map((s) => s.indicator));
  const rates = c.indicators
    .map((i) => yearToDateView(i, c) ?? i)
    .filter((i) => i.status === 'met' && (i.isRate || i.type === 'percent') && typeof i.figure.value === 'number');
  const ordered = [...rates.filter((i) => charted.has(i.id)), ...rates.filter((i) => !charted.has(i.id))];
  return ordered
    .slice(0, MAIN_RESULTS)
    .map((i) => fill(input.template.phrases.mainResult, input, { name: inSentence(i.name), value: formatValue(i.figure.value, i, input.template) }));
}

/** A list of unit names, at most UNITS_NAMED of them, then how many others. */
export function unitNames(input: ReportInput, all: readonly string[]): string {
  const shown = listNames(all.slice(0, UNITS_NAMED));
  const rest = all.length - Math.min(all.length, UNITS_NAMED);
  return rest > 0 ? `${shown} ${fill(input.template.phrases.others, input, { count: formatCount(rest) })}` : shown;
}

/** Shortcomings the figures show: targets not met, units that did not report, or late. */
export function shortcomingsText(input: ReportInput): string[] {
  const t = input.template.phrases;
  const { met, notMet } = judged(input);
  const out: string[] = [];
  if (met.length + notMet.length > 0) {
    out.push(
      notMet.length
        ? fill(t.targetsNotMet, input, { count: formatCount(notMet.length), judged: formatCount(met.length + notMet.length), list: names(notMet) })
        : fill(t.allTargetsMet, input),
    );
  }
  const units = input.consolidation.completeness.units;
  const byStatus = (s: string) => units.filter((u) => u.status === s).map((u) => u.name);
  const groups = [
    [t.missingUnits, byStatus('missing')],
    [t.lateUnits, byStatus('late')],
    [t.partialUnits, byStatus('partial')],
    [t.excludedUnits, byStatus('invalid')],
  ] as const;
  for (const [phrase, list] of groups) {
    if (list.length) out.push(fill(phrase, input, { count: formatCount(list.length), list: unitNames(input, list) }));
  }
  return out;
}

/** Next tasks, by area, as the areas' leads set them. */
export function nextTasksByArea(input: ReportInput): AreaText[] {
  const out: AreaText[] = [];
  for (const area of input.consolidation.areas) {
    const paragraphs = leadNextTasks(input, area.id);
    if (paragraphs.length) out.push({ area: area.title, paragraphs });
  }
  return out;
}
