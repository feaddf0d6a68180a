/**
 * The wording shared by the Word and Excel writers: placeholders filled from
 * the consolidation, values and targets in Vietnamese number formats, and the
 * compiled narratives. Pure functions of the ReportInput.
 */
import {
  comparePeriods,
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
 * A unit's text for one field when its figures were rolled up from several
 * periods (a half year or a year from quarters). Achievements come from every
 * period: sentences without figures once; sentences with figures only for the
 * lead department, under their period ("Quý I/2024: …"), so a quarter's
 * numbers are never read as the year's — the units' figures for the whole
 * period are in the tables, and every text is in the workbook. Shortcomings,
 * next tasks and proposals come from the latest period that has any (older
 * ones are stale).
 */
function unitText(entries: readonly NarrativeEntry[], field: NarrativeField, lead: boolean): string[] {
  const dated = entries
    .filter((e) => (e[field] ?? '').trim() !== '')
    .sort((a, b) => comparePeriods(periodOf(a.period), periodOf(b.period)));
  if (dated.length === 0) return [];
  if (field !== 'results') return paragraphsOf(dated[dated.length - 1]![field]!);
  if (dated.length === 1) return paragraphsOf(dated[0]![field]!);
  const general: string[] = [];
  const byPeriod: string[] = [];
  for (const e of dated) {
    const sentences = sentencesOf(paragraphsOf(e[field]!).join(' '));
    for (const x of sentences) if (!/\d/.test(x) && !general.includes(x)) general.push(x);
    const withFigures = sentences.filter((x) => /\d/.test(x));
    if (lead && withFigures.length) byPeriod.push(`${periodShortLabel(periodOf(e.period), 'vi')}: ${withFigures.join(' ')}`);
  }
  return [...(general.length ? [general.join(' ')] : []), ...byPeriod];
}

/**
 * The lead department's text first, then what the other units wrote,
 * attributed by name. A sentence that several units wrote word for word is
 * given once with all their names (communes often share wording), then each
 * unit with what only it said.
 */
export function compileNarrative(area: AreaNarratives | undefined, field: NarrativeField): CompiledNarrative {
  // Lists grown in place: copying them on every entry is quadratic in the number of units.
  const byUnit = new Map<string, NarrativeEntry[]>();
  for (const e of area?.entries ?? []) {
    const list = byUnit.get(e.unit);
    if (list) list.push(e);
    else byUnit.set(e.unit, [e]);
  }
  const lead: string[] = [];
  // Every distinct sentence of the other units, with who said it, in the order first said.
  const sayers = new Map<string, { text: string; units: string[] }>();
  // What each other unit said, as the sayers' own strings: a unit's copies of shared sentences are
  // not kept (thousands of units often write the same words).
  const said: { unit: string; sentences: string[] }[] = [];
  for (const entries of byUnit.values()) {
    const isLead = entries.some((e) => e.lead);
    const paragraphs = unitText(entries, field, isLead);
    if (paragraphs.length === 0) continue;
    if (isLead) {
      lead.push(...paragraphs);
      continue;
    }
    const unit = entries[0]!.unitName;
    const sentences: string[] = [];
    for (const sentence of new Set(sentencesOf(paragraphs.join(' ')))) {
      const known = sayers.get(sentence);
      if (known) known.units.push(unit);
      else sayers.set(sentence, { text: sentence, units: [unit] });
      sentences.push(known ? known.text : sentence);
    }
    said.push({ unit, sentences });
  }
  const shared: UnitLine[] = [...sayers.values()]
    .filter((s) => s.units.length > 1)
    .map((s, order) => ({ ...s, order }))
    .sort((a, b) => b.units.length - a.units.length || a.order - b.order)
    // Without its full stop: the names follow in brackets, then the template's own stop.
    .map(({ text, units }) => ({ kind: 'shared', units, text: text.replace(/[.;]$/, '') }));
  const own: UnitLine[] = said
    .map((s) => ({ unit: s.unit, text: s.sentences.filter((x) => sayers.get(x)!.units.length === 1).join(' ') }))
    .filter((x) => x.text !== '')
    .map((x) => ({ kind: 'unit', ...x }));
  return { lead, units: [...shared, ...own] };
}

/** Name prefixes that a list may say once: "UBND xã A, UBND xã B" → "UBND các xã A, B". */
const NAME_GROUPS: readonly (readonly [string, string])[] = [
  ['UBND thị trấn ', 'UBND các thị trấn '],
  ['UBND phường ', 'UBND các phường '],
  ['UBND xã ', 'UBND các xã '],
  ['Phòng ', 'các phòng '],
];

/**
 * Names joined for a running sentence; two or more names with the same kind
 * prefix are said once with the plural ("UBND các xã An Thanh, Bình Lăng").
 */
export function listNames(names: readonly string[]): string {
  const parts: string[] = [];
  const grouped = new Set<string>();
  for (const name of names) {
    if (grouped.has(name)) continue;
    const group = NAME_GROUPS.find(([prefix]) => name.startsWith(prefix));
    const members = group ? names.filter((n) => n.startsWith(group[0])) : [];
    if (group && members.length > 1) {
      members.forEach((m) => grouped.add(m));
      parts.push(`${group[1]}${members.map((m) => m.slice(group[0].length)).join(', ')}`);
    } else parts.push(name);
  }
  return parts.join(names.length > parts.length ? '; ' : ', ');
}
