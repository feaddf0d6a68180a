import { parsePeriod, periodSpan, type Period } from '../consolidate/period.js';
import type { Plan } from '../plan/model.js';
import type { RepoConfig } from './model.js';

/** One plan of a repository and the day it applies from (null: from the start). */
export interface DatedPlan {
  from: string | null;
  plan: Plan;
  /** Absolute path of its file. */
  file: string;
}

/** The plan files cchc.yaml names, in order: `plans` by date, else `plan` (absent: the bundled plan). */
export function planEntries(config: Pick<RepoConfig, 'plan' | 'plans'>): { from: string | null; file: string | null }[] {
  if (config.plans?.length) return config.plans.map((p) => ({ from: p.from ?? null, file: p.file ?? null }));
  return [{ from: null, file: config.plan ?? null }];
}

/**
 * Which plan a period is reported under: the latest whose `from` is on or
 * before the period's first day. A period whose days run into a later plan
 * (a year when the plan changes on 1 July) has no single plan: `spans`,
 * with the two plans; a period before the first plan's day: `before`.
 */
export type PlanOfPeriod =
  | { kind: 'plan'; dated: DatedPlan }
  | { kind: 'spans'; first: DatedPlan; next: DatedPlan }
  | { kind: 'before'; first: DatedPlan };

export function planOfPeriod(plans: readonly DatedPlan[], period: Period): PlanOfPeriod {
  const span = periodSpan(period);
  let current: DatedPlan | null = null;
  for (const p of plans) if (p.from === null || p.from <= span.from) current = p;
  if (current === null) return { kind: 'before', first: plans[0]! };
  const next = plans[plans.indexOf(current) + 1];
  if (next?.from && next.from <= span.to) return { kind: 'spans', first: current, next };
  return { kind: 'plan', dated: current };
}

/** The plan a submission's period text is checked against; the latest plan when the period cannot say. */
export function planForPeriodText(plans: readonly DatedPlan[], periodText: unknown): Plan {
  const period = typeof periodText === 'string' ? parsePeriod(periodText) : null;
  if (period) {
    const found = planOfPeriod(plans, period);
    if (found.kind === 'plan') return found.dated.plan;
    if (found.kind === 'spans') return found.first.plan;
    return found.first.plan;
  }
  return plans[plans.length - 1]!.plan;
}

/**
 * The file name of a plan's submission schema in the repository's schemas/
 * folder: the latest plan's is `submission.schema.json`, an earlier plan's
 * `submission-<plan id>.schema.json` (what `cchc schema` writes), so a form or
 * submission of 2025 points the editor at the 2021–2025 plan's schema.
 */
export function submissionSchemaFile(plans: readonly DatedPlan[], plan: Plan): string {
  const latest = plans[plans.length - 1];
  return latest === undefined || latest.plan === plan || latest.plan.id === plan.id ? 'submission.schema.json' : `submission-${plan.id}.schema.json`;
}

/**
 * One plan standing for all of a repository's plans where units are
 * described (units.yaml): every area a unit may lead, every kind and role.
 */
export function registryPlan(plans: readonly DatedPlan[]): Plan {
  const latest = plans[plans.length - 1]!.plan;
  if (plans.length === 1) return latest;
  const merged: Plan = { ...latest, areas: [...latest.areas], kinds: [...latest.kinds], roles: { ...latest.roles }, kindNames: { ...latest.kindNames } };
  for (const { plan } of plans) {
    for (const a of plan.areas) if (!merged.areas.some((x) => x.id === a.id)) merged.areas.push(a);
    for (const k of plan.kinds) if (!merged.kinds.some((x) => x.id === k.id)) merged.kinds.push(k);
    for (const [id, r] of Object.entries(plan.roles)) merged.roles[id] ??= r;
    for (const [id, n] of Object.entries(plan.kindNames)) merged.kindNames[id] ??= n;
  }
  return merged;
}
