import chalk from 'chalk';
import type { Lang } from '../i18n/index.js';
import { consolidateMessages as m } from '../i18n/consolidate.js';
import { periodOf, periodShortLabel } from '../consolidate/period.js';
import type { Consolidation, UnitCompleteness, UnitReportStatus } from '../consolidate/types.js';
import { compareVietnamese } from '../consolidate/unit-groups.js';
import { visible } from './terminal-text.js';
import { formatDate, formatPercent } from '../util/vi-format.js';

export interface StatusTableOptions {
  lang: Lang;
  colour: boolean;
}

const PAINT: Record<UnitReportStatus, (s: string) => string> = {
  'on-time': (s) => chalk.green(s),
  late: (s) => chalk.yellow(s),
  partial: (s) => chalk.yellow(s),
  missing: (s) => chalk.red(s),
  invalid: (s) => chalk.red(s),
};

/**
 * Who has reported for the period, as a text table: one row per expected
 * unit, sorted by name in Vietnamese collation, then the counts and rates.
 */
export function renderStatusTable(c: Consolidation, options: StatusTableOptions): string {
  const { lang } = options;
  const t = (key: Parameters<typeof m.in>[1], params?: Parameters<typeof m.in>[2]) => m.in(lang, key, params);
  const date = (iso: string) => (lang === 'vi' ? formatDate(iso) : iso);
  const pct = (v: number | null) => (v === null ? '—' : lang === 'vi' ? formatPercent(v) : `${Number(v.toFixed(1))}%`);
  const labels = (ids: readonly string[]) => ids.map((id) => periodShortLabel(periodOf(id), lang)).join(', ');

  const lines: string[] = [
    t('status.title', {
      period: c.period.label,
      due: date(c.period.due),
      from: date(c.period.window.from),
      to: date(c.period.window.to),
    }),
    '',
  ];
  const units = [...c.completeness.units].sort((a, b) => compareVietnamese(a.name, b.name) || (a.unit < b.unit ? -1 : 1));
  if (units.length === 0) return lines.concat(t('status.none', { period: c.period.label }), '').join('\n');

  const statusText = (u: UnitCompleteness) =>
    u.status === 'late' ? t('status.late', { days: u.daysLate ?? 0 }) : t(`status.${u.status}`);
  const note = (u: UnitCompleteness): string => {
    const parts: string[] = [];
    const missing = u.missingParts;
    const invalid = u.parts.filter((p) => p.status === 'invalid' && p.period !== c.period.id).map((p) => p.period);
    if (missing.length) parts.push(t('status.note.missingParts', { parts: labels(missing) }));
    if (invalid.length) parts.push(t('status.note.invalidParts', { parts: labels(invalid) }));
    // Values left empty in a report used make the unit's figures partial, like a missing quarter (as the reports say).
    for (const e of u.emptyValues ?? []) parts.push(t('status.note.emptyValues', { count: e.indicators.length, period: labels([e.period]) }));
    if (u.status === 'invalid' || invalid.length) {
      const files = u.parts.filter((p) => p.status === 'invalid' && p.file).map((p) => p.file);
      parts.push(t('status.note.errors', { count: u.errors, files: files.map((f) => visible(f ?? '')).join(', ') }));
    }
    if (u.source === 'sub-periods') {
      const late = u.parts.filter((p) => p.status === 'late' && p.submitted !== null);
      if (late.length) {
        const list = late.map((p) =>
          t('status.note.latePart', { period: labels([p.period]), days: daysAfter(p.due, p.submitted!), date: date(p.submitted!) }),
        );
        parts.push(t('status.note.lateParts', { parts: list.join(', ') }));
      } else if (u.status === 'on-time') {
        parts.push(t('status.note.subPeriods', { parts: labels(u.parts.map((p) => p.period)) }));
      }
    }
    return parts.join('; ');
  };

  const header = ['status.col.no', 'status.col.unit', 'status.col.kind', 'status.col.status', 'status.col.submitted', 'status.col.note'] as const;
  const rows = units.map((u, i) => [
    String(i + 1),
    // Names come from units.yaml: a line break or an escape sequence in one is shown, not obeyed.
    visible(u.name),
    visible(u.kindName),
    statusText(u),
    u.submitted ? date(u.submitted) : '',
    note(u),
  ]);
  const head = header.map((k) => t(k));
  const width = (s: string) => [...s.normalize('NFC')].length;
  const widths = head.map((h, col) => Math.max(width(h), ...rows.map((r) => width(r[col]!))));
  const pad = (s: string, col: number) => (col === 0 ? ' '.repeat(widths[col]! - width(s)) + s : s + ' '.repeat(widths[col]! - width(s)));
  const bold = (s: string) => (options.colour ? chalk.bold(s) : s);
  const line = (cells: string[], paint?: (s: string) => string) =>
    cells
      .map((cell, col) => (col === 3 && paint && options.colour ? paint(pad(cell, col)) : pad(cell, col)))
      .join('  ')
      .trimEnd();

  lines.push(bold(line(head)));
  rows.forEach((r, i) => lines.push(line(r, PAINT[units[i]!.status])));
  const k = c.completeness;
  lines.push(
    '',
    t('status.summary', {
      expected: k.expected,
      submitted: k.submitted,
      onTime: k.onTime,
      late: k.late,
      partial: k.partial,
      missing: k.missing,
      invalid: k.invalid,
    }),
    t('status.rates', { reporting: pct(k.reportingRate), onTime: pct(k.onTimeRate) }),
    '',
  );
  return lines.join('\n');
}

function daysAfter(due: string, submitted: string): number {
  const t = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((t(submitted) - t(due)) / 86_400_000);
}
