import { loadPlanFile } from '../../src/repo/load.js';
import { DEFAULT_PLAN_PATH } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/model.js';

let plan: Promise<Plan> | null = null;

/** The bundled plan, loaded (and checked) once per test file. */
export function bundledPlan(): Promise<Plan> {
  plan ??= loadPlanFile(DEFAULT_PLAN_PATH, 'plans/tu-ky-2021-2025.yaml');
  return plan;
}
