import type { Plan, Role, Task, UnitKind } from './model.js';
import { groupName } from './kinds.js';

/** What a role test needs of a unit: its kind, the areas it leads and the roles units.yaml gives it. */
export interface UnitRoles {
  kind: UnitKind;
  leads: readonly string[];
  roles?: readonly string[];
}

/**
 * Whether a unit plays a role named in a plan: a role of the plan's `roles`
 * (by its kinds and led areas, or given to the unit in units.yaml), a unit
 * kind (every unit of it), or a list of kinds of the plan's `kindLists`.
 * Plans are shared between People's Committees, so tasks and reporters name
 * roles, never units.
 */
export function playsRole(plan: Pick<Plan, 'roles' | 'kindLists'>, ref: string, unit: UnitRoles): boolean {
  const role = plan.roles[ref];
  if (role) return roleMatches(ref, role, unit);
  const list = plan.kindLists[ref];
  if (list) return list.includes(unit.kind);
  return ref === unit.kind;
}

function roleMatches(id: string, role: Role, unit: UnitRoles): boolean {
  if (unit.roles?.includes(id)) return true;
  if (!role.kinds && !role.leads) return false;
  if (role.kinds && !role.kinds.includes(unit.kind)) return false;
  return !role.leads || role.leads.some((a) => unit.leads.includes(a));
}

/**
 * Who a role reference names, as the report writes it: the role's name
 * ("Phòng Nội vụ"), a kind list's name ("Các cơ quan, đơn vị, UBND cấp xã"),
 * or for one kind its group's name for that kind ("Các phòng chuyên môn",
 * "UBND các xã").
 */
export function roleName(plan: Pick<Plan, 'roles' | 'kindLists' | 'kindNames' | 'kinds'>, ref: string): string {
  const role = plan.roles[ref];
  if (role) return role.name;
  const kind = plan.kinds.find((k) => k.id === ref);
  if (kind) return groupName(plan, kind.group, [kind.id]);
  return plan.kindNames[ref] ?? ref;
}

/**
 * Who reports on a task: its `reporters` roles; without them, its lead
 * roles; without a lead, every unit of its `reportedBy` kinds.
 */
export function reportsTask(plan: Pick<Plan, 'roles' | 'kindLists'>, task: Task, unit: UnitRoles): boolean {
  const refs = task.reporters ?? (task.lead.length ? task.lead : null);
  if (refs) return refs.some((r) => playsRole(plan, r, unit));
  return task.reportedBy.includes(unit.kind);
}
