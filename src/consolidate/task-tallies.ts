import type { Plan } from '../plan/model.js';
import { reportsTask, roleName } from '../plan/roles.js';
import type { UnitPeriodData } from './roll-up-time.js';
import type { TaskLeadSummary, TaskResult, TaskUnitStatus } from './types.js';

/**
 * Task statuses summed per task: how many expected units (valid in the
 * period, the task's reporters — its lead roles unless it names others — or,
 * for a task without a lead, every unit of its kinds) said done, in progress
 * or not started. For a roll-up the latest sub-period's status counts. Units
 * that gave no status, missing units included, are `notReported`; a status
 * given by a unit not expected to report the task is not counted. `asOf` is
 * the last day of the period's data window: a task whose deadline is on or
 * before it counts its expected units not done as overdue.
 */
export function tallyTasks(plan: Plan, units: readonly UnitPeriodData[], year: number, asOf: string): TaskResult[] {
  return plan.tasks.map((task) => {
    const expected = units.filter((u) => reportsTask(plan, task, u.unit));
    const rows: TaskUnitStatus[] = [];
    for (const u of expected) {
      let row: TaskUnitStatus | null = null;
      for (const { period, entry } of u.used) {
        const areas = entry.submission.areas;
        const area = Object.hasOwn(areas, task.area) ? areas[task.area] : undefined;
        const report = area && Object.hasOwn(area.tasks, task.id) ? area.tasks[task.id] : undefined;
        if (report) row = { unit: u.unit.id, name: u.unit.name, status: report.status, note: report.note ?? null, period: period.id };
      }
      if (row) rows.push(row);
    }
    const count = (s: TaskUnitStatus['status']) => rows.filter((r) => r.status === s).length;
    const done = count('done');
    const inProgress = count('in-progress');
    const notStarted = count('not-started');
    const deadline = task.deadline === undefined ? null : task.deadline.length === 10 ? task.deadline : `${year}-${task.deadline}`;
    const overdue = deadline !== null && deadline <= asOf ? expected.length - done : 0;
    const named = (refs: readonly string[]) => refs.map((role) => ({ role, name: roleName(plan, role) }));
    return {
      id: task.id,
      area: task.area,
      title: task.title,
      ref: task.ref ?? null,
      lead: named(task.lead),
      coordinate: named(task.coordinate),
      deadline,
      schedule: task.schedule ?? null,
      output: task.output ?? null,
      expected: expected.length,
      done,
      inProgress,
      notStarted,
      notReported: expected.length - done - inProgress - notStarted,
      overdue,
      units: rows,
    };
  });
}

/** Where a task stands over its units (see TaskLeadSummary). */
export function taskState(t: Pick<TaskResult, 'done' | 'inProgress' | 'notStarted'>): 'done' | 'in-progress' | 'not-started' | 'not-reported' {
  const reported = t.done + t.inProgress + t.notStarted;
  if (reported === 0) return 'not-reported';
  if (t.done === reported) return 'done';
  if (t.notStarted === reported) return 'not-started';
  return 'in-progress';
}

/** The tasks each lead role leads, counted by where they stand; tasks nobody valid in the period reports are left out. */
export function tallyLeads(tasks: readonly TaskResult[]): TaskLeadSummary[] {
  const out = new Map<string, TaskLeadSummary>();
  for (const t of tasks) {
    if (t.expected === 0) continue;
    const state = taskState(t);
    for (const { role, name } of t.lead) {
      let s = out.get(role);
      if (!s) {
        s = { role, name, tasks: 0, done: 0, inProgress: 0, notStarted: 0, notReported: 0, overdue: 0, ids: [] };
        out.set(role, s);
      }
      s.tasks++;
      s.ids.push(t.id);
      if (state === 'done') s.done++;
      else if (state === 'in-progress') s.inProgress++;
      else if (state === 'not-started') s.notStarted++;
      else s.notReported++;
      if (t.overdue > 0) s.overdue++;
    }
  }
  return [...out.values()];
}
