import type { Plan } from './model.js';

/** Problems a schema cannot see: duplicate ids and references to nothing. */
export function planConsistency(plan: Plan): string[] {
  const out: string[] = [];
  const areaIds = new Set<string>();
  for (const a of plan.areas) {
    if (areaIds.has(a.id)) out.push(`duplicate area id "${a.id}"`);
    areaIds.add(a.id);
  }
  const byId = new Map<string, Plan['indicators'][number]>();
  for (const i of plan.indicators) {
    if (byId.has(i.id)) out.push(`duplicate indicator id "${i.id}"`);
    byId.set(i.id, i);
    if (!areaIds.has(i.area)) out.push(`indicator "${i.id}": unknown area "${i.area}"`);
  }
  const levels = new Set(Object.keys(plan.levels));
  for (const i of plan.indicators) {
    const refs = [...(i.notAbove ?? []), ...(i.sumOf ?? [])];
    if (i.ratio) refs.push(i.ratio.numerator, i.ratio.denominator);
    for (const r of refs) {
      const target = byId.get(r);
      if (!target) out.push(`indicator "${i.id}": unknown indicator "${r}"`);
      else if (target.ratio) out.push(`indicator "${i.id}": "${r}" is itself a ratio`);
    }
    if (i.ratio && i.reportedBy.length) out.push(`indicator "${i.id}": a ratio is computed, never reported`);
    if (i.ratio && i.aggregation) {
      out.push(`indicator "${i.id}": a ratio has no aggregation (its numerator and denominator, paired per report, decide): remove it`);
    }
    for (const [kind, rule] of Object.entries(i.reporters ?? {})) {
      if (!(i.reportedBy as string[]).includes(kind)) out.push(`indicator "${i.id}": reporters names kind "${kind}", which does not report it`);
      for (const area of rule?.leads ?? []) if (!areaIds.has(area)) out.push(`indicator "${i.id}": reporters: unknown area "${area}"`);
    }
    for (const t of i.targets) {
      if (t.level && !levels.has(t.level)) out.push(`indicator "${i.id}": unknown level "${t.level}"`);
    }
  }
  const taskIds = new Set<string>();
  for (const t of plan.tasks) {
    if (taskIds.has(t.id)) out.push(`duplicate task id "${t.id}"`);
    taskIds.add(t.id);
    if (!areaIds.has(t.area)) out.push(`task "${t.id}": unknown area "${t.area}"`);
  }
  return out;
}
