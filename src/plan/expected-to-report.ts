import type { Indicator, Plan } from './model.js';
import { playsRole, type UnitRoles } from './roles.js';

/**
 * Whether the plan expects a unit to report a directly reported indicator:
 * its kind reports it and, where the plan names the reporters of that kind
 * (`reporters`), the unit leads one of their areas or plays one of their roles.
 */
export function expectedToReport(ind: Indicator, unit: UnitRoles, plan?: Pick<Plan, 'roles' | 'kindLists'>): boolean {
  if (!ind.reportedBy.includes(unit.kind)) return false;
  const rule = ind.reporters?.[unit.kind];
  if (rule === undefined) return true;
  if (rule.leads?.some((area) => unit.leads.includes(area))) return true;
  return plan !== undefined && (rule.roles ?? []).some((r) => playsRole(plan, r, unit));
}
