import { containingPeriods, makePeriod, previousPeriod, quartersOf, type Period } from '../consolidate/period.js';

/**
 * The periods whose submissions of the same unit the rules compare a
 * submission of `p` with: the previous period (value jumps) and, for a half
 * or a year, its quarters (a half or year that disagrees with its quarters).
 */
export function comparedPeriods(p: Period): { previous: Period; quarters: Period[] } {
  return { previous: previousPeriod(p), quarters: p.kind === 'quarter' ? [] : quartersOf(p) };
}

/** The period of the same kind just after `p`: 2024Q4 → 2025Q1, 2024S1 → 2024S2, 2024 → 2025. */
function nextPeriod(p: Period): Period {
  if (p.kind === 'year') return makePeriod('year', p.year + 1);
  const count = p.kind === 'quarter' ? 4 : 2;
  return p.index === count ? makePeriod(p.kind, p.year + 1, 1) : makePeriod(p.kind, p.year, p.index + 1);
}

/**
 * The reverse: the periods whose submissions are compared with one of `p`, so
 * whose findings a change to it can change. 2024Q2 → 2024Q3 (its previous
 * period), 2024S1 and 2024 (they hold it as a quarter); 2024S1 → 2024S2.
 */
export function comparingPeriods(p: Period): Period[] {
  return [nextPeriod(p), ...containingPeriods(p)].filter((c) => {
    const compared = comparedPeriods(c);
    return compared.previous.id === p.id || compared.quarters.some((q) => q.id === p.id);
  });
}
