import { loadPlanFile } from '../../src/repo/load.js';
import { DEFAULT_PLAN_PATH } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/model.js';
import { BUILT_IN_KINDS } from '../../src/plan/kinds.js';

let plan: Promise<Plan> | null = null;

/** The bundled plan, loaded (and checked) once per test file. */
export function bundledPlan(): Promise<Plan> {
  plan ??= loadPlanFile(DEFAULT_PLAN_PATH, 'plans/tu-ky-2021-2025.yaml');
  return plan;
}

/** The fields a plan written as a literal in a test leaves to their defaults (what planFromData fills). */
export const PLAN_DEFAULTS: Pick<Plan, 'scales' | 'sources' | 'kinds' | 'kindLists' | 'kindNames' | 'roles'> = {
  scales: {},
  sources: [],
  kinds: [...BUILT_IN_KINDS],
  kindLists: {},
  kindNames: Object.fromEntries(BUILT_IN_KINDS.map((k) => [k.id, k.name])),
  roles: {},
};
