import type { Lang } from '../i18n/index.js';
import { groupName, kindGroups } from '../plan/kinds.js';
import type { Plan, UnitKind } from '../plan/model.js';
import type { Unit } from '../repo/model.js';

/**
 * The groups the report lists units by, from the plan's kinds: by default
 * departments, public service units, and local People's Committees
 * (communes, towns and wards together).
 */
export function kindFamilies(plan: Pick<Plan, 'kinds'>): readonly { id: string; kinds: readonly UnitKind[] }[] {
  return kindGroups(plan);
}

// Made on first use: building an ICU collator costs ~9 ms, which a `cchc validate` start-up never needs.
let viCollator: Intl.Collator | null = null;
const collator = (): Intl.Collator => (viCollator ??= new Intl.Collator('vi'));

/** Vietnamese collation of names ("Đ" after "D", tones in dictionary order). */
export function compareVietnamese(a: string, b: string): number {
  return collator().compare(a, b);
}

/** Canonical order of units: by the group of their kind (plan order), then Vietnamese name, then id. */
export function unitOrder(plan: Pick<Plan, 'kinds'>): (a: Unit, b: Unit) => number {
  const groups = kindGroups(plan);
  const rank = (kind: UnitKind): number => {
    const i = groups.findIndex((g) => g.kinds.includes(kind));
    return i < 0 ? groups.length : i;
  };
  return (a, b) => rank(a.kind) - rank(b.kind) || collator().compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The plan level a kind belongs to (first level listing it), or null. */
export function levelOfKind(plan: Plan, kind: UnitKind): string | null {
  for (const [level, kinds] of Object.entries(plan.levels)) if (kinds.includes(kind)) return level;
  return null;
}

/** The plan level holding every one of `kinds`, or null when they span levels. */
export function levelOfKinds(plan: Plan, kinds: readonly UnitKind[]): string | null {
  const levels = new Set(kinds.map((k) => levelOfKind(plan, k)));
  const [only] = [...levels];
  return levels.size === 1 && only !== undefined ? only : null;
}

/** Display name of a group of kinds, naming only the kinds actually present ("UBND các xã, thị trấn"). */
export function familyName(plan: Pick<Plan, 'kinds'>, id: string, present: readonly UnitKind[], lang: Lang): string {
  return groupName(plan, id, present, lang);
}
