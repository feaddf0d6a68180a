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

  it('describe every property of the plan, cchc.yaml, units.yaml and a submission in Vietnamese (editors show it on hover)', async () => {
    const plan = await loadPlanFile(DEFAULT_PLAN_PATH, 'plans/tu-ky-2021-2025.yaml');
    const schemas = allSchemas(plan);
    const undescribed: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      for (const [key, value] of Object.entries((o['properties'] ?? {}) as Record<string, Record<string, unknown>>)) {
        const d = value['description'];
        if (value['$ref'] === undefined && (typeof d !== 'string' || !/[à-ỹđ]/i.test(d))) undescribed.push(`${at}/${key}`);
        walk(value, `${at}/${key}`);
      }
      for (const key of ['items', 'additionalProperties']) walk(o[key], `${at}/${key}`);
      for (const key of ['oneOf', 'anyOf', 'allOf']) if (Array.isArray(o[key])) (o[key] as unknown[]).forEach((v, i) => walk(v, `${at}/${key}/${i}`));
      for (const [name, def] of Object.entries((o['$defs'] ?? {}) as Record<string, unknown>)) walk(def, `${at}/$defs/${name}`);
    };
    for (const name of ['plan.schema.json', 'config.schema.json', 'units.schema.json', 'submission.schema.json']) walk(schemas[name], name);
    expect(undescribed).toEqual([]);
  });
});
