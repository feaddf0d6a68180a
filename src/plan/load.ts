import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Aggregation, Indicator, KindInfo, Plan, Target, Task, UnitKind, ValueType } from './model.js';
import { planConsistency, type PlanProblem } from './consistency.js';
import { BUILT_IN_KINDS } from './kinds.js';

/** The plan shipped with cchc: Tứ Kỳ's 2021–2025 CCHC plan. */
export const DEFAULT_PLAN_PATH = fileURLToPath(new URL('../../plans/tu-ky-2021-2025.yaml', import.meta.url));

type RawIndicator = Omit<Indicator, 'targets' | 'reportedBy' | 'aggregation'> & {
  targets?: Target[];
  reportedBy?: UnitKind[];
  aggregation?: Aggregation;
};
type RawTask = Omit<Task, 'lead' | 'coordinate' | 'reportedBy'> & { lead?: string[]; coordinate?: string[]; reportedBy?: UnitKind[] };
type RawKind = Pick<KindInfo, 'id' | 'name'> & Partial<Pick<KindInfo, 'group' | 'groupName'>>;
type RawPlan = Omit<Plan, 'indicators' | 'tasks' | 'levelNames' | 'scales' | 'sources' | 'kinds' | 'kindLists' | 'kindNames' | 'roles'> & {
  indicators: RawIndicator[];
  tasks: RawTask[];
  levelNames?: Record<string, string>;
  scales?: Plan['scales'];
  sources?: Plan['sources'];
  kinds?: RawKind[];
  kindLists?: Record<string, UnitKind[] | { name: string; kinds: UnitKind[] }>;
  roles?: Plan['roles'];
};

/** A declared kind with its group: its own unless it names one, "Các <name>" as the group's name. */
function kindOf(k: RawKind): KindInfo {
  const group = k.group ?? k.id;
  return { id: k.id, name: k.name, group, groupName: k.groupName ?? `Các ${k.name}` };
}

/** Kinds and kind-list names → kinds, in order, each once (a name nobody declared stays, for the consistency check to name). */
function expandKinds(refs: readonly string[] | undefined, lists: Readonly<Record<string, readonly UnitKind[]>>): UnitKind[] {
  const out: UnitKind[] = [];
  for (const r of refs ?? []) for (const k of Object.hasOwn(lists, r) ? lists[r]! : [r]) if (!out.includes(k)) out.push(k);
  return out;
}

/**
 * How values combine when the plan does not say: counts are summed over units
 * and over time; yes/no answers must all be yes and the latest one counts;
 * dates give the latest day; ratings the lowest level (the weakest unit) and
 * the latest one over time; texts are not combined. Rates are computed from
 * their counts (their own aggregation is never used). Numbers and percentages
 * reported directly have no safe default: the plan must say.
 */
const DEFAULT_AGGREGATION: Partial<Record<ValueType, Aggregation>> = {
  count: { units: 'sum', time: 'sum' },
  boolean: { units: 'all', time: 'last' },
  date: { units: 'max', time: 'last' },
  rating: { units: 'min', time: 'last' },
  text: { units: 'none', time: 'last' },
};

function withDefaults(i: RawIndicator, lists: Readonly<Record<string, readonly UnitKind[]>>): Indicator {
  const out: Indicator = {
    ...i,
    reportedBy: expandKinds(i.reportedBy, lists),
    targets: (i.targets ?? []).map((t) => (t.share?.kinds ? { ...t, share: { ...t.share, kinds: expandKinds(t.share.kinds, lists) } } : t)),
  };
  if (i.requiredFor) out.requiredFor = expandKinds(i.requiredFor, lists);
  // A rate has no aggregation of its own (its counts, paired per report, decide).
  if (!i.ratio && !i.aggregation) {
    const fallback = DEFAULT_AGGREGATION[i.type];
    if (fallback) out.aggregation = fallback;
  }
  return out;
}

/**
 * A rate's breakdown by sector made into indicators: per item, its two counts
 * (`<count>.<item>`, parts of the whole counts, placed after them) and its rate
 * (`<rate>.<item>`, after the rate) with the breakdown's targets.
 */
function expandBreakdowns(indicators: Indicator[]): Indicator[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const after = new Map<string, Indicator[]>();
  const made = new Set<string>();
  const add = (anchor: string, ind: Indicator): void => {
    if (made.has(ind.id) || byId.has(ind.id)) return;
    made.add(ind.id);
    const list = after.get(anchor) ?? [];
    list.push(ind);
    after.set(anchor, list);
  };
  for (const rate of indicators) {
    const b = rate.breakdown;
    if (!b || !rate.ratio) continue;
    const num = byId.get(rate.ratio.numerator);
    const den = byId.get(rate.ratio.denominator);
    if (!num || !den) continue;
    for (const item of b.items) {
      const label = `${b.name} ${item.name}`;
      const part = (whole: Indicator, notAbove: string[]): Indicator => {
        const { sumOf: _sum, requiredFor: _req, hint: _hint, chart: _chart, ...rest } = whole;
        return {
          ...rest,
          id: `${whole.id}.${item.id}`,
          name: `${whole.name}, trong đó ${label}`,
          notAbove,
          targets: [],
          breakdownOf: { indicator: whole.id, item: item.id, label },
        };
      };
      add(den.id, part(den, [den.id]));
      add(num.id, part(num, [num.id, `${den.id}.${item.id}`]));
      const { breakdown: _b, chart: _chart, ...rest } = rate;
      add(rate.id, {
        ...rest,
        id: `${rate.id}.${item.id}`,
        name: `${rate.name}, trong đó ${label}`,
        ratio: { numerator: `${num.id}.${item.id}`, denominator: `${den.id}.${item.id}` },
        targets: (b.targets ?? []).map((t) => ({ ...t })),
        breakdownOf: { indicator: rate.id, item: item.id, label },
      });
    }
  }
  if (after.size === 0) return indicators;
  return indicators.flatMap((i) => [i, ...(after.get(i.id) ?? [])]);
}

/**
 * Turns schema-valid plan data into a Plan, filling defaults (rates reported
 * by nobody, aggregations by value type, no scales or sources) and making the
 * indicators of breakdowns. Throws a list of consistency problems (unknown
 * references, duplicate ids) as PlanError.
 */
export function planFromData(data: unknown): Plan {
  const raw = data as RawPlan;
  const kinds = raw.kinds ? raw.kinds.map(kindOf) : [...BUILT_IN_KINDS];
  const kindLists: Plan['kindLists'] = Object.fromEntries(Object.entries(raw.kindLists ?? {}).map(([id, l]) => [id, Array.isArray(l) ? l : l.kinds]));
  const kindNames: Record<string, string> = Object.fromEntries(kinds.map((k) => [k.id, k.name]));
  for (const [id, l] of Object.entries(raw.kindLists ?? {})) kindNames[id] = Array.isArray(l) ? l.map((k) => kindNames[k] ?? k).join(', ') : l.name;
  const roles = Object.fromEntries(
    Object.entries(raw.roles ?? {}).map(([id, r]) => [id, { ...r, ...(r.kinds ? { kinds: expandKinds(r.kinds, kindLists) } : {}) }]),
  );
  const plan: Plan = {
    ...raw,
    levels: Object.fromEntries(Object.entries(raw.levels).map(([level, list]) => [level, expandKinds(list, kindLists)])),
    levelNames: raw.levelNames ?? Object.fromEntries(Object.keys(raw.levels).map((k) => [k, k])),
    scales: raw.scales ?? {},
    sources: raw.sources ?? [],
    kinds,
    kindLists,
    kindNames,
    roles,
    indicators: expandBreakdowns(raw.indicators.map((i) => withDefaults(i, kindLists))),
    tasks: raw.tasks.map((t) => ({ ...t, lead: t.lead ?? [], coordinate: t.coordinate ?? [], reportedBy: expandKinds(t.reportedBy, kindLists) })),
  };
  const problems = planConsistency(plan);
  if (problems.length) throw new PlanError(problems);
  return plan;
}

export class PlanError extends Error {
  constructor(readonly problems: PlanProblem[]) {
    super(problems.map((p) => p.message).join('; '));
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
