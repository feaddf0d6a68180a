import { taskDetail } from './form.js';
import type { Plan, ValueType } from '../plan/model.js';
import type { Form, FormArea, FormIndicator } from './form.js';
import { getIn, keysOf } from './raw-data.js';

function inferType(value: unknown): ValueType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'text';
  return 'number';
}

/**
 * The form plus a row for every value and task the data holds that the form
 * has not (an indicator of another kind of unit, a misspelled id, an area the
 * plan does not know), so that converting a submission never drops anything.
 * Such rows keep their ids; validation reports them as it would in YAML.
 */
export function extendForm(form: Form, plan: Plan, data: unknown): Form {
  const areasData = getIn(data, ['areas']);
  const areas: FormArea[] = form.areas.map((a) => ({ ...a, indicators: [...a.indicators], tasks: [...a.tasks] }));
  const byId = new Map(areas.map((a) => [a.id, a]));
  for (const areaId of keysOf(areasData)) {
    let area = byId.get(areaId);
    if (!area) {
      const planned = plan.areas.find((a) => a.id === areaId);
      area = {
        id: areaId,
        code: planned?.code ?? '?',
        title: planned?.title ?? areaId,
        ledByUnit: false,
        indicators: [],
        tasks: [],
        commonDifficulties: [],
      };
      byId.set(areaId, area);
      areas.push(area);
    }
    const target = area;
    for (const id of keysOf(getIn(areasData, [areaId, 'values']))) {
      if (target.indicators.some((i) => i.id === id)) continue;
      const planned = plan.indicators.find((i) => i.id === id && !i.ratio);
      const row: FormIndicator = {
        id,
        number: `${target.code}.${target.indicators.length + 1}`,
        name: planned?.name ?? id,
        unit: planned?.unit ?? '',
        type: planned?.type ?? inferType(getIn(areasData, [areaId, 'values', id])),
        required: false,
        target: null,
        feeds: [],
        hint: null,
        choices: planned?.type === 'rating' ? (plan.scales[planned.scale ?? ''] ?? []).map((l) => ({ id: l.id, name: l.name })) : null,
      };
      target.indicators.push(row);
    }
    for (const id of keysOf(getIn(areasData, [areaId, 'tasks']))) {
      if (target.tasks.some((t) => t.id === id)) continue;
      const planned = plan.tasks.find((t) => t.id === id);
      target.tasks.push({ id, number: `${target.code}.${target.tasks.length + 1}`, title: planned?.title ?? id, detail: planned ? taskDetail(plan, planned) : null });
    }
  }
  const order = new Map(plan.areas.map((a, i) => [a.id, i]));
  const rank = (id: string): number => order.get(id) ?? plan.areas.length;
  areas.sort((a, b) => rank(a.id) - rank(b.id));
  return { ...form, areas };
}
