import { periodOf, periodShortLabel } from '../../consolidate/period.js';
import type { IndicatorResult, UnitResult } from '../../consolidate/types.js';

/**
 * What a unit's partial figures lack, in a few words: reports not consolidated,
 * values left empty, rates given one count of two, end-of-period values carried
 * forward; null when nothing.
 */
export function gapText(u: UnitResult, indicators: readonly IndicatorResult[]): string | null {
  const short = (id: string) => periodShortLabel(periodOf(id), 'vi');
  const wholeReports = new Set<string>();
  const groups = new Map<string, string[]>();
  const add = (what: string, name: string) => {
    const list = groups.get(what);
    if (list) list.push(name);
    else groups.set(what, [name]);
  };
  for (const ind of indicators) {
    const v = u.values[ind.id];
    if (!v?.gaps) continue;
    for (const g of v.gaps) if (g.reason === 'missing' || g.reason === 'invalid') wholeReports.add(g.period);
    const empty = v.gaps.filter((g) => g.reason === 'no-value').map((g) => short(g.period));
    const unpaired = v.gaps.filter((g) => g.reason === 'unpaired').map((g) => short(g.period));
    if (empty.length) add(`để trống ${empty.join(', ')}`, ind.name);
    if (unpaired.length) add(`chỉ có một trong hai số (tử số, mẫu số) ${unpaired.join(', ')}`, ind.name);
    if (v.carriedFrom) add(`lấy theo số liệu ${short(v.carriedFrom)}`, ind.name);
  }
  const parts: string[] = [];
  if (wholeReports.size) parts.push(`chưa có số liệu ${[...wholeReports].map(short).join(', ')}`);
  for (const [what, names] of groups) parts.push(`${what}: ${names.join(', ')}`);
  if (!parts.length) return null;
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
