import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { diagnosticWords as w } from '../../i18n/diagnostics.js';
import { narrativeLists, type Narrative } from '../../model/submission.js';

const blank = (s: string | undefined) => s === undefined || s.trim() === '';
const missing = (n: Narrative, field: 'results' | 'difficulties' | 'nextTasks'): boolean =>
  field === 'difficulties' ? narrativeLists(n).difficulties.length === 0 : blank(n[field]);

/**
 * The lead department writes its area's narrative: results are required (error),
 * difficulties (in either form) and next tasks expected (warning). A unit that reports figures
 * without a word of narrative anywhere gets a hint (info).
 */
export const narratives: Rule = {
  id: 'narratives',
  check(sub, ctx) {
    const unit = ctx.units.get(sub.unit);
    if (!unit) return [];
    const out: Finding[] = [];
    for (const area of ctx.plan.areas) {
      const report = sub.areas[area.id];
      const title = `${area.code}. ${area.title}`;
      if (unit.leads.includes(area.id)) {
        const narrative = report?.narrative ?? {};
        const path = report ? ['areas', area.id] : ['areas'];
        for (const [field, severity] of [
          ['results', 'error'],
          ['difficulties', 'warning'],
          ['nextTasks', 'warning'],
        ] as const) {
          if (missing(narrative, field)) {
            out.push({
              severity,
              code: 'missing-lead-narrative',
              params: { area: title, field: w.t(`narrative.${field}`) },
              path,
              target: 'key',
            });
          }
        }
      }
    }
    const hasValues = Object.values(sub.areas).some((a) => Object.keys(a.values).length > 0);
    const hasNarrative = Object.values(sub.areas).some((a) => !blank(a.narrative.results));
    if (hasValues && !hasNarrative) {
      out.push({ severity: 'info', code: 'missing-narrative', params: { field: w.t('narrative.results') }, path: ['areas'], target: 'key' });
    }
    return out;
  },
};
