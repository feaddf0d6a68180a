import type { Indicator, UnitKind } from './model.js';

/**
 * Whether the plan expects a unit to report a directly reported indicator:
 * its kind reports it and, where the plan names the reporters of that kind
 * (`reporters`), the unit leads one of their areas.
 */
export function expectedToReport(ind: Indicator, unit: { kind: UnitKind; leads: readonly string[] }): boolean {
  if (!ind.reportedBy.includes(unit.kind)) return false;
  const rule = ind.reporters?.[unit.kind];
  return rule === undefined || rule.leads.some((area) => unit.leads.includes(area));
}
