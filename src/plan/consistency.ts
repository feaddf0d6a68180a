import type { Indicator, Plan, Target } from './model.js';

/**
 * A mistake in a plan that its schema cannot see, with the data path of the
 * plan file it is at (["indicators", 12, "targets", 0, "minRating"]), so
 * `cchc plan check` and every command loading the plan say its line.
 */
export interface PlanProblem {
  message: string;
  path: (string | number)[];
}

type Path = (string | number)[];

/**
 * Problems a schema cannot see: duplicate ids, references to nothing (areas,
 * indicators, levels, kinds, roles, scales, sources), thresholds that do not
 * fit the indicator's values, tasks naming roles nobody plays.
 */
export function planConsistency(plan: Plan): PlanProblem[] {
  const out: PlanProblem[] = [];
  const add = (path: Path, message: string) => out.push({ message, path });

  // Where each indicator is in the plan file: made indicators (breakdowns) point at their rate's breakdown.
  const rawIndex = new Map<string, number>();
  let n = 0;
  for (const i of plan.indicators) if (!i.breakdownOf) rawIndex.set(i.id, n++);
  const at = (i: Indicator, ...rest: Path): Path => {
    if (i.breakdownOf) {
      const source = plan.indicators.find((x) => x.breakdown?.items.some((it) => it.id === i.breakdownOf!.item) && (x.id === i.breakdownOf!.indicator || x.ratio?.numerator === i.breakdownOf!.indicator || x.ratio?.denominator === i.breakdownOf!.indicator));
      return ['indicators', rawIndex.get(source?.id ?? '') ?? 0, 'breakdown'];
    }
    return ['indicators', rawIndex.get(i.id) ?? 0, ...rest];
  };

  const kinds = new Set(plan.kinds.map((k) => k.id));
  const kindRef = (ref: string) => kinds.has(ref) || Object.hasOwn(plan.kindLists, ref);
  const roleRef = (ref: string) => Object.hasOwn(plan.roles, ref) || kindRef(ref);
  const knownKinds = () => [...kinds].join(', ');

  plan.kinds.forEach((k, i) => {
    if (plan.kinds.findIndex((x) => x.id === k.id) < i) add(['kinds', i, 'id'], `duplicate kind "${k.id}"`);
  });
  for (const [name, list] of Object.entries(plan.kindLists)) {
    if (kinds.has(name)) add(['kindLists', name], `kind list "${name}" has the name of a kind`);
    list.forEach((k, i) => {
      if (!kinds.has(k)) add(['kindLists', name, i], `kind list "${name}": unknown kind "${k}" (kinds: ${knownKinds()})`);
    });
  }
  for (const [level, list] of Object.entries(plan.levels)) {
    list.forEach((k, i) => {
      if (!kinds.has(k)) add(['levels', level, i], `level "${level}": unknown kind "${k}" (kinds: ${knownKinds()})`);
    });
  }

  const areaIds = new Set<string>();
  plan.areas.forEach((a, i) => {
    if (areaIds.has(a.id)) add(['areas', i, 'id'], `duplicate area id "${a.id}"`);
    areaIds.add(a.id);
  });

  for (const [id, role] of Object.entries(plan.roles)) {
    if (kindRef(id)) add(['roles', id], `role "${id}" has the name of a kind or kind list`);
    (role.kinds ?? []).forEach((k, i) => {
      if (!kinds.has(k)) add(['roles', id, 'kinds', i], `role "${id}": unknown kind "${k}" (kinds: ${knownKinds()})`);
    });
    (role.leads ?? []).forEach((a, i) => {
      if (!areaIds.has(a)) add(['roles', id, 'leads', i], `role "${id}": unknown area "${a}"`);
    });
  }

  const byId = new Map<string, Indicator>();
  for (const i of plan.indicators) {
    if (byId.has(i.id)) add(at(i, 'id'), `duplicate indicator id "${i.id}"`);
    byId.set(i.id, i);
    if (!areaIds.has(i.area)) add(at(i, 'area'), `indicator "${i.id}": unknown area "${i.area}"`);
  }
  const levels = new Set(Object.keys(plan.levels));
  for (const i of plan.indicators) {
    const refs: [string, Path][] = [
      ...(i.notAbove ?? []).map((r, k): [string, Path] => [r, at(i, 'notAbove', k)]),
      ...(i.sumOf ?? []).map((r, k): [string, Path] => [r, at(i, 'sumOf', k)]),
    ];
    if (i.ratio) refs.push([i.ratio.numerator, at(i, 'ratio', 'numerator')], [i.ratio.denominator, at(i, 'ratio', 'denominator')]);
    for (const [r, path] of refs) {
      const target = byId.get(r);
      if (!target) add(path, `indicator "${i.id}": unknown indicator "${r}"`);
      else if (target.ratio) add(path, `indicator "${i.id}": "${r}" is itself a ratio`);
    }
    if (i.ratio && i.reportedBy.length) add(at(i, 'reportedBy'), `indicator "${i.id}": a ratio is computed, never reported`);
    if (i.ratio && i.aggregation) {
      add(at(i, 'aggregation'), `indicator "${i.id}": a ratio has no aggregation (its numerator and denominator, paired per report, decide): remove it`);
    }
    i.reportedBy.forEach((k, idx) => {
      if (!kinds.has(k)) add(at(i, 'reportedBy', idx), `indicator "${i.id}": unknown kind "${k}" (kinds: ${knownKinds()})`);
    });
    (i.requiredFor ?? []).forEach((k, idx) => {
      if (!i.reportedBy.includes(k)) add(at(i, 'requiredFor', idx), `indicator "${i.id}": requiredFor names kind "${k}", which does not report it`);
    });
    for (const [kind, rule] of Object.entries(i.reporters ?? {})) {
      if (!i.reportedBy.includes(kind)) add(at(i, 'reporters', kind), `indicator "${i.id}": reporters names kind "${kind}", which does not report it`);
      for (const area of rule?.leads ?? []) if (!areaIds.has(area)) add(at(i, 'reporters', kind, 'leads'), `indicator "${i.id}": reporters: unknown area "${area}"`);
      for (const role of rule?.roles ?? []) if (!Object.hasOwn(plan.roles, role)) add(at(i, 'reporters', kind, 'roles'), `indicator "${i.id}": reporters: unknown role "${role}"`);
    }
    if (!i.ratio && !i.aggregation) add(at(i), `indicator "${i.id}": say how its values combine (aggregation: { units, time }); ${i.type} has no default`);
    if (i.type === 'rating' && !(i.scale && plan.scales[i.scale])) add(at(i, 'scale'), `indicator "${i.id}": a rating needs the id of one of the plan's scales (scale)`);
    if (i.scale && i.type !== 'rating') add(at(i, 'scale'), `indicator "${i.id}": scale is for ratings (type: rating)`);
    if (i.rank === true && i.type !== 'number' && i.type !== 'count') add(at(i, 'rank'), `indicator "${i.id}": rank is for a place given as a number (type: number), not ${i.type}`);
    if (i.breakdown && !i.ratio) add(at(i, 'breakdown'), `indicator "${i.id}": breakdown is for rates (ratio)`);
    i.targets.forEach((t, k) => {
      for (const [path, message] of targetProblems(plan, i, t, byId, levels)) add([...at(i, 'targets', k), ...path], message);
    });
    (i.breakdown?.targets ?? []).forEach((t, k) => {
      for (const [path, message] of targetProblems(plan, i, t, byId, levels)) add([...at(i, 'breakdown', 'targets', k), ...path], message);
    });
  }

  const sourceIds = new Set<string>();
  plan.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) add(['sources', i, 'id'], `duplicate source id "${s.id}"`);
    sourceIds.add(s.id);
  });

  const taskIds = new Set<string>();
  plan.tasks.forEach((t, i) => {
    if (taskIds.has(t.id)) add(['tasks', i, 'id'], `duplicate task id "${t.id}"`);
    taskIds.add(t.id);
    if (!areaIds.has(t.area)) add(['tasks', i, 'area'], `task "${t.id}": unknown area "${t.area}"`);
    for (const field of ['lead', 'coordinate', 'reporters'] as const) {
      (t[field] ?? []).forEach((r, k) => {
        if (!roleRef(r)) add(['tasks', i, field, k], `task "${t.id}": ${field}: "${r}" is not a role, kind or kind list of the plan`);
      });
    }
    t.reportedBy.forEach((k, idx) => {
      if (!kinds.has(k)) add(['tasks', i, 'reportedBy', idx], `task "${t.id}": unknown kind "${k}" (kinds: ${knownKinds()})`);
    });
    if (t.lead.length === 0 && !t.reporters && t.reportedBy.length === 0) {
      add(['tasks', i], `task "${t.id}": nobody reports it (give lead, reporters or reportedBy)`);
    }
    if (t.deadline !== undefined && !validDeadline(t.deadline)) add(['tasks', i, 'deadline'], `task "${t.id}": deadline "${t.deadline}" is not a date (YYYY-MM-DD or MM-DD)`);
  });
  return out;
}

/** What one target of an indicator gets wrong: a threshold of the wrong kind for the value, a reference to nothing. */
function targetProblems(
  plan: Plan,
  i: Indicator,
  t: Target,
  byId: ReadonlyMap<string, Indicator>,
  levels: ReadonlySet<string>,
): [Path, string][] {
  const out: [Path, string][] = [];
  const at = `indicator "${i.id}", target "${t.text.length > 40 ? `${t.text.slice(0, 40)}…` : t.text}"`;
  if (t.level && !levels.has(t.level)) out.push([['level'], `indicator "${i.id}": unknown level "${t.level}"`]);
  const thresholds = (['min', 'max', 'equals', 'minRating', 'deadline', 'ramp', 'relative', 'change'] as const).filter((k) => t[k] !== undefined);
  if (thresholds.length === 0) out.push([[], `${at}: no threshold (min, max, equals, minRating, deadline, ramp, relative or change)`]);
  if (t.relative && t.change) out.push([['relative'], `${at}: relative and change both given; keep change`]);
  const numeric = i.type === 'count' || i.type === 'number' || i.type === 'percent' || i.ratio !== undefined;
  const numericKey = (['min', 'max', 'ramp', 'relative', 'change'] as const).find((k) => t[k] !== undefined);
  if (numericKey && !numeric) out.push([[numericKey], `${at}: min, max, ramp, relative and change are for numbers, not ${i.type}`]);
  if (t.equals !== undefined && i.type !== 'boolean') out.push([['equals'], `${at}: equals is for yes/no indicators (type: boolean)`]);
  if (t.minRating !== undefined) {
    if (i.type !== 'rating') out.push([['minRating'], `${at}: minRating is for ratings (type: rating)`]);
    else if (!(plan.scales[i.scale ?? ''] ?? []).some((l) => l.id === t.minRating)) {
      out.push([['minRating'], `${at}: minRating "${t.minRating}" is not a level of scale "${i.scale}"`]);
    }
  }
  if (t.deadline !== undefined) {
    if (i.type !== 'date') out.push([['deadline'], `${at}: deadline is for dates (type: date)`]);
    if (!validDeadline(t.deadline)) out.push([['deadline'], `${at}: deadline "${t.deadline}" is not a date (YYYY-MM-DD or MM-DD)`]);
  }
  if (t.stretch !== undefined && t.min === undefined && !t.ramp) out.push([['stretch'], `${at}: stretch needs min`]);
  if (t.min !== undefined && t.max !== undefined && t.min > t.max) out.push([['min'], `${at}: min ${t.min} above max ${t.max}`]);
  if (t.cumulative && !i.ratio && (i.aggregation?.time !== 'sum' || i.type !== 'count')) {
    out.push([['cumulative'], `${at}: cumulative totals need counts summed over time (or a rate of them)`]);
  }
  (t.share?.kinds ?? []).forEach((k, idx) => {
    if (!i.reportedBy.includes(k) && !i.ratio) out.push([['share', 'kinds', idx], `${at}: share counts kind "${k}", which does not report it`]);
  });
  if (t.when && !byId.has(t.when.indicator)) out.push([['when', 'indicator'], `${at}: when: unknown indicator "${t.when.indicator}"`]);
  if (t.cite && !plan.sources.some((s) => s.id === t.cite!.source)) out.push([['cite', 'source'], `${at}: cite: unknown source "${t.cite.source}"`]);
  if (t.fromYear !== undefined && t.toYear !== undefined && t.fromYear > t.toYear) out.push([['fromYear'], `${at}: fromYear after toYear`]);
  return out;
}

export function validDeadline(d: string): boolean {
  const m = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const year = m[1] ? Number(m[1]) : 2024; // a leap year: 02-29 is a valid yearly day
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
