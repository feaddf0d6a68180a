import type { Lang } from '../i18n/index.js';
import type { Indicator } from '../plan/model.js';
import type { Value } from '../model/submission.js';
import type { RepoConfig, Unit } from '../repo/model.js';
import { formatNumber } from '../util/vi-format.js';
import { combineValues, type ReportedValue } from './combine-values.js';
import type { RateParts } from './indicator-kinds.js';
import type { SubmissionEntry } from './input.js';
import type { NoteSink } from './note-sink.js';
import {
  dueDate,
  halvesOf,
  periodLabel,
  periodOf,
  quartersOf,
  yearToDateId,
  yearToDateLabel,
  yearToDateParts,
  type Period,
} from './period.js';
import type { SubmissionIndex } from './submission-index.js';
import type { SubmissionPart, UnitReportStatus, ValueGap } from './types.js';

export interface RollUpContext {
  /** Indicators units report directly (not computed rates). */
  reported: readonly Indicator[];
  /** Computed rates with their counts: paired in each report before any roll-up. */
  rates: readonly RateParts[];
  config: Pick<RepoConfig, 'due'> & Partial<Pick<RepoConfig, 'lateness'>>;
  index: SubmissionIndex;
  /** Whether a unit's figures for a period (or a part of one) are counted: it owes them, or gave them anyway. */
  counts: (unit: Unit, period: Period) => boolean;
  /** Where to say what is missing or inconsistent; null for comparison periods. */
  notes: NoteSink | null;
  lang: Lang;
}

export interface UsedSubmission {
  period: Period;
  entry: SubmissionEntry;
}

/** A rate's numerator and denominator as one unit gave them, in the same reports. */
export interface RatePair {
  numerator: number;
  denominator: number;
}

/**
 * What a unit's value of one indicator lacks over a period built from several
 * reports: the owed reports that gave no value for it (missing, excluded as
 * invalid, left empty, or for a rate only one of its two counts), and for an
 * end-of-period value the earlier report it was carried forward from.
 */
export interface IndicatorGap {
  lacking: ValueGap[];
  /** Period whose value stands for the whole period, when later reports lack it; null otherwise. */
  carriedFrom: string | null;
}

/** One unit's data for one period, from its own submission or rolled up over time. */
export interface UnitPeriodData {
  unit: Unit;
  period: Period;
  status: UnitReportStatus;
  source: 'period' | 'sub-periods' | null;
  parts: SubmissionPart[];
  /** Valid submissions the figures come from, chronological. */
  used: UsedSubmission[];
  /** Every submission looked at (used or excluded as invalid), chronological. */
  entries: SubmissionEntry[];
  /** Values of directly reported indicators, combined over time. */
  values: Map<string, ReportedValue>;
  /**
   * Rates' counts, paired in each report and then combined over time (see
   * pairOf), for the rates whose pairing differs from the combined values'
   * (some report gave one count without the other; null: no pair at all).
   * Null when no rate does: the combined values pair directly (one report, or
   * every report giving both counts or neither), which spares a province's
   * year report a map per unit.
   */
  pairs: Map<string, RatePair | null> | null;
  /** Indicators whose value covers only some of the owed reports; null when none does. */
  gaps: Map<string, IndicatorGap> | null;
  submitted: string | null;
  daysLate: number | null;
}

/**
 * One report a period's figures are built from, or one owed and lacking;
 * chronological. Values only for a used (valid) report.
 */
interface Leaf {
  period: Period;
  status: 'used' | 'missing' | 'invalid';
  values: Map<string, ReportedValue>;
}

interface Coverage {
  parts: SubmissionPart[];
  used: UsedSubmission[];
  entries: SubmissionEntry[];
  leaves: Leaf[];
  /** No part missing or invalid. */
  complete: boolean;
}

/** Combined figures of some leaves. */
interface Combined {
  values: Map<string, ReportedValue>;
  pairs: Map<string, RatePair | null> | null;
  gaps: Map<string, IndicatorGap> | null;
}

/**
 * A unit's figures for a period. Its own (valid) submission for the period wins;
 * without one, a half is built from its quarters and a year from its halves
 * (each a submission or built from quarters), combining every indicator by its
 * aggregation over time. Sub-periods the unit is not valid in are not owed;
 * owed ones that are absent are parts with status `missing` — their values are
 * absent, never zero. An invalid own submission makes the unit invalid for the
 * period (it is not replaced by its sub-periods).
 *
 * A rate's two counts are paired in each report before anything is combined: a
 * report giving one without the other adds to neither, so a half-year rate
 * never sets one quarter's numerator against two quarters' denominators. A value
 * given in some owed reports and not in others is kept with what it lacks (gaps).
 */
export function rollUpTime(unit: Unit, period: Period, ctx: RollUpContext): UnitPeriodData {
  // With `lateness: period`, every part of a half or a year is judged against the half's or year's due date.
  const judgeDue = ctx.config.lateness === 'period' && period.kind !== 'quarter' ? dueDate(period, ctx.config.due) : null;
  return assemble(unit, period, cover(unit, period, ctx, judgeDue), ctx, ctx.notes, { id: period.id, label: periodLabel(period, ctx.lang) });
}

/**
 * A unit's figures from the start of the year to the end of `period` (its
 * "lũy kế từ đầu năm"), rolled up from yearToDateParts (Q3: the first half and
 * Q3) exactly as a half or a year is: a half's own submission wins over its
 * quarters, counts are paired per report, a lacking part makes them partial.
 * Only gaps are noted (in `notes`, worded for the year to date); what concerns
 * the parts themselves is said by their own reports.
 */
export function rollUpYearToDate(unit: Unit, period: Period, ctx: RollUpContext, notes: NoteSink | null): UnitPeriodData {
  const quiet: RollUpContext = { ...ctx, notes: null };
  const covs = yearToDateParts(period)
    .filter((p) => ctx.counts(unit, p))
    .map((p) => cover(unit, p, quiet, null));
  // What the period itself lacks is said by its own figures (and the completeness table): only earlier gaps are noted.
  const where = { id: yearToDateId(period), label: yearToDateLabel(period, ctx.lang), skip: period.id };
  return assemble(unit, period, merge(covs), ctx, notes, where);
}

/** Status, dates and combined figures of a unit's coverage; notes its gaps under `where`. */
function assemble(unit: Unit, period: Period, cov: Coverage, ctx: RollUpContext, notes: NoteSink | null, where: NoteWhere): UnitPeriodData {
  const own = cov.used.length === 1 && cov.used[0]!.period.id === period.id;
  const invalid = cov.parts.some((p) => p.status === 'invalid');
  let status: UnitReportStatus;
  if (cov.used.length === 0) status = invalid ? 'invalid' : 'missing';
  else if (!cov.complete) status = 'partial';
  else status = cov.parts.some((p) => p.status === 'late') ? 'late' : 'on-time';

  const dated = cov.parts.flatMap((p) =>
    (p.status === 'on-time' || p.status === 'late') && p.submitted !== null ? [{ due: p.due, submitted: p.submitted }] : [],
  );
  const submitted = dated.reduce<string | null>((max, p) => (max === null || p.submitted > max ? p.submitted : max), null);
  const daysLate = dated.length ? Math.max(...dated.map((p) => daysBetween(p.due, p.submitted))) : null;

  // A roll-up with holes: say which sub-periods are lacking (a unit missing altogether is in the completeness table).
  if (notes && cov.parts.length > 1 && !cov.complete) noteGaps(unit, where, cov, notes, ctx.lang);
  const combined = combine(cov.leaves, ctx);
  if (notes && combined.gaps) noteValueGaps(unit, where, combined.gaps, notes, ctx);

  return {
    unit,
    period,
    status,
    source: cov.used.length === 0 ? null : own ? 'period' : 'sub-periods',
    parts: cov.parts,
    used: cov.used,
    entries: cov.entries,
    values: combined.values,
    pairs: combined.pairs,
    gaps: combined.gaps,
    submitted,
    daysLate,
  };
}

/** The period a note is about: its id and its words ("6 tháng đầu năm 2024", "9 tháng năm 2024"). */
interface NoteWhere {
  id: string;
  label: string;
  /** A period whose own lacks are not noted here. */
  skip?: string;
}

/** A rate's paired counts in a unit's data; null when no report gave both. */
export function pairOf(u: Pick<UnitPeriodData, 'values' | 'pairs'>, rate: Indicator): RatePair | null {
  if (u.pairs?.has(rate.id)) return u.pairs.get(rate.id)!;
  if (!rate.ratio) return null;
  const numerator = u.values.get(rate.ratio.numerator);
  const denominator = u.values.get(rate.ratio.denominator);
  return typeof numerator === 'number' && typeof denominator === 'number' ? { numerator, denominator } : null;
}

/** A unit's reports for a period; every part judged late against `judgeDue` when given, else against its own due date. */
function cover(unit: Unit, period: Period, ctx: RollUpContext, judgeDue: string | null): Coverage {
  const entry = ctx.index.pick(unit.id, period.id, ctx.notes, unit.name, periodLabel(period, ctx.lang));
  const due = judgeDue ?? dueDate(period, ctx.config.due);
  if (entry && entry.valid) {
    const own: Coverage = {
      parts: [partOf(period, entry, due)],
      used: [{ period, entry }],
      entries: [entry],
      leaves: [{ period, status: 'used', values: readValues(entry, ctx) }],
      complete: true,
    };
    if (ctx.notes && period.kind !== 'quarter') {
      const children = coverChildren(unit, period, ctx, judgeDue);
      if (children.complete && children.used.length > 0) compareWithParts(unit, period, own, children, ctx);
    }
    return own;
  }
  if (entry) {
    return {
      parts: [partOf(period, entry, due)],
      used: [],
      entries: [entry],
      leaves: [{ period, status: 'invalid', values: new Map() }],
      complete: false,
    };
  }
  const missing: Coverage = {
    parts: [{ period: period.id, status: 'missing', submitted: null, due, file: null }],
    used: [],
    entries: [],
    leaves: [{ period, status: 'missing', values: new Map() }],
    complete: false,
  };
  if (period.kind === 'quarter') return missing;
  const children = coverChildren(unit, period, ctx, judgeDue);
  // Nothing at all inside: the period itself is what is missing.
  if (children.used.length === 0 && !children.parts.some((p) => p.status === 'invalid')) return missing;
  return children;
}

function coverChildren(unit: Unit, period: Period, ctx: RollUpContext, judgeDue: string | null): Coverage {
  const children = (period.kind === 'year' ? halvesOf(period) : quartersOf(period)).filter((c) => ctx.counts(unit, c));
  return merge(children.map((c) => cover(unit, c, ctx, judgeDue)));
}

/** Consecutive coverages as one. */
function merge(covs: readonly Coverage[]): Coverage {
  return {
    parts: covs.flatMap((c) => c.parts),
    used: covs.flatMap((c) => c.used),
    entries: covs.flatMap((c) => c.entries),
    leaves: covs.flatMap((c) => c.leaves),
    complete: covs.every((c) => c.complete),
  };
}

/**
 * The figures of chronological leaves: each indicator combined by its
 * aggregation over time over the reports that gave it; each rate's counts over
 * the reports that gave both. One used report alone is its own values.
 */
function combine(leaves: readonly Leaf[], ctx: RollUpContext): Combined {
  if (leaves.length === 1 && leaves[0]!.status === 'used') return { values: leaves[0]!.values, pairs: null, gaps: null };
  const values = new Map<string, ReportedValue>();
  const pairs = new Map<string, RatePair | null>();
  let gaps: Map<string, IndicatorGap> | null = null;
  const noteGap = (id: string, gap: IndicatorGap) => (gaps ??= new Map()).set(id, gap);
  if (!leaves.some((l) => l.status === 'used')) return { values, pairs: null, gaps: null };

  for (const ind of ctx.reported) {
    const time = ind.aggregation?.time ?? 'none';
    if (time === 'none') continue;
    const given: number[] = [];
    for (let i = 0; i < leaves.length; i++) if (leaves[i]!.values.has(ind.id)) given.push(i);
    if (given.length === 0) continue;
    const v = combineValues(
      time,
      given.map((i) => leaves[i]!.values.get(ind.id)!),
    );
    if (v === null) continue;
    values.set(ind.id, v);
    const gap = gapOf(leaves, given, time === 'last' ? 'end' : 'every', () => 'no-value');
    if (gap) noteGap(ind.id, gap);
  }

  for (const { rate, numerator, denominator } of ctx.rates) {
    const tn = numerator.aggregation?.time ?? 'none';
    const td = denominator.aggregation?.time ?? 'none';
    if (tn === 'none' || td === 'none') continue;
    const given: number[] = [];
    const nums: number[] = [];
    const dens: number[] = [];
    let withNum = 0;
    let withDen = 0;
    for (let i = 0; i < leaves.length; i++) {
      const n = leaves[i]!.values.get(numerator.id);
      const d = leaves[i]!.values.get(denominator.id);
      if (n !== undefined) withNum++;
      if (d !== undefined) withDen++;
      if (typeof n !== 'number' || typeof d !== 'number') continue;
      given.push(i);
      nums.push(n);
      dens.push(d);
    }
    // The reports giving each count are those giving both: the combined values pair as they are.
    const pairedAsValues = withNum === given.length && withDen === given.length;
    const n = given.length ? combineValues(tn, nums) : null;
    const d = given.length ? combineValues(td, dens) : null;
    if (typeof n !== 'number' || typeof d !== 'number') {
      if (!pairedAsValues) pairs.set(rate.id, null);
      continue;
    }
    if (!pairedAsValues) pairs.set(rate.id, { numerator: n, denominator: d });
    // Both counts end-of-period: only the last report matters; one summed: every report does, the other count carried.
    const needs = tn === 'last' && td === 'last' ? 'end' : tn === 'last' || td === 'last' ? 'every-carried' : 'every';
    const gap = gapOf(leaves, given, needs, (l) =>
      l.values.has(numerator.id) || l.values.has(denominator.id) ? 'unpaired' : 'no-value',
    );
    if (gap) noteGap(rate.id, gap);
  }
  return { values, pairs: pairs.size ? pairs : null, gaps };
}

/**
 * Which reports a value built over time depends on: `every` (a sum, a maximum…),
 * `end` (an end-of-period value: only the last report; an earlier one without
 * it changes nothing when a later one gives it), `every-carried` (a rate of a
 * summed count and an end-of-period one: every report, the latter carried).
 */
type Needs = 'every' | 'end' | 'every-carried';

/**
 * What a value built from the leaves at `given` lacks: the leaves it needs
 * (owed and missing, invalid, or without the value) that do not give it. An
 * end-of-period value is the last giving leaf's, carried forward when later
 * leaves lack it; a unit that leaves an end-of-period value empty until the
 * last quarter (a score given once a year) has a whole value.
 */
function gapOf(
  leaves: readonly Leaf[],
  given: readonly number[],
  needs: Needs,
  emptyReason: (leaf: Leaf) => ValueGap['reason'],
): IndicatorGap | null {
  const lastGiven = given[given.length - 1]!;
  if (given.length === leaves.length || (needs === 'end' && lastGiven === leaves.length - 1)) return null;
  const lacking: ValueGap[] = [];
  // An end-of-period value needs only the leaves after the last one giving it.
  const from = needs === 'end' ? lastGiven + 1 : 0;
  let g = needs === 'end' ? given.length : 0;
  for (let i = from; i < leaves.length; i++) {
    if (given[g] === i) {
      g++;
      continue;
    }
    const leaf = leaves[i]!;
    lacking.push({ period: leaf.period.id, reason: leaf.status === 'used' ? emptyReason(leaf) : leaf.status });
  }
  return { lacking, carriedFrom: needs !== 'every' && lastGiven < leaves.length - 1 ? leaves[lastGiven]!.period.id : null };
}

function partOf(period: Period, entry: SubmissionEntry, due: string): SubmissionPart {
  const given = entry.submission.submitted;
  // An unreadable file has no usable date.
  const submitted = /^\d{4}-\d{2}-\d{2}$/.test(given) ? given : null;
  return {
    period: period.id,
    status: !entry.valid ? 'invalid' : submitted !== null && submitted <= due ? 'on-time' : 'late',
    submitted,
    due,
    file: entry.file,
  };
}

const TYPE_OK: Record<Indicator['type'], (v: Value) => boolean> = {
  count: (v) => typeof v === 'number' && Number.isFinite(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  percent: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
  text: (v) => typeof v === 'string',
  date: (v) => typeof v === 'string',
  rating: (v) => typeof v === 'string',
};

function readValues(entry: SubmissionEntry, ctx: RollUpContext): Map<string, ReportedValue> {
  const values = new Map<string, ReportedValue>();
  const areas = entry.submission.areas;
  for (const ind of ctx.reported) {
    const area = Object.hasOwn(areas, ind.area) ? areas[ind.area] : undefined;
    if (!area || !Object.hasOwn(area.values, ind.id)) continue;
    const v = area.values[ind.id];
    if (v === null || v === undefined) continue;
    if (!TYPE_OK[ind.type](v)) {
      ctx.notes?.add(
        'warning',
        'value-type',
        { unit: entry.submission.unit, indicator: ind.id, file: entry.file },
        { file: entry.file, indicator: ind.id, type: ind.type },
      );
      continue;
    }
    values.set(ind.id, v);
  }
  return values;
}

/** A submission for a half or year whose figures disagree with those of its own sub-periods. */
function compareWithParts(unit: Unit, period: Period, own: Coverage, children: Coverage, ctx: RollUpContext): void {
  const parts = children.used.map((u) => periodLabel(u.period, ctx.lang)).join(', ');
  const ownValues = own.leaves[0]!.values;
  const childValues = combine(children.leaves, ctx).values;
  for (const ind of ctx.reported) {
    if ((ind.aggregation?.time ?? 'none') === 'none' || ind.type === 'text') continue;
    const a = ownValues.get(ind.id);
    const b = childValues.get(ind.id);
    if (a === undefined || b === undefined || sameValue(a, b)) continue;
    ctx.notes?.add(
      'warning',
      'sub-period-mismatch',
      { unit: unit.id, period: period.id, indicator: ind.id, file: own.parts[0]!.file },
      {
        unit: unit.name,
        period: periodLabel(period, ctx.lang),
        name: ind.name,
        indicator: ind.id,
        value: showValue(a, ctx.lang),
        expected: showValue(b, ctx.lang),
        parts,
      },
    );
  }
}

function sameValue(a: ReportedValue, b: ReportedValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

function showValue(v: ReportedValue, lang: Lang): string {
  if (typeof v === 'number') return lang === 'vi' ? formatNumber(v, decimalsOf(v)) : String(v);
  if (typeof v === 'boolean') return lang === 'vi' ? (v ? 'có' : 'không') : v ? 'yes' : 'no';
  return v;
}

function decimalsOf(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot < 0 || /e/i.test(s) ? 0 : Math.min(6, s.length - dot - 1);
}

function noteGaps(unit: Unit, period: NoteWhere, cov: Coverage, notes: NoteSink, lang: Lang): void {
  const names = (status: SubmissionPart['status']) =>
    cov.parts.filter((p) => p.status === status && p.period !== period.skip).map((p) => periodLabel(periodOf(p.period), lang));
  const where = { unit: unit.id, period: period.id };
  const missing = names('missing');
  if (missing.length) {
    notes.add('info', 'missing-sub-period', where, { unit: unit.name, parts: missing.join(', '), period: period.label });
  }
  const invalid = names('invalid');
  if (invalid.length) {
    notes.add('warning', 'invalid-sub-period', where, { unit: unit.name, parts: invalid.join(', '), period: period.label });
  }
}

/**
 * Says what each partial value lacks: a value left empty (or a rate given one
 * count of two) in a report, per indicator; a value carried forward over
 * missing or invalid reports, once per unit with the indicators concerned.
 */
function noteValueGaps(unit: Unit, period: NoteWhere, gaps: ReadonlyMap<string, IndicatorGap>, notes: NoteSink, ctx: RollUpContext): void {
  const label = (id: string) => periodLabel(periodOf(id), ctx.lang);
  const names = new Map<string, string>([...ctx.reported, ...ctx.rates.map((r) => r.rate)].map((i) => [i.id, i.name]));
  const carriedOver = new Map<string, { parts: string[]; names: string[] }>();
  for (const [id, whole] of gaps) {
    const gap = period.skip === undefined ? whole : { ...whole, lacking: whole.lacking.filter((l) => l.period !== period.skip) };
    if (gap.lacking.length === 0) continue;
    const name = names.get(id) ?? id;
    const empty = gap.lacking.filter((l) => l.reason === 'no-value' || l.reason === 'unpaired');
    const where = { unit: unit.id, period: period.id, indicator: id };
    if (empty.length) {
      const unpaired = empty.filter((l) => l.reason === 'unpaired');
      const code = unpaired.length ? 'rate-unpaired' : gap.carriedFrom ? 'value-carried' : 'value-gap';
      notes.add('info', code, where, {
        unit: unit.name,
        name,
        indicator: id,
        parts: (unpaired.length ? unpaired : gap.lacking).map((l) => label(l.period)).join(', '),
        period: period.label,
        from: gap.carriedFrom ? label(gap.carriedFrom) : '',
      });
    } else if (gap.carriedFrom) {
      const key = `${gap.carriedFrom}|${gap.lacking.map((l) => l.period).join(',')}`;
      const group = carriedOver.get(key) ?? { parts: gap.lacking.map((l) => label(l.period)), names: [] };
      group.names.push(`"${name}"`);
      carriedOver.set(key, group);
    }
  }
  for (const [key, group] of carriedOver) {
    notes.add('info', 'values-carried', { unit: unit.id, period: period.id }, {
      unit: unit.name,
      parts: group.parts.join(', '),
      names: group.names.join(', '),
      count: group.names.length,
      period: period.label,
      from: label(key.slice(0, key.indexOf('|'))),
    });
  }
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. Never below 0 here. */
function daysBetween(from: string, to: string): number {
  const t = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.max(0, Math.round((t(to) - t(from)) / 86_400_000));
}
