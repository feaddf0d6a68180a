/**
 * The wording shared by the Word and Excel writers: placeholders filled from
 * the consolidation, values and targets in Vietnamese number formats, and the
 * compiled narratives. Pure functions of the ReportInput.
 */
import {
  makePeriod,
  periodLabel,
  periodOf,
  periodShortLabel,
  previousPeriod,
  samePeriodLastYear,
  type Period,
} from '../../consolidate/period.js';
import type {
  AreaNarratives,
  IndicatorResult,
  NarrativeEntry,
  TargetResult,
  TargetStatus,
  UnitCompleteness,
} from '../../consolidate/types.js';
import { interpolate, type Params } from '../../i18n/index.js';
import { formatNumber, formatPercent } from '../../util/vi-format.js';
import type { ReportInput } from './report-input.js';
import type { ReportTemplate } from './template/template-spec.js';

export function nextPeriod(p: Period): Period {
  if (p.kind === 'year') return makePeriod('year', p.year + 1);
  const count = p.kind === 'quarter' ? 4 : 2;
  return p.index === count ? makePeriod(p.kind, p.year + 1, 1) : makePeriod(p.kind, p.year, p.index + 1);
}

/** Values of the placeholders every template text may use. */
export function globalParams(input: ReportInput): Params {
  const p = periodOf(input.consolidation.period.id);
  const next = nextPeriod(p);
  const prev = previousPeriod(p);
  const last = samePeriodLastYear(p);
  return {
    period: periodLabel(p, 'vi'),
    periodShort: periodShortLabel(p, 'vi'),
    year: p.year,
    nextPeriod: periodLabel(next, 'vi'),
    nextShort: periodShortLabel(next, 'vi'),
    previousPeriod: periodLabel(prev, 'vi'),
    previousShort: periodShortLabel(prev, 'vi'),
    lastYearPeriod: periodLabel(last, 'vi'),
    lastYearShort: periodShortLabel(last, 'vi'),
    body: input.body.shortName,
    bodyName: input.body.name.replace(/\s*\n\s*/g, ' '),
    place: input.body.place,
    plan: input.consolidation.plan.title,
    symbol: input.body.symbol,
  };
}

/** A template text with the global placeholders and `extra` filled; NFC. */
export function fill(text: string, input: ReportInput, extra: Params = {}): string {
  return interpolate(text, { ...globalParams(input), ...extra }).normalize('NFC');
}

function isPercentUnit(unit: string): boolean {
  return unit.trim() === '%';
}

/** A number in the indicator's unit: "95,5%", "1.234", "12,5". */
export function formatAmount(value: number, unit: string, type: IndicatorResult['type']): string {
  if (isPercentUnit(unit) || type === 'percent') return formatPercent(value);
  if (type === 'count' || Number.isInteger(value)) return formatNumber(value);
  const rounded = Number(value.toFixed(2));
  return formatNumber(rounded, Number.isInteger(rounded * 10) ? 1 : 2);
}

/** A value as the report prints it; booleans and missing values in the template's words. */
export function formatValue(
  value: number | boolean | string | null | undefined,
  indicator: Pick<IndicatorResult, 'unit' | 'type'>,
  t: ReportTemplate,
): string {
  if (value === null || value === undefined) return t.values.none;
  if (typeof value === 'boolean') return value ? t.values.yes : t.values.no;
  if (typeof value === 'string') return value;
  return formatAmount(value, indicator.unit, indicator.type);
}

/** "(1.234/1.292)" under a rate, when both counts are known. */
export function formatRatioParts(numerator: number | null | undefined, denominator: number | null | undefined): string | null {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) return null;
  // A zero-width space after the slash lets a narrow cell wrap there, not inside a number.
  return `(${formatNumber(numerator)}/\u200b${formatNumber(denominator)})`;
}

function amountWithUnit(value: number, indicator: Pick<IndicatorResult, 'unit' | 'type'>): string {
  const amount = formatAmount(value, indicator.unit, indicator.type);
  return isPercentUnit(indicator.unit) || indicator.type === 'percent' ? amount : `${amount} ${indicator.unit}`;
}

/** A target's threshold for the year, compactly: "≥ 95%", "95–100%", "≤ 15 phút", "≥ 30% (phấn đấu 40%)". */
export function formatThreshold(target: TargetResult, indicator: Pick<IndicatorResult, 'unit' | 'type'>, t: ReportTemplate): string {
  let text: string;
  if (target.equals !== null) text = target.equals ? t.values.yes : t.values.no;
  else if (target.min !== null && target.max !== null) {
    text =
      target.min === target.max
        ? amountWithUnit(target.min, indicator)
        : `${formatAmount(target.min, indicator.unit, indicator.type)}–${amountWithUnit(target.max, indicator)}`;
  } else if (target.min !== null) {
    text = `≥\u00a0${amountWithUnit(target.min, indicator)}`;
    if (target.stretch !== null) text += ` (phấn đấu ${amountWithUnit(target.stretch, indicator)})`;
  } else if (target.max !== null) text = `≤\u00a0${amountWithUnit(target.max, indicator)}`;
  else text = target.text;
  if (target.by !== null) text = `đến năm ${target.by}: ${text}`;
  return text;
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function levelPrefix(target: TargetResult, many: boolean): string {
  if (!many || target.levelName === null) return '';
  return `${upperFirst(target.levelName)}: `;
}

/** One line per target: the threshold, prefixed by its level when the indicator has several. */
export function targetLines(indicator: IndicatorResult, t: ReportTemplate): string[] {
  const many = indicator.targets.length > 1;
  return indicator.targets.map((target) => levelPrefix(target, many) + formatThreshold(target, indicator, t));
}

export function statusText(status: TargetStatus, t: ReportTemplate): string {
  return t.status[status];
}

/** One line per target: its status, with the level and the value judged when it is not the overall figure. */
export function statusLines(indicator: IndicatorResult, t: ReportTemplate): string[] {
  if (indicator.targets.length === 0) return [statusText(indicator.status, t)];
  const many = indicator.targets.length > 1;
  return indicator.targets.map((target) => {
    const status = statusText(target.status, t);
    const judgedElsewhere = target.scope !== 'all' && target.value !== null && many;
    const value = judgedElsewhere ? ` (${formatValue(target.value, indicator, t)})` : '';
    return levelPrefix(target, many) + status + value;
  });
}

/** Status line of a unit for the reporting-status table. */
export function unitStatusText(u: UnitCompleteness, t: ReportTemplate): string {
  if (u.status === 'late') return interpolate(t.unitStatus.late, { days: u.daysLate ?? 0 });
  return t.unitStatus[u.status];
}

/** What is worth noting about a unit's reporting: parts with errors or missing, how figures were built. */
export function unitNote(u: UnitCompleteness): string {
  const short = (id: string) => periodShortLabel(periodOf(id), 'vi');
  const notes: string[] = [];
  const invalid = u.parts.filter((p) => p.status === 'invalid').map((p) => p.period);
  const missing = u.parts.filter((p) => p.status === 'missing').map((p) => p.period);
  for (const p of u.missingParts) if (!invalid.includes(p) && !missing.includes(p)) missing.push(p);
  if (u.status === 'invalid' && u.errors > 0) notes.push(`${formatNumber(u.errors)} lỗi, chưa tổng hợp`);
  else if (invalid.length) notes.push(`số liệu ${invalid.map(short).join(', ')} có lỗi, chưa tổng hợp`);
  if (missing.length && u.status !== 'missing') notes.push(`thiếu số liệu ${missing.map(short).join(', ')}`);
  const s = notes.join('; ');
  return s === '' ? '' : upperFirst(s);
}

export type NarrativeField = 'results' | 'shortcomings' | 'nextTasks' | 'proposals';

/** Paragraphs of a free text: blank lines or single line breaks separate them. */
export function paragraphsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** One line of the units' part of a compiled narrative. */
export type UnitLine =
  /** What only this unit said. */
  | { kind: 'unit'; unit: string; text: string }
  /** A sentence several units said word for word, said once with their names (no final stop). */
  | { kind: 'shared'; units: string[]; text: string };

export interface CompiledNarrative {
  /** The lead department's paragraphs. */
  lead: string[];
  /** Other units' texts, attributed by name. */
  units: UnitLine[];
}

/**
 * Splits a text into sentences: after ".", "!", "?" or "…" and a space, when
 * the next word starts with a capital or a digit. A short upper-case
 * abbreviation ("TP. Hải Dương") does not end a sentence.
 */
export function sentencesOf(text: string): string[] {
  const parts = text.normalize('NFC').replace(/\s+/g, ' ').trim().split(/(?<=[.!?…])\s+(?=[\p{Lu}\d])/u);
  const out: string[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /(?:^|\s)\p{Lu}{1,3}\.$/u.test(prev)) out[out.length - 1] = `${prev} ${part}`;
    else if (part !== '') out.push(part);
  }
  return out;
}

/**
 * The lead department's text first, then what the other units wrote,
 * attributed by name. A sentence that several units wrote word for word is
 * given once with all their names (communes often share wording), then each
 * unit with what only it said.
 */
export function compileNarrative(area: AreaNarratives | undefined, field: NarrativeField): CompiledNarrative {
  const entries: NarrativeEntry[] = area ? [...area.entries] : [];
  const withText = entries.filter((e) => (e[field] ?? '').trim() !== '');
  const leads = withText.filter((e) => e.lead);
  const others = withText.filter((e) => !e.lead);
  const sentences = others.map((e) => ({ unit: e.unitName, sentences: [...new Set(sentencesOf(paragraphsOf(e[field]!).join(' ')))] }));
  const sayers = new Map<string, string[]>();
  for (const s of sentences) for (const sentence of s.sentences) sayers.set(sentence, [...(sayers.get(sentence) ?? []), s.unit]);
  const shared: UnitLine[] = [...sayers.entries()]
    .filter(([, units]) => units.length > 1)
    .map(([text, units], order) => ({ text, units, order }))
    .sort((a, b) => b.units.length - a.units.length || a.order - b.order)
    // Without its full stop: the names follow in brackets, then the template's own stop.
    .map(({ text, units }) => ({ kind: 'shared', units, text: text.replace(/[.;]$/, '') }));
  const own: UnitLine[] = sentences
    .map((s) => ({ unit: s.unit, text: s.sentences.filter((x) => sayers.get(x)!.length === 1).join(' ') }))
    .filter((x) => x.text !== '')
    .map((x) => ({ kind: 'unit', ...x }));
  return {
    lead: leads.flatMap((e) => paragraphsOf(e[field]!)),
    units: [...shared, ...own],
  };
}

/** Names joined for a running sentence. */
export function listNames(names: readonly string[]): string {
  return names.join(', ');
}
