import { tidy } from './decimal-sum.js';
import type { Plan } from '../plan/model.js';
import type { UnitPeriodData } from './roll-up-time.js';
import type { Completeness, UnitCompleteness } from './types.js';
import { levelOfKind } from './unit-groups.js';
import { kindLabel } from '../plan/kinds.js';
import type { Lang } from '../i18n/index.js';

/** The sub-periods in which a unit left values empty, with those indicators (rates left out: their counts say it). */
function emptyValues(u: UnitPeriodData, rates: ReadonlySet<string>): UnitCompleteness['emptyValues'] {
  if (!u.gaps) return [];
  const byPeriod = new Map<string, string[]>();
  for (const [id, gap] of u.gaps) {
    if (rates.has(id)) continue;
    for (const l of gap.lacking) {
      if (l.reason !== 'no-value') continue;
      const list = byPeriod.get(l.period);
      if (list) list.push(id);
      else byPeriod.set(l.period, [id]);
    }
  }
  // Chronological, as the parts are.
  const order = u.parts.map((p) => p.period);
  return [...byPeriod]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([period, indicators]) => ({ period, indicators }));
}

/**
 * Who reported for the period (DHIS2's reporting and on-time rates): expected
 * units are those valid in the period; `submitted` counts units whose figures
 * are complete (on time or late); partial, missing and invalid units are not
 * submitted. Rates are 100 × count ÷ expected.
 */
export function buildCompleteness(units: readonly UnitPeriodData[], plan: Plan, lang: Lang = 'vi'): Completeness {
  const rates = new Set(plan.indicators.filter((i) => i.ratio).map((i) => i.id));
  const rows: UnitCompleteness[] = units.map((u) => {
    const files = u.parts.map((p) => p.file).filter((f): f is string => f !== null);
    return {
      unit: u.unit.id,
      name: u.unit.name,
      kind: u.unit.kind,
      kindName: kindLabel(plan, u.unit.kind, lang),
      level: levelOfKind(plan, u.unit.kind),
      status: u.status,
      source: u.source,
      submitted: u.submitted,
      daysLate: u.daysLate,
      files,
      parts: u.parts,
      missingParts: u.parts.filter((p) => p.status === 'missing' && p.period !== u.period.id).map((p) => p.period),
      emptyValues: emptyValues(u, rates),
      errors: u.entries.reduce((s, e) => s + e.errors, 0),
      warnings: u.entries.reduce((s, e) => s + e.warnings, 0),
    };
  });
  const count = (s: UnitCompleteness['status']) => rows.filter((r) => r.status === s).length;
  const expected = rows.length;
  const onTime = count('on-time');
  const late = count('late');
  const pct = (n: number) => (expected === 0 ? null : tidy((100 * n) / expected));
  return {
    expected,
    submitted: onTime + late,
    onTime,
    late,
    partial: count('partial'),
    missing: count('missing'),
    invalid: count('invalid'),
    reportingRate: pct(onTime + late),
    onTimeRate: pct(onTime),
    units: rows,
  };
}
