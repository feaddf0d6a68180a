import type { Indicator, Plan, Task } from '../plan/model.js';

export interface PlanIndex {
  indicators: ReadonlyMap<string, Indicator>;
  tasks: ReadonlyMap<string, Task>;
}

const indexes = new WeakMap<Plan, PlanIndex>();

/** The plan's indicators and tasks by id, built once per plan (rules ask for them for every file). */
export function planIndex(plan: Plan): PlanIndex {
  let index = indexes.get(plan);
  if (!index) {
    index = { indicators: new Map(plan.indicators.map((i) => [i.id, i])), tasks: new Map(plan.tasks.map((t) => [t.id, t])) };
    indexes.set(plan, index);
  }
  return index;
}
