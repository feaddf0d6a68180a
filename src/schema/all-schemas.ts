import type { Plan } from '../plan/model.js';
import type { JsonSchema } from './common.js';
import { configSchema } from './config-schema.js';
import { planSchema } from './plan-schema.js';
import { submissionSchema } from './submission-schema.js';
import { unitsSchema } from './units-schema.js';

/** Every schema cchc publishes for a plan, by file name (as written to schemas/). */
export function allSchemas(plan: Plan): Record<string, JsonSchema> {
  return {
    'submission.schema.json': submissionSchema(plan),
    'units.schema.json': unitsSchema(plan),
    'config.schema.json': configSchema(),
    'plan.schema.json': planSchema(),
  };
}

export function schemaText(schema: JsonSchema): string {
  return JSON.stringify(schema, null, 2) + '\n';
}

/** The same schemas keyed by their role, for the validators. */
export function allSchemasByName(plan: Plan): Record<'submission' | 'units' | 'config' | 'plan', JsonSchema> {
  return {
    submission: submissionSchema(plan),
    units: unitsSchema(plan),
    config: configSchema(),
    plan: planSchema(),
  };
}
