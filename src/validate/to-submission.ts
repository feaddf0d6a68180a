import type { AreaReport, Submission, TaskReport, Value } from '../model/submission.js';
import type { TaskStatus } from '../plan/model.js';

type RawTask = TaskStatus | { status: TaskStatus; note?: string } | null;
interface RawArea {
  values?: Record<string, Value | null>;
  tasks?: Record<string, RawTask>;
  narrative?: AreaReport['narrative'];
}
type RawSubmission = Omit<Submission, 'areas'> & { areas: Record<string, RawArea | null> };

/** Schema-valid raw data → Submission (period canonicalised, task shorthand expanded). */
export function toSubmission(data: unknown): Submission {
  const raw = data as RawSubmission;
  const areas: Record<string, AreaReport> = {};
  // for-in walks (here and below): every file goes through these, and they allocate nothing (the data are plain objects).
  for (const id in raw.areas) {
    const area = raw.areas[id];
    const tasks: Record<string, TaskReport> = {};
    const rawTasks = area?.tasks ?? {};
    for (const tid in rawTasks) {
      const t = rawTasks[tid];
      if (t === null || t === undefined) continue; // not reported
      tasks[tid] = typeof t === 'string' ? { status: t } : { status: t.status, ...(t.note ? { note: t.note } : {}) };
    }
    const empty = emptyValues(area?.values);
    areas[id] = { values: reportedValues(area?.values), tasks, narrative: area?.narrative ?? {}, ...(empty ? { empty } : {}) };
  }
  return {
    unit: raw.unit,
    period: canonicalPeriod(raw.period),
    submitted: raw.submitted,
    ...(raw.preparedBy ? { preparedBy: raw.preparedBy } : {}),
    areas,
  };
}

/**
 * The values reported (null means "not reported"): the raw object itself when
 * it holds no null, which is the rule. The data is the reader's, read for this
 * submission only, so the submission may own it.
 */
function reportedValues(raw: Record<string, Value | null> | undefined): Record<string, Value> {
  if (!raw) return {};
  let hasNull = false;
  for (const k in raw) if (raw[k] === null || raw[k] === undefined) hasNull = true;
  if (!hasNull) return raw as Record<string, Value>;
  const values: Record<string, Value> = {};
  for (const [vid, v] of Object.entries(raw)) if (v !== null && v !== undefined) values[vid] = v;
  return values;
}

/** The ids whose value was left empty, or undefined when none was (the rule). */
function emptyValues(raw: Record<string, Value | null> | undefined): string[] | undefined {
  let out: string[] | undefined;
  for (const k in raw) if (raw[k] === null) (out ??= []).push(k);
  return out;
}

function canonicalPeriod(p: string): string {
  return p.trim().toUpperCase().replace('H', 'S');
}

const valuesCache = new WeakMap<Submission, ReadonlyMap<string, Value>>();

/**
 * Every reported value of a submission, by indicator id. Several rules ask for
 * it per file: computed once per submission (submissions are not changed after reading).
 */
export function valuesOf(sub: Submission): ReadonlyMap<string, Value> {
  let out = valuesCache.get(sub);
  if (!out) {
    const map = new Map<string, Value>();
    for (const a in sub.areas) {
      const values = sub.areas[a]!.values;
      for (const id in values) map.set(id, values[id]!);
    }
    valuesCache.set(sub, map);
    out = map;
  }
  return out;
}

/** Where an indicator's value lives in a submission. */
export function valuePath(area: string, indicator: string): string[] {
  return ['areas', area, 'values', indicator];
}
