import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Plan } from '../../src/plan/model.js';

/** The bundled plan, parsed directly (the tests of the plan loader live elsewhere). */
export function bundledPlan(): Plan {
  const raw = parse(readFileSync(new URL('../../plans/tu-ky-2021-2025.yaml', import.meta.url), 'utf8')) as Plan;
  return { ...raw, indicators: raw.indicators.map((i) => ({ ...i, targets: i.targets ?? [] })) };
}
