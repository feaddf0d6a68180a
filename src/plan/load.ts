import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Indicator, Plan, Target, UnitKind } from './model.js';
import { planConsistency } from './consistency.js';

/** The plan shipped with cchc: Tứ Kỳ's 2021–2025 CCHC plan. */
export const DEFAULT_PLAN_PATH = fileURLToPath(new URL('../../plans/tu-ky-2021-2025.yaml', import.meta.url));

type RawIndicator = Omit<Indicator, 'targets'> & { targets?: Target[] };
type RawPlan = Omit<Plan, 'indicators' | 'levelNames'> & {
  indicators: RawIndicator[];
  levelNames?: Record<string, string>;
};

/**
 * Turns schema-valid plan data into a Plan, filling defaults. Throws a list of
 * consistency problems (unknown references, duplicate ids) as PlanError.
 */
export function planFromData(data: unknown): Plan {
  const raw = data as RawPlan;
  const plan: Plan = {
    ...raw,
    levelNames: raw.levelNames ?? Object.fromEntries(Object.keys(raw.levels).map((k) => [k, k])),
    indicators: raw.indicators.map((i) => ({ ...i, targets: i.targets ?? [] })),
  };
  const problems = planConsistency(plan);
  if (problems.length) throw new PlanError(problems);
  return plan;
}

export class PlanError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'PlanError';
  }
}

/** Level (a key of plan.levels) of a unit kind. */
export function levelOf(plan: Plan, kind: UnitKind): string | undefined {
  for (const [level, kinds] of Object.entries(plan.levels)) if (kinds.includes(kind)) return level;
  return undefined;
}

/** Plain file read for the bundled plan, which is validated by the test suite. */
export function readDefaultPlanText(): string {
  return readFileSync(DEFAULT_PLAN_PATH, 'utf8');
}

/**
 * Parsing the plan's YAML costs more than the rest of a one-file validation, so
 * the build stores the bundled plan as JSON next to a copy of its text, named by
 * the text's length. A plan file whose bytes equal that copy is loaded from the
 * JSON (it was checked at build). Comparing bytes is exact and needs no hashing
 * (loading node:crypto alone costs a few milliseconds of start-up).
 */
export const PLAN_CACHE_DIR = fileURLToPath(new URL('../plans/', import.meta.url));

/** Where the build stores a plan's text (`.yaml`) and checked data (`.json`). */
export function planCachePath(byteLength: number, ext: '.yaml' | '.json'): string {
  return `${PLAN_CACHE_DIR}plan-${byteLength}${ext}`;
}

export function cachedPlan(bytes: Uint8Array): Plan | null {
  let copy: Buffer;
  try {
    copy = readFileSync(planCachePath(bytes.byteLength, '.yaml'));
  } catch {
    return null;
  }
  if (!copy.equals(bytes)) return null;
  return JSON.parse(readFileSync(planCachePath(bytes.byteLength, '.json'), 'utf8')) as Plan;
}
