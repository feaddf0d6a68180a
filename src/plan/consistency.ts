import type { Indicator, Plan, Target } from './model.js';
import { planConsistencyMessages as m } from '../i18n/plan-consistency.js';

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
  const ind = (i: Indicator) => m.t('subject.indicator', { id: i.id });

  plan.kinds.forEach((k, i) => {
    if (plan.kinds.findIndex((x) => x.id === k.id) < i) add(['kinds', i, 'id'], m.t('duplicateKind', { id: k.id }));
  });
  for (const [name, list] of Object.entries(plan.kindLists)) {
    if (kinds.has(name)) add(['kindLists', name], m.t('kindListIsKind', { id: name }));
    list.forEach((k, i) => {
      if (!kinds.has(k)) add(['kindLists', name, i], m.t('unknownKind', { subject: m.t('subject.kindList', { id: name }), kind: k, kinds: knownKinds() }));
    });
  }
  for (const [level, list] of Object.entries(plan.levels)) {
    list.forEach((k, i) => {
      if (!kinds.has(k)) add(['levels', level, i], m.t('unknownKind', { subject: m.t('subject.level', { id: level }), kind: k, kinds: knownKinds() }));
    });
  }

  const areaIds = new Set<string>();
  plan.areas.forEach((a, i) => {
    if (areaIds.has(a.id)) add(['areas', i, 'id'], m.t('duplicateArea', { id: a.id }));
    areaIds.add(a.id);
  });

  for (const [id, role] of Object.entries(plan.roles)) {
    if (kindRef(id)) add(['roles', id], m.t('roleIsKind', { id }));
    (role.kinds ?? []).forEach((k, i) => {
      if (!kinds.has(k)) add(['roles', id, 'kinds', i], m.t('unknownKind', { subject: m.t('subject.role', { id }), kind: k, kinds: knownKinds() }));
    });
    (role.leads ?? []).forEach((a, i) => {
      if (!areaIds.has(a)) add(['roles', id, 'leads', i], m.t('unknownArea', { subject: m.t('subject.role', { id }), area: a }));
    });
  }

  const byId = new Map<string, Indicator>();
  for (const i of plan.indicators) {
    if (byId.has(i.id)) add(at(i, 'id'), m.t('duplicateIndicator', { id: i.id }));
    byId.set(i.id, i);
    if (!areaIds.has(i.area)) add(at(i, 'area'), m.t('unknownArea', { subject: ind(i), area: i.area }));
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
      if (!target) add(path, m.t('unknownIndicator', { subject: ind(i), ref: r }));
      else if (target.ratio) add(path, m.t('ratioOfRatio', { subject: ind(i), ref: r }));
    }
    if (i.ratio && i.reportedBy.length) add(at(i, 'reportedBy'), m.t('ratioReported', { subject: ind(i) }));
    if (i.ratio && i.aggregation) {
      add(at(i, 'aggregation'), m.t('ratioAggregation', { subject: ind(i) }));
    }
    i.reportedBy.forEach((k, idx) => {
      if (!kinds.has(k)) add(at(i, 'reportedBy', idx), m.t('unknownKind', { subject: ind(i), kind: k, kinds: knownKinds() }));
    });
    (i.requiredFor ?? []).forEach((k, idx) => {
      if (!i.reportedBy.includes(k)) add(at(i, 'requiredFor', idx), m.t('requiredForNotReporting', { subject: ind(i), kind: k }));
    });
    for (const [kind, rule] of Object.entries(i.reporters ?? {})) {
      if (!i.reportedBy.includes(kind)) add(at(i, 'reporters', kind), m.t('reportersNotReporting', { subject: ind(i), kind }));
      for (const area of rule?.leads ?? []) if (!areaIds.has(area)) add(at(i, 'reporters', kind, 'leads'), m.t('reportersUnknownArea', { subject: ind(i), area }));
      for (const role of rule?.roles ?? []) if (!Object.hasOwn(plan.roles, role)) add(at(i, 'reporters', kind, 'roles'), m.t('reportersUnknownRole', { subject: ind(i), role }));
    }
    if (!i.ratio && !i.aggregation) add(at(i), m.t('noAggregation', { subject: ind(i), type: i.type }));
    if (i.type === 'rating' && !(i.scale && plan.scales[i.scale])) add(at(i, 'scale'), m.t('ratingNeedsScale', { subject: ind(i) }));
    if (i.scale && i.type !== 'rating') add(at(i, 'scale'), m.t('scaleNotRating', { subject: ind(i) }));
    if (i.rank === true && i.type !== 'number' && i.type !== 'count') add(at(i, 'rank'), m.t('rankNotNumber', { subject: ind(i), type: i.type }));
    if (i.breakdown && !i.ratio) add(at(i, 'breakdown'), m.t('breakdownNotRate', { subject: ind(i) }));
    i.targets.forEach((t, k) => {
      for (const [path, message] of targetProblems(plan, i, t, byId, levels)) add([...at(i, 'targets', k), ...path], message);
    });
    (i.breakdown?.targets ?? []).forEach((t, k) => {
      for (const [path, message] of targetProblems(plan, i, t, byId, levels)) add([...at(i, 'breakdown', 'targets', k), ...path], message);
    });
  }

  const sourceIds = new Set<string>();
  plan.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) add(['sources', i, 'id'], m.t('duplicateSource', { id: s.id }));
    sourceIds.add(s.id);
  });

  const taskIds = new Set<string>();
  plan.tasks.forEach((t, i) => {
    const task = m.t('subject.task', { id: t.id });
    if (taskIds.has(t.id)) add(['tasks', i, 'id'], m.t('duplicateTask', { id: t.id }));
    taskIds.add(t.id);
    if (!areaIds.has(t.area)) add(['tasks', i, 'area'], m.t('unknownArea', { subject: task, area: t.area }));
    for (const field of ['lead', 'coordinate', 'reporters'] as const) {
      (t[field] ?? []).forEach((r, k) => {
        if (!roleRef(r)) add(['tasks', i, field, k], m.t('notARole', { subject: task, field, ref: r }));
      });
    }
    t.reportedBy.forEach((k, idx) => {
      if (!kinds.has(k)) add(['tasks', i, 'reportedBy', idx], m.t('unknownKind', { subject: task, kind: k, kinds: knownKinds() }));
    });
    if (t.lead.length === 0 && !t.reporters && t.reportedBy.length === 0) {
      add(['tasks', i], m.t('taskNobody', { subject: task }));
    }
    if (t.deadline !== undefined && !validDeadline(t.deadline)) add(['tasks', i, 'deadline'], m.t('badDeadline', { subject: task, deadline: t.deadline }));
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
  const at = m.t('subject.target', { id: i.id, text: t.text.length > 40 ? `${t.text.slice(0, 40)}…` : t.text });
  if (t.level && !levels.has(t.level)) out.push([['level'], m.t('unknownLevel', { subject: m.t('subject.indicator', { id: i.id }), level: t.level })]);
  const thresholds = (['min', 'max', 'equals', 'minRating', 'deadline', 'ramp', 'relative', 'change'] as const).filter((k) => t[k] !== undefined);
  if (thresholds.length === 0) out.push([[], m.t('noThreshold', { subject: at })]);
  if (t.relative && t.change) out.push([['relative'], m.t('relativeAndChange', { subject: at })]);
  const numeric = i.type === 'count' || i.type === 'number' || i.type === 'percent' || i.ratio !== undefined;
  const numericKey = (['min', 'max', 'ramp', 'relative', 'change'] as const).find((k) => t[k] !== undefined);
  if (numericKey && !numeric) out.push([[numericKey], m.t('numericOnly', { subject: at, type: i.type })]);
  if (t.equals !== undefined && i.type !== 'boolean') out.push([['equals'], m.t('equalsBoolean', { subject: at })]);
  if (t.minRating !== undefined) {
    if (i.type !== 'rating') out.push([['minRating'], m.t('minRatingRating', { subject: at })]);
    else if (!(plan.scales[i.scale ?? ''] ?? []).some((l) => l.id === t.minRating)) {
      out.push([['minRating'], m.t('minRatingLevel', { subject: at, level: t.minRating, scale: i.scale })]);
    }
  }
  if (t.deadline !== undefined) {
    if (i.type !== 'date') out.push([['deadline'], m.t('deadlineDate', { subject: at })]);
    if (!validDeadline(t.deadline)) out.push([['deadline'], m.t('badDeadline', { subject: at, deadline: t.deadline })]);
  }
  if (t.stretch !== undefined && t.min === undefined && !t.ramp) out.push([['stretch'], m.t('stretchNeedsMin', { subject: at })]);
  if (t.min !== undefined && t.max !== undefined && t.min > t.max) out.push([['min'], m.t('minAboveMax', { subject: at, min: t.min, max: t.max })]);
  if (t.cumulative && !i.ratio && (i.aggregation?.time !== 'sum' || i.type !== 'count')) {
    out.push([['cumulative'], m.t('cumulativeCounts', { subject: at })]);
  }
  (t.share?.kinds ?? []).forEach((k, idx) => {
    if (!i.reportedBy.includes(k) && !i.ratio) out.push([['share', 'kinds', idx], m.t('shareKind', { subject: at, kind: k })]);
  });
  if (t.when && !byId.has(t.when.indicator)) out.push([['when', 'indicator'], m.t('whenUnknown', { subject: at, ref: t.when.indicator })]);
  if (t.cite && !plan.sources.some((s) => s.id === t.cite!.source)) out.push([['cite', 'source'], m.t('citeUnknown', { subject: at, ref: t.cite.source })]);
  if (t.fromYear !== undefined && t.toYear !== undefined && t.fromYear > t.toYear) out.push([['fromYear'], m.t('fromAfterTo', { subject: at })]);
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
