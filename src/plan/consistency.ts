import type { Plan, Target } from './model.js';

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
    if (!i.ratio && !i.aggregation) out.push(`indicator "${i.id}": say how its values combine (aggregation: { units, time }); ${i.type} has no default`);
    if (i.type === 'rating' && !(i.scale && plan.scales[i.scale])) out.push(`indicator "${i.id}": a rating needs the id of one of the plan's scales (scale)`);
    if (i.scale && i.type !== 'rating') out.push(`indicator "${i.id}": scale is for ratings (type: rating)`);
    if (i.breakdown && !i.ratio) out.push(`indicator "${i.id}": breakdown is for rates (ratio)`);
    for (const t of [...i.targets, ...(i.breakdown?.targets ?? [])]) out.push(...targetProblems(plan, i, t, byId, levels));
  }
  const sourceIds = new Set<string>();
  for (const s of plan.sources) {
    if (sourceIds.has(s.id)) out.push(`duplicate source id "${s.id}"`);
    sourceIds.add(s.id);
  }
  const taskIds = new Set<string>();
  for (const t of plan.tasks) {
    if (taskIds.has(t.id)) out.push(`duplicate task id "${t.id}"`);
    taskIds.add(t.id);
    if (!areaIds.has(t.area)) out.push(`task "${t.id}": unknown area "${t.area}"`);
  }
  return out;
}

/** What one target of an indicator gets wrong: a threshold of the wrong kind for the value, a reference to nothing. */
function targetProblems(
  plan: Plan,
  i: Plan['indicators'][number],
  t: Target,
  byId: ReadonlyMap<string, Plan['indicators'][number]>,
  levels: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  const at = `indicator "${i.id}", target "${t.text.length > 40 ? `${t.text.slice(0, 40)}…` : t.text}"`;
  if (t.level && !levels.has(t.level)) out.push(`indicator "${i.id}": unknown level "${t.level}"`);
  const thresholds = (['min', 'max', 'equals', 'minRating', 'deadline', 'ramp', 'relative', 'change'] as const).filter((k) => t[k] !== undefined);
  if (thresholds.length === 0) out.push(`${at}: no threshold (min, max, equals, minRating, deadline, ramp, relative or change)`);
  if (t.relative && t.change) out.push(`${at}: relative and change both given; keep change`);
  const numeric = i.type === 'count' || i.type === 'number' || i.type === 'percent' || i.ratio !== undefined;
  if ((t.min !== undefined || t.max !== undefined || t.ramp || t.relative || t.change) && !numeric) {
    out.push(`${at}: min, max, ramp, relative and change are for numbers, not ${i.type}`);
  }
  if (t.equals !== undefined && i.type !== 'boolean') out.push(`${at}: equals is for yes/no indicators (type: boolean)`);
  if (t.minRating !== undefined) {
    if (i.type !== 'rating') out.push(`${at}: minRating is for ratings (type: rating)`);
    else if (!(plan.scales[i.scale ?? ''] ?? []).some((l) => l.id === t.minRating)) {
      out.push(`${at}: minRating "${t.minRating}" is not a level of scale "${i.scale}"`);
    }
  }
  if (t.deadline !== undefined) {
    if (i.type !== 'date') out.push(`${at}: deadline is for dates (type: date)`);
    if (!validDeadline(t.deadline)) out.push(`${at}: deadline "${t.deadline}" is not a date (YYYY-MM-DD or MM-DD)`);
  }
  if (t.stretch !== undefined && t.min === undefined && !t.ramp) out.push(`${at}: stretch needs min`);
  if (t.min !== undefined && t.max !== undefined && t.min > t.max) out.push(`${at}: min ${t.min} above max ${t.max}`);
  if (t.cumulative && !i.ratio && (i.aggregation?.time !== 'sum' || i.type !== 'count')) {
    out.push(`${at}: cumulative totals need counts summed over time (or a rate of them)`);
  }
  for (const k of t.share?.kinds ?? []) if (!(i.reportedBy as string[]).includes(k) && !i.ratio) out.push(`${at}: share counts kind "${k}", which does not report it`);
  if (t.when && !byId.has(t.when.indicator)) out.push(`${at}: when: unknown indicator "${t.when.indicator}"`);
  if (t.cite && !plan.sources.some((s) => s.id === t.cite!.source)) out.push(`${at}: cite: unknown source "${t.cite.source}"`);
  if (t.fromYear !== undefined && t.toYear !== undefined && t.fromYear > t.toYear) out.push(`${at}: fromYear after toYear`);
  return out;
}

function validDeadline(d: string): boolean {
  const m = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const year = m[1] ? Number(m[1]) : 2024; // a leap year: 02-29 is a valid yearly day
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
