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
  Consolidation,
  IndicatorResult,
  NarrativeEntry,
  TargetResult,
  TargetStatus,
  UnitCompleteness,
} from '../../consolidate/types.js';
import { interpolate, type Params } from '../../i18n/index.js';
import { formatDate, formatNumber, formatPercent } from '../../util/vi-format.js';
import type { ReportInput } from './report-input.js';
import type { Comparison, ReportTemplate } from './template/template-spec.js';

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

/**
 * The comparisons the template asks for that have data: a column or a
 * sentence comparing with a period nobody reported for would only say "-".
 */
export function comparisonsWithData(input: Pick<ReportInput, 'consolidation' | 'template'>): Comparison[] {
  return input.template.compare.filter((which) => input.consolidation.indicators.some((i) => i[which].value !== null));
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

/** What a value is printed with: its unit, type and (ratings) scale. */
export type ValueShape = Pick<IndicatorResult, 'unit' | 'type'> & { scale?: readonly { id: string; name: string }[] | null; rank?: boolean };

/** The words for yes and no (a report template's `values`, or the form's). */
export interface YesNo {
  values: { yes: string; no: string };
}

/** A value as the report prints it; booleans and missing values in the template's words, dates dd/mm/yyyy, ratings by name. */
export function formatValue(value: number | boolean | string | null | undefined, indicator: ValueShape, t: ReportTemplate): string {
  if (value === null || value === undefined) return t.values.none;
  if (typeof value === 'boolean') return value ? t.values.yes : t.values.no;
  if (typeof value === 'string') {
    if (indicator.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (indicator.type === 'rating') return indicator.scale?.find((l) => l.id === value)?.name ?? value;
    return value;
  }
  return formatAmount(value, indicator.unit, indicator.type);
}

/** "(1.234/1.292)" under a rate, when both counts are known. */
export function formatRatioParts(numerator: number | null | undefined, denominator: number | null | undefined): string | null {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) return null;
  // A zero-width space after the slash lets a narrow cell wrap there, not inside a number.
  return `(${formatNumber(numerator)}/${formatNumber(denominator)})`;
}

/** What the wording of a target needs of its indicator (a report's, or the plan's for forms). */
type TargetIndicator = Pick<IndicatorResult, 'unit' | 'type'> & { rank?: boolean };

function amountWithUnit(value: number, indicator: Pick<IndicatorResult, 'unit' | 'type'>): string {
  const amount = formatAmount(value, indicator.unit, indicator.type);
  return isPercentUnit(indicator.unit) || indicator.type === 'percent' ? amount : `${amount} ${indicator.unit}`;
}

/** "31/12/2021"; a yearly deadline without its year: "31/12". */
function dayText(iso: string, yearly: boolean): string {
  const [y, m, d] = iso.split('-');
  return yearly ? `${d}/${m}` : `${d}/${m}/${y}`;
}

/** The bound part of a threshold: "≥ 95%", "95%–100%", "≤ 15 phút", "> 97,2%", "từ loại Tốt trở lên", "trước ngày 31/12/2021". */
function boundText(target: TargetResult, indicator: TargetIndicator, t: YesNo): string | null {
  if (target.equals !== null) return target.equals ? t.values.yes : t.values.no;
  if (target.minRating !== null) return `từ loại ${target.minRating.name} trở lên`;
  if (target.deadline !== null) {
    return target.yearly ? `hằng năm, trước ngày ${dayText(target.deadline, true)}` : `trước ngày ${dayText(target.deadline, false)}`;
  }
  const ge = target.strict ? '>' : '≥';
  const le = target.strict ? '<' : '≤';
  if (target.min !== null && target.max !== null) {
    return target.min === target.max
      ? amountWithUnit(target.min, indicator)
      : `${formatAmount(target.min, indicator.unit, indicator.type)}–${amountWithUnit(target.max, indicator)}`;
  }
  if (target.min !== null && target.min === 100 && !target.strict && target.stretch === null && (isPercentUnit(indicator.unit) || indicator.type === 'percent')) {
    // "≥ 100%" says more than a rate can be: the bound is the value itself.
    return amountWithUnit(100, indicator);
  }
  if (target.min !== null) {
    // "100%" for a rate that must be whole: nothing lies above it.
    const whole = target.min === 100 && !target.strict && (isPercentUnit(indicator.unit) || indicator.type === 'percent');
    const text = whole ? amountWithUnit(100, indicator) : `${ge}\u00a0${amountWithUnit(target.min, indicator)}`;
    return target.stretch !== null ? `${text} (phấn đấu ${amountWithUnit(target.stretch, indicator)})` : text;
  }
  // A rank's upper bound is a place among the first: "trong 3 hạng đầu" (rank 1 to 3).
  if (target.max !== null && indicator.rank === true && !target.strict && Number.isInteger(target.max)) return `trong ${target.max} hạng đầu`;
  if (target.max !== null) return `${le}\u00a0${amountWithUnit(target.max, indicator)}`;
  return null;
}

/** A change target: "giảm ≥ 30 phút so với năm 2021", "cao hơn cùng kỳ năm 2023". */
function changeText(change: NonNullable<TargetResult['change']>, indicator: TargetIndicator): string {
  const against = change.against === 'previous-year' ? `cùng kỳ ${periodLabel(periodOf(change.period), 'vi')}` : `năm ${change.against}`;
  // A rank climbs when its number falls: "tăng ≥ 2 bậc", "xếp hạng cao hơn".
  if (indicator.rank === true && change.as !== 'percent') {
    const gain = change.direction === 'decrease';
    if (change.by === null) return `xếp hạng ${gain ? 'cao hơn' : 'thấp hơn'} ${against}`;
    return `${gain ? 'tăng' : 'giảm'} ≥\u00a0${formatNumber(change.by, Number.isInteger(change.by) ? 0 : 1)} bậc so với ${against}`;
  }
  if (change.by === null) return `${change.direction === 'increase' ? 'cao hơn' : 'thấp hơn'} ${against}`;
  const verb = change.direction === 'increase' ? 'tăng' : 'giảm';
  const isRate = isPercentUnit(indicator.unit) || indicator.type === 'percent';
  const amount =
    change.as === 'percent'
      ? formatPercent(change.by)
      : isRate
        ? `${formatNumber(change.by, Number.isInteger(change.by) ? 0 : 1)} điểm %`
        : amountWithUnit(change.by, indicator);
  return `${verb} ≥\u00a0${amount} so với ${against}`;
}

/**
 * A target's threshold for the year, compactly: "≥ 95%", "95%–100%", "≤ 15
 * phút", "≥ 30% (phấn đấu 40%)", "giảm ≥ 30 phút so với năm 2021 (≤ 15
 * phút)", "100% số xã, thị trấn: từ loại Tốt trở lên", "trước ngày
 * 31/12/2021", "lũy kế từ năm 2021: ≥ 500 lượt", with "đến năm 2025: " before
 * a "by" target and the condition after a conditional one. The one wording of
 * targets, for the report, the workbook and the forms.
 */
export function formatThreshold(target: TargetResult, indicator: TargetIndicator, t: YesNo): string {
  const bound = boundText(target, indicator, t);
  let text: string;
  if (target.change !== null) {
    const change = changeText(target.change, indicator);
    text = bound !== null && target.change.reference !== null ? `${change} (${bound})` : change;
  } else text = bound ?? target.text;
  if (target.share !== null) {
    text = target.share.min === 100 ? `mọi ${target.share.of}: ${text}` : `${formatPercent(target.share.min)} số ${target.share.of}: ${text}`;
    text = upperFirst(text);
  }
  if (target.cumulative !== null) text = `lũy kế từ năm ${target.cumulative.from}: ${text}`;
  if (target.by !== null) text = `đến năm ${target.by}: ${text}`;
  if (target.condition !== null) text = `${text} (${target.condition.text})`;
  return text;
}

/**
 * The value a target was judged on, as printed: the figure in its unit, the
 * total since the plan began, or for a share the units meeting it ("21/23 xã,
 * thị trấn (91,3%)").
 */
export function formatJudged(target: TargetResult, indicator: ValueShape, t: ReportTemplate): string {
  if (target.share !== null) {
    if (target.share.total === 0) return t.values.none;
    const pct = typeof target.value === 'number' ? ` (${formatPercent(target.value)})` : '';
    return `${formatNumber(target.share.met)}/${formatNumber(target.share.total)} ${target.share.of}${pct}`;
  }
  // A place is read "hạng 4" next to "trong 3 hạng đầu".
  if (indicator.rank === true && typeof target.value === 'number') return `hạng ${formatValue(target.value, indicator, t)}`;
  return formatValue(target.value, indicator, t);
}

/**
 * What a reader must know to read a target's status: the interpretation the
 * plan's encoding made ("Cách hiểu: …"), the reference value of a change, the
 * condition's state, the periods a total lacks, the units not meeting a share,
 * the source document. Empty when there is nothing to say.
 */
export function targetRemarks(target: TargetResult, indicator: ValueShape, t: ReportTemplate): string[] {
  const out: string[] = [];
  if (target.note) out.push(`Cách hiểu: ${target.note}`);
  if (target.condition !== null && target.condition.holds === false) {
    out.push(`Chưa đủ điều kiện áp dụng: ${target.condition.text}.`);
  }
  if (target.change !== null && target.change.reference !== null) {
    const ref = target.change.against === 'previous-year' ? periodLabel(periodOf(target.change.period), 'vi') : `năm ${target.change.against}`;
    out.push(`Số liệu ${ref}: ${formatValue(target.change.reference, indicator, t)}.`);
  }
  if (target.cumulative !== null && target.cumulative.missing.length) {
    out.push(`Chưa có số liệu: ${target.cumulative.missing.map((p) => periodShortLabel(periodOf(p), 'vi')).join(', ')}.`);
  }
  if (target.share !== null && target.status === 'not-met' && target.share.notMet.length) {
    out.push(`Chưa đạt: ${listNames(target.share.notMet)}.`);
  }
  if (target.cite !== null) out.push(`Nguồn: ${target.cite.title}${target.cite.at ? `, ${target.cite.at}` : ''}.`);
  return out;
}

/**
 * A count as official documents write it: numbers under ten with a leading
 * zero ("05 văn bản", "03/38"), larger ones grouped ("1.234"). Only whole,
 * non-negative counts take the zero.
 */
export function formatCount(value: number): string {
  // "05 văn bản", but "0/1": a zero is not padded.
  return Number.isInteger(value) && value > 0 && value < 10 ? `0${value}` : formatNumber(value);
}

/** Units of measure written before their number ("hạng 4"), from the template. */
function unitsBefore(t: ReportTemplate): string[] {
  return t.figures.unitBefore
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

/**
 * A value with its unit of measure for running text: "95,5%", "05 văn bản",
 * "1.234 hồ sơ", "18 phút", "hạng 4" (units the template writes first).
 */
export function amountInText(value: number, indicator: Pick<IndicatorResult, 'unit' | 'type'>, t: ReportTemplate): string {
  if (isPercentUnit(indicator.unit) || indicator.type === 'percent') return formatPercent(value);
  const n = indicator.type === 'count' ? formatCount(value) : formatAmount(value, indicator.unit, indicator.type);
  const unit = indicator.unit.trim();
  if (unit === '') return n;
  return unitsBefore(t).includes(unit) ? `${unit} ${n}` : `${n} ${unit}`;
}

/**
 * A target's threshold for the year in words, for running text: "từ 95% trở
 * lên", "từ 95% đến 100%", "không quá 15 phút", "100%". The wording is the
 * template's (targetWords); the table form is formatThreshold.
 */
export function thresholdWords(target: TargetResult, indicator: Pick<IndicatorResult, 'unit' | 'type'>, t: ReportTemplate): string {
  const w = t.targetWords;
  if (target.change !== null && target.share === null && target.cumulative === null) {
    const change = target.change;
    const against = change.against === 'previous-year' ? periodLabel(periodOf(change.period), 'vi') : `năm ${change.against}`;
    const isRate = isPercentUnit(indicator.unit) || indicator.type === 'percent';
    const text =
      change.by === null
        ? interpolate(w.changeOnly, { direction: change.direction === 'increase' ? w.higher : w.lower, against })
        : interpolate(w.change, {
            verb: change.direction === 'increase' ? w.increase : w.decrease,
            amount:
              change.as === 'percent'
                ? formatPercent(change.by)
                : isRate
                  ? interpolate(t.figures.points, { value: formatNumber(change.by, Number.isInteger(change.by) ? 0 : 1) })
                  : amountInText(change.by, indicator, t),
            against,
          });
    // The bound it comes to, when the reference is known: "(không quá 71 đơn vị)".
    const bound = thresholdWords({ ...target, change: null, strict: false, by: null }, indicator, t);
    return change.reference !== null && (target.min !== null || target.max !== null) ? `${text} (${bound})` : text;
  }
  // Kinds of target the words here do not cover are said as the tables say them.
  const special = target.share !== null || target.cumulative !== null || target.minRating !== null || target.deadline !== null || target.strict || target.condition !== null;
  if (special) return formatThreshold({ ...target, by: null }, indicator, t);
  const amount = (v: number) => amountInText(v, indicator, t);
  if (target.equals !== null) return target.equals ? w.yes : w.no;
  if (target.min !== null && target.max !== null) {
    return target.min === target.max ? interpolate(w.exactly, { value: amount(target.min) }) : interpolate(w.between, { min: amount(target.min), max: amount(target.max) });
  }
  if (target.min !== null) {
    // "Từ 100% trở lên" says more than a rate can be: a lower bound at 100% is the value itself.
    if (target.min === 100 && (isPercentUnit(indicator.unit) || indicator.type === 'percent')) return interpolate(w.exactly, { value: amount(100) });
    return target.stretch !== null
      ? interpolate(w.atLeastStretch, { min: amount(target.min), stretch: amount(target.stretch) })
      : interpolate(w.atLeast, { min: amount(target.min) });
  }
  if (target.max !== null) return interpolate(w.atMost, { max: amount(target.max) });
  return target.text;
}

/**
 * A unit's name inside a sentence about the body's units: the People's
 * Committee of a commune is named by its commune ("UBND xã Tiên Động" → "xã
 * Tiên Động"); other names stay as they are.
 */
export function unitInSentence(name: string): string {
  return name.replace(/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?=\p{Ll})/u, '');
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** First letter lower case, unless the first word is an acronym ("UBND", "TTHC"). */
export function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s;
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
    const judgedElsewhere = (target.scope !== 'all' && target.value !== null && many) || target.share !== null;
    const value = judgedElsewhere ? ` (${formatJudged(target, indicator, t)})` : '';
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
  // Values left empty in a report used: the unit's figures for them are partial too.
  for (const e of u.emptyValues ?? []) notes.push(`để trống ${formatNumber(e.indicators.length)} chỉ tiêu ${short(e.period)}`);
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

const withoutStop = (text: string): string => text.trim().replace(/[.;]+$/, '');

/**
 * An entry's text for one field, one paragraph per item: a difficulty with its
 * cause in the same sentence (so the cause never stands apart from its problem).
 */
export function fieldText(e: NarrativeEntry, field: NarrativeField): string {
  switch (field) {
    case 'results':
    case 'nextTasks':
      return e[field]?.trim() ?? '';
    case 'shortcomings':
      return e.difficulties
        .map((d) => (d.cause ? `${withoutStop(d.issue)} (nguyên nhân: ${lowerFirst(withoutStop(d.cause))}).` : d.issue.trim()))
        .join('\n');
    case 'proposals':
      return e.proposals.map((p) => p.text.trim()).join('\n');
  }
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
    .filter((e) => fieldText(e, field) !== '')
    .sort((a, b) => comparePeriods(periodOf(a.period), periodOf(b.period)));
  if (dated.length === 0) return [];
  if (field !== 'results') return paragraphsOf(fieldText(dated[dated.length - 1]!, field));
  if (dated.length === 1) return paragraphsOf(fieldText(dated[0]!, field));
  const general: string[] = [];
  const byPeriod: string[] = [];
  for (const e of dated) {
    const sentences = sentencesOf(paragraphsOf(fieldText(e, field)).join(' '));
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

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The number of the body section at `index` of the template's sections: "I", "II", … */
export function sectionNumber(index: number): string {
  return ROMAN[index] ?? String(index + 1);
}

/**
 * How the report numbers each area, the same in the body and the appendices:
 * the first area is section "I" (direction) itself, the others "II.1", "II.2",
 * … under the results section (the sections' numbers follow the template's order).
 */
export function areaNumbers(input: Pick<ReportInput, 'template' | 'consolidation'>): Map<string, string> {
  const sections = input.template.sections;
  const direction = sections.indexOf('direction');
  const results = sections.indexOf('results');
  const [first, ...rest] = input.consolidation.areas;
  const out = new Map<string, string>();
  if (first && direction >= 0) out.set(first.id, sectionNumber(direction));
  rest.forEach((area, i) => out.set(area.id, results >= 0 ? `${sectionNumber(results)}.${i + 1}` : area.code));
  return out;
}
