/**
 * Build step: precompile the validators of the bundled plan into standalone
 * CommonJS (dist/validators/default.cjs), so start-up never compiles a schema.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_PLAN_PATH, PLAN_CACHE_DIR, planCachePath } from '../plan/load.js';
import { loadPlanFile } from '../repo/load.js';
import { allSchemasByName } from '../schema/all-schemas.js';
import { PRECOMPILED_PATH, standaloneSource } from '../validate/ajv.js';

process.env['CCHC_NO_PRECOMPILED'] = '1';
const plan = await loadPlanFile(DEFAULT_PLAN_PATH, 'plans/tu-ky-2021-2025.yaml');
const source = await standaloneSource(allSchemasByName(plan));
mkdirSync(dirname(PRECOMPILED_PATH), { recursive: true });
writeFileSync(PRECOMPILED_PATH, source);
console.log(`precompiled validators: ${PRECOMPILED_PATH}`);
mkdirSync(PLAN_CACHE_DIR, { recursive: true });
const planText = readFileSync(DEFAULT_PLAN_PATH);
writeFileSync(planCachePath(planText.byteLength, '.yaml'), planText);
writeFileSync(planCachePath(planText.byteLength, '.json'), JSON.stringify(plan));
