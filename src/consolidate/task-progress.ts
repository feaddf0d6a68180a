import { SPREAD_NAMED } from './spreads.js';
import type { AreaInfo, AreaTaskProgress, LaggingTask, TaskResult } from './types.js';

/**
 * Where each area's plan tasks stand across units: a task is done when every
 * unit that gave its status said done, not started when none has started it,
 * in progress otherwise, unreported when nobody gave a status; tasks no unit
 * valid in the period is expected to report are left out. Also the unit-task
 * pairs by status, and the tasks some units have not started (most such units
 * first, then plan order), naming the first few of those units. Pure.
 */
export function taskProgress(areas: readonly AreaInfo[], tasks: readonly TaskResult[]): AreaTaskProgress[] {
  return areas.map((area) => {
    const own = tasks.filter((t) => t.area === area.id && t.expected > 0);
    const p: AreaTaskProgress = {
      area: area.id,
      tasks: own.length,
      done: 0,
      inProgress: 0,
      notStarted: 0,
      unreported: 0,
      assignments: { expected: 0, done: 0, inProgress: 0, notStarted: 0, notReported: 0 },
      lagging: [],
    };
    const lagging: (LaggingTask & { order: number })[] = [];
    own.forEach((t, order) => {
      const reported = t.done + t.inProgress + t.notStarted;
      if (reported === 0) p.unreported++;
      else if (t.done === reported) p.done++;
      else if (t.notStarted === reported) p.notStarted++;
      else p.inProgress++;
      p.assignments.expected += t.expected;
      p.assignments.done += t.done;
      p.assignments.inProgress += t.inProgress;
      p.assignments.notStarted += t.notStarted;
      p.assignments.notReported += t.notReported;
      if (t.notStarted > 0) {
        const units = t.units.filter((u) => u.status === 'not-started').slice(0, SPREAD_NAMED).map((u) => u.name);
        lagging.push({ task: t.id, title: t.title, expected: t.expected, notStarted: t.notStarted, units, order });
      }
    });
    lagging.sort((a, b) => b.notStarted - a.notStarted || a.order - b.order);
    p.lagging = lagging.map(({ order: _order, ...rest }) => rest);
    return p;
  });
}
