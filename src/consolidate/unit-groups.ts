import type { Lang } from '../i18n/index.js';
import { consolidateMessages as m } from '../i18n/consolidate.js';
import type { Plan, UnitKind } from '../plan/model.js';
import type { Unit } from '../repo/model.js';

/**
 * Kind families the report groups units by: departments, public service units,
 * and local People's Committees (communes, towns and wards together).
 */
export const KIND_FAMILIES: readonly { id: string; kinds: readonly UnitKind[] }[] = [
  { id: 'department', kinds: ['department'] },
  { id: 'public-service-unit', kinds: ['public-service-unit'] },
  { id: 'commune', kinds: ['commune', 'town', 'ward'] },
];

// Made on first use: building an ICU collator costs ~9 ms, which a `cchc validate` start-up never needs.
let viCollator: Intl.Collator | null = null;
const collator = (): Intl.Collator => (viCollator ??= new Intl.Collator('vi'));

/** Vietnamese collation of names ("Đ" after "D", tones in dictionary order). */
export function compareVietnamese(a: string, b: string): number {
  return collator().compare(a, b);
}

function familyRank(kind: UnitKind): number {
  const i = KIND_FAMILIES.findIndex((f) => f.kinds.includes(kind));
  return i < 0 ? KIND_FAMILIES.length : i;
}

/** Canonical order of units: by kind family, then Vietnamese name, then id. */
export function compareUnits(a: Unit, b: Unit): number {
  return familyRank(a.kind) - familyRank(b.kind) || collator().compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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

/** Display name of a kind family, naming only the local kinds actually present. */
export function familyName(id: string, present: readonly UnitKind[], lang: Lang): string {
  if (id === 'department' || id === 'public-service-unit') return m.in(lang, `group.${id}`);
  const local = (['commune', 'ward', 'town'] as const).filter((k) => present.includes(k));
  const kinds = local.map((k) => m.in(lang, `kinds.${k}`)).join(m.in(lang, 'list.and'));
  return m.in(lang, 'group.local', { kinds: lang === 'en' ? capitalise(kinds) : kinds });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
