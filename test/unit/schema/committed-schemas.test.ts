import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../../src/repo/load.js';
import { DEFAULT_PLAN_PATH } from '../../../src/plan/load.js';
import { allSchemas, schemaText } from '../../../src/schema/all-schemas.js';

describe('committed schemas/', () => {
  it('equal what the bundled plan generates (run "cchc schema --out schemas" after changing the plan)', async () => {
    const plan = await loadPlanFile(DEFAULT_PLAN_PATH, 'plans/tu-ky-2021-2025.yaml');
    for (const [name, schema] of Object.entries(allSchemas(plan))) {
      const committed = readFileSync(fileURLToPath(new URL(`../../../schemas/${name}`, import.meta.url)), 'utf8');
      expect(committed, name).toBe(schemaText(schema));
    }
  });

  it('have one sub-schema per area of the plan (seven)', async () => {
    const plan = await loadPlanFile(DEFAULT_PLAN_PATH, 'plans/tu-ky-2021-2025.yaml');
    const schema = allSchemas(plan)['submission.schema.json']!;
    const defs = Object.keys(schema['$defs'] as object).filter((k) => k.startsWith('area-'));
    expect(defs).toHaveLength(7);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
