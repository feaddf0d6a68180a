import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { diagnosticWords as w } from '../../i18n/diagnostics.js';
import { planIndex } from '../plan-index.js';
import { kindName } from '../../plan/kinds.js';
import { reportsTask, roleName } from '../../plan/roles.js';
import { getLang } from '../../i18n/index.js';

/**
 * A unit reports only the indicators and tasks the plan assigns to its kind
 * (and, for tasks with a lead or reporters, to its roles);
 * an indicator the plan leaves to the unit leading an area, reported by
 * another unit of the kind, is a warning (it is summed all the same).
 */
export const unitScope: Rule = {
  id: 'unit-scope',
  check(sub, ctx) {
    const unit = ctx.units.get(sub.unit);
    if (!unit) return [];
    const kind = () => kindName(ctx.plan, unit.kind, getLang());
    const index = planIndex(ctx.plan);
    const { indicators, tasks } = index;
    const { notForKind, notExpected } = index.outOfScope(unit);
    const out: Finding[] = [];
    for (const areaId in sub.areas) {
      const area = sub.areas[areaId]!;
      for (const id in area.values) {
        if (!notForKind.has(id) && !notExpected.has(id)) continue;
        const ind = indicators.get(id);
        if (ind && notForKind.has(id)) {
          out.push({
            severity: 'error',
            code: 'indicator-not-for-unit',
            params: { name: `"${ind.name}"`, kind: kind() },
            path: ['areas', areaId, 'values', id],
            target: 'key',
          });
        } else if (ind && area.values[id] !== null) {
          // Allowed, and summed, but the plan leaves it to another unit: a likely double count.
          const owners = (ind.reporters?.[unit.kind]?.leads ?? []).map((a) => {
            const owner = ctx.plan.areas.find((x) => x.id === a);
            return owner ? `${owner.code} ${owner.title}` : a;
          });
          out.push({
            severity: 'warning',
            code: 'indicator-not-expected-from-unit',
            params: { name: `"${ind.name}"`, areas: owners.join(w.t('or')) },
            path: ['areas', areaId, 'values', id],
            target: 'key',
          });
        }
      }
      for (const id in area.tasks) {
        const task = tasks.get(id);
        if (!task || reportsTask(ctx.plan, task, unit)) continue;
        if (task.lead.length || task.reporters) {
          const who = (task.reporters ?? task.lead).map((r) => roleName(ctx.plan, r)).join(w.t('or'));
          out.push({ severity: 'warning', code: 'task-not-expected-from-unit', params: { title: `"${task.title}"`, who }, path: ['areas', areaId, 'tasks', id], target: 'key' });
        } else {
          out.push({ severity: 'warning', code: 'task-not-for-unit', params: { id, kind: kind() }, path: ['areas', areaId, 'tasks', id], target: 'key' });
        }
      }
    }
    return out;
  },
};
