import type { Finding } from '../validate/finding.js';
import type { DataPath } from '../model/submission.js';
import type { Locator } from '../model/submission.js';

/** A date written YYYY-MM-DD that exists in the calendar (2024-02-30 and 2024-13-01 do not). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

interface RawUnit {
  id?: unknown;
  validFrom?: unknown;
  validTo?: unknown;
}

/**
 * What units.yaml's schema cannot say: its dates exist, a unit does not end
 * before it starts, every id is used once (the second use is reported, at its
 * line, with the line of the first), and the list is not empty.
 */
export function unitsRules(data: unknown, locator: Locator): Finding[] {
  const units = (data as { units?: unknown }).units;
  if (!Array.isArray(units)) return [];
  const out: Finding[] = [];
  if (units.length === 0) out.push({ severity: 'error', code: 'no-units', params: {}, path: ['units'] });
  const firstLine = new Map<string, number>();
  units.forEach((raw: RawUnit, i) => {
    const path = (field: string): DataPath => ['units', i, field];
    for (const field of ['validFrom', 'validTo'] as const) {
      const v = raw[field];
      // A date of the right shape that the calendar has not (2024-13-01 would roll over into 2025).
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !isCalendarDate(v)) {
        out.push({ severity: 'error', code: 'date-not-in-calendar', params: { value: v }, path: path(field) });
      }
    }
    const { validFrom: from, validTo: to } = raw;
    if (typeof from === 'string' && typeof to === 'string' && isCalendarDate(from) && isCalendarDate(to) && from > to) {
      out.push({ severity: 'error', code: 'unit-dates-reversed', params: { unit: String(raw.id), from, to }, path: path('validTo') });
    }
    if (typeof raw.id === 'string') {
      const line = locator.locate(path('id')).line ?? 0;
      const first = firstLine.get(raw.id);
      if (first === undefined) firstLine.set(raw.id, line);
      else out.push({ severity: 'error', code: 'duplicate-unit-id', params: { id: raw.id, line: first }, path: path('id') });
    }
  });
  return out;
}

/** Words a template leaves for the user to replace: "[Họ và tên người ký]", "@@name@@". */
const PLACEHOLDER = /\[[^\][\n]*\p{L}[^\][\n]*\]|@@\w+@@/u;

/** The first placeholder left in `text`, or null. */
export function placeholderIn(text: string): string | null {
  return PLACEHOLDER.exec(text)?.[0] ?? null;
}

/**
 * cchc.yaml made by `cchc init` holds placeholders in square brackets where
 * the body's names go; one left unfilled would be printed in the official
 * report ("ỦY BAN NHÂN DÂN [TÊN ĐỊA PHƯƠNG]"), so each is an error at its line.
 */
export function configRules(data: unknown): Finding[] {
  const out: Finding[] = [];
  const visit = (value: unknown, path: DataPath) => {
    if (typeof value === 'string') {
      const placeholder = placeholderIn(value);
      if (placeholder) out.push({ severity: 'error', code: 'config-placeholder', params: { name: `"${path.join('.')}"`, placeholder }, path });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(data, []);
  return out;
}
