import type { Plan } from '../plan/model.js';
import { submissionSchema } from '../schema/submission-schema.js';
import { unitsSchema } from '../schema/units-schema.js';
import { planChecks, type SchemaCheck } from './ajv.js';

const byPlan = new WeakMap<Plan, Promise<{ submission: SchemaCheck; units: SchemaCheck }>>();

/**
 * The submission and unit-registry checks of a plan, made once per plan:
 * generating and comparing the schemas costs milliseconds a start-up need not spend twice.
 */
export function checksForPlan(plan: Plan): Promise<{ submission: SchemaCheck; units: SchemaCheck }> {
  let checks = byPlan.get(plan);
  if (!checks) {
    checks = planChecks({ submission: submissionSchema(plan), units: unitsSchema(plan) });
    byPlan.set(plan, checks);
  }
  return checks;
}
