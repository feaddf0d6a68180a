import type { Indicator, Plan } from '../plan/model.js';
import type { Period } from '../consolidate/period.js';
import { applicableTargets, baselinesOnly, evaluateTarget } from '../consolidate/targets.js';
import { formatThreshold } from '../render/reports/report-text.js';

/** Yes and no as the forms write them. */
const FORM_WORDS = { values: { yes: 'Có', no: 'Không' } };

/**
 * Every target of an indicator that applies to a level in the period's year,
 * resolved as the consolidation resolves it (configured baselines for relative
 * and change targets) and worded as the report words it, joined; null when
 * none (or when a ramp has not started yet). A share target shows the
 * threshold each unit must meet.
 */
export function indicatorTargetText(
  indicator: Indicator,
  plan: Plan,
  level: string | null,
  period: Period,
  baselines: Readonly<Record<string, Readonly<Record<string, number>>>> = {},
): string | null {
  const lookup = baselinesOnly((ind, year) => {
    const value = baselines[String(year)]?.[ind.id];
    return value === undefined ? { value: null, source: null } : { value, source: 'config' };
  });
  const texts = applicableTargets(indicator, plan, period.year, level)
    .map((t) => {
      const resolved = evaluateTarget(t, indicator, period, null, '', plan, lookup);
      return resolved.reason === 'before-start' ? null : formatThreshold(resolved, indicator, FORM_WORDS).replace(/\u00a0/g, ' ');
    })
    .filter((t): t is string => t !== null);
  return texts.length ? texts.join('; ') : null;
}
