import { NARRATIVE_KEYS, type Narrative } from '../model/submission.js';
import type { Plan } from '../plan/model.js';
import type { UnitPeriodData } from './roll-up-time.js';
import type { AreaNarratives, NarrativeEntry } from './types.js';

/**
 * The units' narrative per area, attributed: the units leading the area first,
 * then the others, each in canonical unit order; a roll-up contributes the text
 * of every sub-period it used, oldest first. Empty narratives are skipped.
 */
export function collectNarratives(plan: Plan, units: readonly UnitPeriodData[]): AreaNarratives[] {
  return plan.areas.map((area) => {
    const leads = units.filter((u) => u.unit.leads.includes(area.id));
    const others = units.filter((u) => !u.unit.leads.includes(area.id));
    const entries: NarrativeEntry[] = [];
    for (const u of [...leads, ...others]) {
      for (const { period, entry } of u.used) {
        const areas = entry.submission.areas;
        const narrative: Narrative | undefined = Object.hasOwn(areas, area.id) ? areas[area.id]?.narrative : undefined;
        if (!narrative) continue;
        const text = (k: (typeof NARRATIVE_KEYS)[number]) => {
          const t = narrative[k]?.trim();
          return t ? t : null;
        };
        const e: NarrativeEntry = {
          unit: u.unit.id,
          unitName: u.unit.name,
          kind: u.unit.kind,
          lead: u.unit.leads.includes(area.id),
          period: period.id,
          results: text('results'),
          shortcomings: text('shortcomings'),
          nextTasks: text('nextTasks'),
          proposals: text('proposals'),
        };
        if (NARRATIVE_KEYS.some((k) => e[k] !== null)) entries.push(e);
      }
    }
    return { area: area.id, code: area.code, title: area.title, leadName: area.lead, entries };
  });
}
