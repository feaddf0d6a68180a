import { narrativeLists, type Narrative } from '../model/submission.js';
import type { Plan } from '../plan/model.js';
import type { UnitPeriodData } from './roll-up-time.js';
import type { AreaNarratives, NarrativeEntry } from './types.js';
import { groupDifficulties, groupProposals } from './narrative-groups.js';

/**
 * The units' narrative per area, attributed: the units leading the area first,
 * then the others, each in canonical unit order; a roll-up contributes the text
 * of every sub-period it used, oldest first. Empty narratives are skipped.
 * Difficulties and proposals are also grouped across units (narrative-groups).
 */
export function collectNarratives(plan: Plan, units: readonly UnitPeriodData[]): AreaNarratives[] {
  const unitOrder = units.map((u) => u.unit.id);
  const kindOf = new Map(units.map((u) => [u.unit.id, u.unit.kind]));
  return plan.areas.map((area) => {
    const leads = units.filter((u) => u.unit.leads.includes(area.id));
    const others = units.filter((u) => !u.unit.leads.includes(area.id));
    const entries: NarrativeEntry[] = [];
    for (const u of [...leads, ...others]) {
      for (const { period, entry } of u.used) {
        const areas = entry.submission.areas;
        const narrative: Narrative | undefined = Object.hasOwn(areas, area.id) ? areas[area.id]?.narrative : undefined;
        if (!narrative) continue;
        const text = (k: 'results' | 'nextTasks') => {
          const t = narrative[k]?.trim();
          return t ? t : null;
        };
        const lists = narrativeLists(narrative);
        const e: NarrativeEntry = {
          unit: u.unit.id,
          unitName: u.unit.name,
          kind: u.unit.kind,
          lead: u.unit.leads.includes(area.id),
          period: period.id,
          results: text('results'),
          // A cause without its issue is not consolidated (the rule narrative-items says so).
          difficulties: lists.difficulties.filter(({ item }) => item.issue !== '').map(({ item }) => ({ issue: item.issue, cause: item.cause ?? null })),
          nextTasks: text('nextTasks'),
          proposals: lists.proposals.map(({ item }) => ({ text: item.text, to: item.to ?? null })),
        };
        if (e.results !== null || e.nextTasks !== null || e.difficulties.length > 0 || e.proposals.length > 0) entries.push(e);
      }
    }
    return {
      area: area.id,
      code: area.code,
      title: area.title,
      leadName: area.lead,
      entries,
      difficultyGroups: groupDifficulties(entries, unitOrder, kindOf),
      proposalGroups: groupProposals(entries, unitOrder),
    };
  });
}
