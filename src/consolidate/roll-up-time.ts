import type { Lang } from '../i18n/index.js';
import type { Indicator } from '../plan/model.js';
import type { Value } from '../model/submission.js';
import type { RepoConfig, Unit } from '../repo/model.js';
import { formatNumber } from '../util/vi-format.js';
import { combineValues, type ReportedValue } from './combine-values.js';
import type { SubmissionEntry } from './input.js';
import type { NoteSink } from './note-sink.js';
import { dueDate, halvesOf, periodLabel, periodOf, quartersOf, type Period } from './period.js';
import type { SubmissionIndex } from './submission-index.js';
import type { SubmissionPart, UnitReportStatus } from './types.js';
import { unitValidIn } from './unit-valid-in.js';

export interface RollUpContext {
  /** Indicators units report directly (not computed rates). */
  reported: readonly Indicator[];
  config: Pick<RepoConfig, 'due'>;
  index: SubmissionIndex;
  /** Where to say what is missing or inconsistent; null for comparison periods. */
  notes: NoteSink | null;
  lang: Lang;
}

export interface UsedSubmission {
  period: Period;
  entry: SubmissionEntry;
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
  submitted: string | null;
  daysLate: number | null;
}

interface Coverage {
  parts: SubmissionPart[];
  used: UsedSubmission[];
  entries: SubmissionEntry[];
  /** No part missing or invalid. */
  complete: boolean;
  values: Map<string, ReportedValue>;
}

/**
 * A unit's figures for a period. Its own (valid) submission for the period wins;
 * without one, a half is built from its quarters and a year from its halves
 * (each a submission or built from quarters), combining every indicator by its
 * aggregation over time. Sub-periods the unit is not valid in are not owed;
 * owed ones that are absent are parts with status `missing` — their values are
 * absent, never zero. An invalid own submission makes the unit invalid for the
 * period (it is not replaced by its sub-periods).
 */
export function rollUpTime(unit: Unit, period: Period, ctx: RollUpContext): UnitPeriodData {
  const cov = cover(unit, period, ctx);
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
  if (ctx.notes && cov.parts.length > 1 && !cov.complete) noteGaps(unit, period, cov, ctx.notes, ctx.lang);

  return {
    unit,
    period,
    status,
    source: cov.used.length === 0 ? null : own ? 'period' : 'sub-periods',
    parts: cov.parts,
    used: cov.used,
    entries: cov.entries,
    values: cov.values,
    submitted,
    daysLate,
  };
}

function cover(unit: Unit, period: Period, ctx: RollUpContext): Coverage {
  const entry = ctx.index.pick(unit.id, period.id, ctx.notes, unit.name, periodLabel(period, ctx.lang));
  const due = dueDate(period, ctx.config.due);
  if (entry && entry.valid) {
    const values = readValues(entry, ctx);
    const own: Coverage = {
      parts: [partOf(period, entry, due)],
      used: [{ period, entry }],
      entries: [entry],
      complete: true,
      values,
    };
    if (ctx.notes && period.kind !== 'quarter') {
      const children = coverChildren(unit, period, ctx);
      if (children.complete && children.used.length > 0) compareWithParts(unit, period, own, children, ctx);
    }
    return own;
  }
  if (entry) {
    return { parts: [partOf(period, entry, due)], used: [], entries: [entry], complete: false, values: new Map() };
  }
  const missing: Coverage = {
    parts: [{ period: period.id, status: 'missing', submitted: null, due, file: null }],
    used: [],
    entries: [],
    complete: false,
    values: new Map(),
  };
  if (period.kind === 'quarter') return missing;
  const children = coverChildren(unit, period, ctx);
  // Nothing at all inside: the period itself is what is missing.
  if (children.used.length === 0 && !children.parts.some((p) => p.status === 'invalid')) return missing;
  return children;
}

function coverChildren(unit: Unit, period: Period, ctx: RollUpContext): Coverage {
  const children = (period.kind === 'year' ? halvesOf(period) : quartersOf(period)).filter((c) => unitValidIn(unit, c));
  const covs = children.map((c) => cover(unit, c, ctx));
  const values = new Map<string, ReportedValue>();
  for (const ind of ctx.reported) {
    if (ind.aggregation.time === 'none') continue;
    const series = covs.map((c) => c.values.get(ind.id)).filter((v): v is ReportedValue => v !== undefined);
    if (series.length === 0) continue;
    const v = combineValues(ind.aggregation.time, series);
    if (v !== null) values.set(ind.id, v);
  }
  return {
    parts: covs.flatMap((c) => c.parts),
    used: covs.flatMap((c) => c.used),
    entries: covs.flatMap((c) => c.entries),
    complete: covs.every((c) => c.complete),
    values,
  };
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
  for (const ind of ctx.reported) {
    if (ind.aggregation.time === 'none' || ind.type === 'text') continue;
    const a = own.values.get(ind.id);
    const b = children.values.get(ind.id);
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

function noteGaps(unit: Unit, period: Period, cov: Coverage, notes: NoteSink, lang: Lang): void {
  const names = (status: SubmissionPart['status']) =>
    cov.parts.filter((p) => p.status === status).map((p) => periodLabel(periodOf(p.period), lang));
  const where = { unit: unit.id, period: period.id };
  const missing = names('missing');
  if (missing.length) {
    notes.add('info', 'missing-sub-period', where, { unit: unit.name, parts: missing.join(', '), period: periodLabel(period, lang) });
  }
  const invalid = names('invalid');
  if (invalid.length) {
    notes.add('warning', 'invalid-sub-period', where, { unit: unit.name, parts: invalid.join(', '), period: periodLabel(period, lang) });
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
