import type { Plan } from '../plan/model.js';
import type { UnitPeriodData } from './roll-up-time.js';
import type { TaskResult, TaskUnitStatus } from './types.js';

/**
 * Task statuses summed per task: how many expected units (valid in the period,
 * of a kind that reports the task) said done, in progress or not started. For a
 * roll-up the latest sub-period's status counts. Units that gave no status,
 * missing units included, are `notReported`.
 */
export function tallyTasks(plan: Plan, units: readonly UnitPeriodData[]): TaskResult[] {
  return plan.tasks.map((task) => {
    const expected = units.filter((u) => task.reportedBy.includes(u.unit.kind));
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
    return {
      id: task.id,
      area: task.area,
      title: task.title,
      expected: expected.length,
      done,
      inProgress,
      notStarted,
      notReported: expected.length - done - inProgress - notStarted,
      units: rows,
    };
  });
}
