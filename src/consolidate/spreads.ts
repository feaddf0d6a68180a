import type { GroupResult, IndicatorResult, SpreadUnit, TargetResult, UnitResult, UnitSpread } from './types.js';

/** How many units a spread names at either end (a report names a few, never thousands). */
export const SPREAD_NAMED = 3;

/** Which end of a level's values is worse, from the level's targets. */
export function worseEnd(targets: readonly TargetResult[]): UnitSpread['worse'] {
  if (targets.some((t) => t.min !== null || t.equals === true)) return 'low';
  if (targets.some((t) => t.max !== null || t.equals === false)) return 'high';
  return null;
}

const numeric = (v: number | boolean | string): number => (typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'number' ? v : 0);

/**
 * Keeps the `size` most extreme items seen, most extreme first: `before(a, b)`
 * says a is more extreme. Items come in canonical unit order, and an item
 * only displaces one strictly less extreme, so ties keep that order.
 */
class Extremes {
  readonly items: SpreadUnit[] = [];
  constructor(
    readonly size: number,
    readonly before: (a: number, b: number) => boolean,
  ) {}

  offer(item: SpreadUnit): void {
    const v = numeric(item.value);
    const last = this.items[this.items.length - 1];
    if (this.items.length === this.size && last && !this.before(v, numeric(last.value))) return;
    let i = this.items.length;
    while (i > 0 && this.before(v, numeric(this.items[i - 1]!.value))) i--;
    this.items.splice(i, 0, item);
    if (this.items.length > this.size) this.items.pop();
  }
}

const lower = (a: number, b: number) => a < b;
const higher = (a: number, b: number) => a > b;

/**
 * For every indicator with numbers or yes/no values and every plan level whose
 * units report it: how many units gave a value, how many meet the level's
 * targets (each unit's status, judged on its own value), and the few units at
 * either end and furthest from the target. Pure; `units` in canonical order,
 * so ties are named in that order. Linear in the number of units.
 */
export function unitSpreads(indicators: readonly IndicatorResult[], levels: readonly GroupResult[], units: readonly UnitResult[]): UnitSpread[] {
  const out: UnitSpread[] = [];
  for (const ind of indicators) {
    if (ind.type === 'text') continue;
    for (const level of levels) {
      const figures = level.indicators[ind.id];
      if (!figures) continue;
      const worse = worseEnd(figures.targets);
      const lowest = new Extremes(SPREAD_NAMED, lower);
      const highest = new Extremes(SPREAD_NAMED, higher);
      const notMetUnits = new Extremes(SPREAD_NAMED, worse === 'high' ? higher : worse === 'low' ? lower : () => false);
      const unranked: SpreadUnit[] = [];
      let count = 0;
      let reporting = 0;
      let met = 0;
      let notMet = 0;
      for (const u of units) {
        if (u.level !== level.id) continue;
        const v = u.values[ind.id];
        if (!v) continue;
        count++;
        if (v.value === null) continue;
        reporting++;
        const item: SpreadUnit = { unit: u.unit, name: u.name, value: v.value };
        // Dates and ratings have no numeric order here: counted and named, not ranked.
        const ranked = typeof v.value !== 'string';
        if (ranked) {
          lowest.offer(item);
          highest.offer(item);
        }
        if (v.status === 'met') met++;
        else if (v.status === 'not-met') {
          notMet++;
          if (ranked) notMetUnits.offer(item);
          else if (unranked.length < SPREAD_NAMED) unranked.push(item);
        }
      }
      if (count === 0) continue;
      out.push({
        indicator: ind.id,
        level: level.id,
        levelName: level.name,
        units: count,
        reporting,
        met,
        notMet,
        worse,
        lowest: lowest.items,
        highest: highest.items,
        notMetUnits: [...notMetUnits.items, ...unranked].slice(0, SPREAD_NAMED),
      });
    }
  }
  return out;
}
