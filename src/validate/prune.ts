import type { SchemaError } from './ajv.js';
import { pointerToPath } from './schema-findings.js';

/**
 * A copy of the data without the entries that broke the schema (an unknown
 * indicator, a value of the wrong type, …), so the business rules can still
 * check the rest and the user sees every problem in one run. Returns null when
 * an error is outside the areas (e.g. no unit id): then the rules cannot run.
 */
export function pruneInvalid(data: unknown, errors: readonly SchemaError[]): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    if (e.keyword === 'additionalProperties') path.push(String(e.params['additionalProperty']));
    // Only entries inside an area's values/tasks/narrative can be dropped safely.
    if (path[0] !== 'areas' || path.length < 3) return null;
    const cut = path.slice(0, Math.min(path.length, 4));
    let parent: unknown = copy;
    for (const seg of cut.slice(0, -1)) {
      parent = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[seg] : undefined;
    }
    if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[cut[cut.length - 1]!];
  }
  return copy;
}
