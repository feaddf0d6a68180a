import type { Consolidation } from './types.js';

/** The consolidation as printed by `cchc report --format json`: indented, newline-terminated. */
export function consolidationToJson(consolidation: Consolidation): string {
  return JSON.stringify(consolidation, null, 2) + '\n';
}
