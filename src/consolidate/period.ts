/**
 * Reporting periods: quarters (`2024Q2`), halves (`2024S1`, alias `2024H1`) and
 * years (`2024`), as in DHIS2. Pure calendar arithmetic on ISO dates
 * (YYYY-MM-DD strings), never on `Date` objects in local time.
 */
import type { PeriodKind } from '../repo/model.js';
import type { Lang } from '../i18n/index.js';

export type { PeriodKind };
export const PERIOD_KINDS: readonly PeriodKind[] = ['quarter', 'half', 'year'];

export interface Period {
  /** Canonical id: 2024Q2, 2024S1, 2024. */
  id: string;
  kind: PeriodKind;
  year: number;
  /** 1–4 for a quarter, 1–2 for a half, 1 for a year. */
  index: number;
}

/** An inclusive range of ISO dates. */
export interface DateRange {
  from: string;
  to: string;
}

const PERIOD_RE = /^(\d{4})(?:([QqSsHh])(\d))?$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * Parses a period id. Accepts lower case and the half-year alias H (normalised
 * to S); surrounding whitespace is ignored. Returns null for anything else.
 */
export function parsePeriod(text: string): Period | null {
  const m = PERIOD_RE.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (m[2] === undefined) return makePeriod('year', year, 1);
  const letter = m[2].toUpperCase();
  const index = Number(m[3]);
  if (letter === 'Q') return index >= 1 && index <= 4 ? makePeriod('quarter', year, index) : null;
  return index >= 1 && index <= 2 ? makePeriod('half', year, index) : null;
}

/** Like parsePeriod, for ids already known to be valid; throws otherwise. */
export function periodOf(id: string): Period {
  const p = parsePeriod(id);
  if (!p) throw new Error(`not a period id: ${JSON.stringify(id)}`);
  return p;
}

export function isPeriodId(text: string): boolean {
  return parsePeriod(text) !== null;
}

export function makePeriod(kind: PeriodKind, year: number, index = 1): Period {
  const id = kind === 'year' ? String(year) : `${year}${kind === 'quarter' ? 'Q' : 'S'}${index}`;
  return { id, kind, year, index: kind === 'year' ? 1 : index };
}

export function formatPeriodId(p: Period): string {
  return makePeriod(p.kind, p.year, p.index).id;
}

/** First and last calendar month (1–12) of the period. */
export function periodMonths(p: Period): { first: number; last: number } {
  switch (p.kind) {
    case 'quarter':
      return { first: 3 * (p.index - 1) + 1, last: 3 * p.index };
    case 'half':
      return { first: 6 * (p.index - 1) + 1, last: 6 * p.index };
    case 'year':
      return { first: 1, last: 12 };
  }
}

/** The period's calendar span: first day of its first month → last day of its last month. */
export function periodSpan(p: Period): DateRange {
  const { first, last } = periodMonths(p);
  return { from: isoDate(p.year, first, 1), to: isoDate(p.year, last, daysInMonth(p.year, last)) };
}

/**
 * The data cut-off window (Văn bản 581/BNV-CCHC): figures run from the day after
 * the cut-off day of the month before the period's first month to the cut-off
 * day of its last month. With the default 14: Q1 = 15/12 of the previous year →
 * 14/3, S1 = 15/12 → 14/6, year = 15/12 → 14/12. A cut-off day past the end of
 * a month means that month's last day.
 */
export function cutoffWindow(p: Period, cutoffDay = 14): DateRange {
  checkDay(cutoffDay, 'cutoffDay');
  const { first, last } = periodMonths(p);
  const prevYear = first === 1 ? p.year - 1 : p.year;
  const prevMonth = first === 1 ? 12 : first - 1;
  const prevCut = Math.min(cutoffDay, daysInMonth(prevYear, prevMonth));
  return {
    from: addDays(isoDate(prevYear, prevMonth, prevCut), 1),
    to: isoDate(p.year, last, Math.min(cutoffDay, daysInMonth(p.year, last))),
  };
}

/**
 * Date by which units must submit: day `due[kind]` of the period's last month
 * (capped at the month's last day).
 */
export function dueDate(p: Period, due: Readonly<Record<PeriodKind, number>>): string {
  const day = due[p.kind];
  checkDay(day, `due.${p.kind}`);
  const { last } = periodMonths(p);
  return isoDate(p.year, last, Math.min(day, daysInMonth(p.year, last)));
}

/** The quarters inside a period (a quarter's only quarter is itself). */
export function quartersOf(p: Period): Period[] {
  const { first, last } = periodMonths(p);
  const out: Period[] = [];
  for (let q = (first + 2) / 3; q <= last / 3; q++) out.push(makePeriod('quarter', p.year, q));
  return out;
}

/** The halves inside a year; none for a quarter or a half. */
export function halvesOf(p: Period): Period[] {
  return p.kind === 'year' ? [makePeriod('half', p.year, 1), makePeriod('half', p.year, 2)] : [];
}

/**
 * Every period strictly inside p, larger first: a year → S1, S2, Q1…Q4;
 * a half → its two quarters; a quarter → none.
 */
export function subPeriods(p: Period): Period[] {
  if (p.kind === 'quarter') return [];
  return [...halvesOf(p), ...quartersOf(p)];
}

/** The periods strictly containing p, smaller first: Q2 → S1, year; S2 → year. */
export function containingPeriods(p: Period): Period[] {
  switch (p.kind) {
    case 'quarter':
      return [makePeriod('half', p.year, p.index <= 2 ? 1 : 2), makePeriod('year', p.year)];
    case 'half':
      return [makePeriod('year', p.year)];
    case 'year':
      return [];
  }
}

/** True when `inner` lies within `outer` (a period contains itself). */
export function periodContains(outer: Period, inner: Period): boolean {
  const o = periodSpan(outer);
  const i = periodSpan(inner);
  return o.from <= i.from && i.to <= o.to;
}

/** The period of the same kind just before: 2024Q1 → 2023Q4, 2024S1 → 2023S2, 2024 → 2023. */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'year') return makePeriod('year', p.year - 1);
  const count = p.kind === 'quarter' ? 4 : 2;
  return p.index === 1 ? makePeriod(p.kind, p.year - 1, count) : makePeriod(p.kind, p.year, p.index - 1);
}

/** The same period one year earlier: 2024Q2 → 2023Q2. */
export function samePeriodLastYear(p: Period): Period {
  return makePeriod(p.kind, p.year - 1, p.index);
}

/** Chronological by end date, then longer periods first (Q2, S1 share an end; S1 first). */
export function comparePeriods(a: Period, b: Period): number {
  const ae = periodSpan(a).to;
  const be = periodSpan(b).to;
  if (ae !== be) return ae < be ? -1 : 1;
  const as = periodSpan(a).from;
  const bs = periodSpan(b).from;
  return as === bs ? 0 : as < bs ? -1 : 1;
}

/**
 * The fewest periods that cover the year from its start to the end of `p`,
 * chronological: Q1 → [Q1], Q2 → [S1], Q3 → [S1, Q3], Q4 → [the year];
 * S1 → [S1], S2 → [the year]; a year → [itself]. A unit's year-to-date figures
 * are rolled up from these, as a half or year report is.
 */
export function yearToDateParts(p: Period): Period[] {
  const last = periodMonths(p).last;
  if (last === 12) return [makePeriod('year', p.year)];
  if (last === 9) return [makePeriod('half', p.year, 1), makePeriod('quarter', p.year, 3)];
  if (last === 6) return [makePeriod('half', p.year, 1)];
  return [makePeriod('quarter', p.year, 1)];
}

/** Id of the year to date at the end of `p`: 2024Q1, 2024S1, 2024Q1-Q3 (nine months), 2024. */
export function yearToDateId(p: Period): string {
  const parts = yearToDateParts(p);
  return parts.length === 1 ? parts[0]!.id : `${p.year}Q1-Q3`;
}

/**
 * The year to date as it reads in a sentence: "quý I năm 2024", "6 tháng đầu
 * năm 2024", "9 tháng năm 2024", "năm 2024"; English "first nine months of 2024".
 */
export function yearToDateLabel(p: Period, lang: Lang = 'vi'): string {
  const parts = yearToDateParts(p);
  if (parts.length === 1) return periodLabel(parts[0]!, lang);
  return lang === 'en' ? `first nine months of ${p.year}` : `9 tháng năm ${p.year}`;
}

/** Compact: "Quý I/2024", "6T đầu/2024", "9 tháng/2024", "Năm 2024"; "9M 2024". */
export function yearToDateShortLabel(p: Period, lang: Lang = 'vi'): string {
  const parts = yearToDateParts(p);
  if (parts.length === 1) return periodShortLabel(parts[0]!, lang);
  return lang === 'en' ? `9M ${p.year}` : `9 tháng/${p.year}`;
}

/** The data window of the year to date: from the year's first cut-off to the end of `p`'s. */
export function yearToDateWindow(p: Period, cutoffDay = 14): DateRange {
  return { from: cutoffWindow(makePeriod('quarter', p.year, 1), cutoffDay).from, to: cutoffWindow(p, cutoffDay).to };
}

/**
 * The period as it reads in a report title: "quý II năm 2024",
 * "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "năm 2024";
 * English "second quarter of 2024", "first half of 2024", "year 2024".
 */
export function periodLabel(p: Period, lang: Lang = 'vi'): string {
  if (lang === 'en') {
    switch (p.kind) {
      case 'quarter':
        return `${['first', 'second', 'third', 'fourth'][p.index - 1]} quarter of ${p.year}`;
      case 'half':
        return `${p.index === 1 ? 'first' : 'second'} half of ${p.year}`;
      case 'year':
        return `year ${p.year}`;
    }
  }
  switch (p.kind) {
    case 'quarter':
      return `quý ${ROMAN[p.index - 1]} năm ${p.year}`;
    case 'half':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'year':
      return `năm ${p.year}`;
  }
}

/** Compact label for table headers and chart axes: "Quý II/2024", "6T đầu/2024", "Năm 2024"; "Q2 2024", "H1 2024", "2024". */
export function periodShortLabel(p: Period, lang: Lang = 'vi'): string {
  if (lang === 'en') {
    return p.kind === 'year' ? String(p.year) : `${p.kind === 'quarter' ? 'Q' : 'H'}${p.index} ${p.year}`;
  }
  switch (p.kind) {
    case 'quarter':
      return `Quý ${ROMAN[p.index - 1]}/${p.year}`;
    case 'half':
      return `6T ${p.index === 1 ? 'đầu' : 'cuối'}/${p.year}`;
    case 'year':
      return `Năm ${p.year}`;
  }
}

// ---------------------------------------------------------------- ISO date helpers

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function checkDay(day: number, what: string): void {
  if (!Number.isInteger(day) || day < 1 || day > 31) {
    throw new RangeError(`${what} must be a day of the month (1–31), got ${day}`);
  }
}
