import type { Lang } from '../i18n/index.js';
import type { KindInfo, Plan, UnitKind } from './model.js';

/**
 * The kinds a plan has when it declares none (a district and its communes
 * before 1 July 2025), in the order reports list them: departments, public
 * service units, then communes, wards and towns together as local People's
 * Committees.
 */
export const BUILT_IN_KINDS: readonly KindInfo[] = [
  { id: 'department', name: 'phòng chuyên môn', group: 'department', groupName: 'Các phòng chuyên môn' },
  { id: 'public-service-unit', name: 'đơn vị sự nghiệp công lập', group: 'public-service-unit', groupName: 'Các đơn vị sự nghiệp công lập' },
  { id: 'commune', name: 'xã', group: 'commune', groupName: 'UBND các {kinds}' },
  { id: 'ward', name: 'phường', group: 'commune', groupName: 'UBND các {kinds}' },
  { id: 'town', name: 'thị trấn', group: 'commune', groupName: 'UBND các {kinds}' },
];

/** English names of the built-in kinds and groups (a declared kind keeps its plan's words). */
const EN: Record<string, string> = {
  department: 'department',
  'public-service-unit': 'public service unit',
  commune: 'commune',
  ward: 'ward',
  town: 'town',
  'group:department': 'Departments',
  'group:public-service-unit': 'Public service units',
  'group:commune': "{kinds} People's Committees",
};

export function kindInfo(plan: Pick<Plan, 'kinds'>, kind: UnitKind): KindInfo | undefined {
  return plan.kinds.find((k) => k.id === kind);
}

/** A kind's name in running text: "xã", "phòng chuyên môn" (English for built-in kinds with `en`). */
export function kindName(plan: Pick<Plan, 'kinds'>, kind: UnitKind, lang: Lang = 'vi'): string {
  const info = kindInfo(plan, kind);
  if (lang === 'en' && EN[kind] && (!info || BUILT_IN_KINDS.some((b) => b.id === kind && b.name === info.name))) return EN[kind]!;
  return info?.name ?? kind;
}

/** A kind's name as a label: "Xã", "Phòng chuyên môn". */
export function kindLabel(plan: Pick<Plan, 'kinds'>, kind: UnitKind, lang: Lang = 'vi'): string {
  const name = kindName(plan, kind, lang);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Units of some kinds named together, as short as a table cell needs: the
 * kinds' names when they are of one group ("xã, thị trấn"), else "đơn vị".
 */
export function kindsPhrase(plan: Pick<Plan, 'kinds'>, kinds: readonly UnitKind[], lang: Lang = 'vi'): string {
  const groups = new Set(kinds.map((k) => kindInfo(plan, k)?.group ?? k));
  if (kinds.length === 0 || groups.size > 1) return lang === 'en' ? 'units' : 'đơn vị';
  return kinds.map((k) => kindName(plan, k, lang)).join(', ');
}

/** The groups the report lists units by, in the plan's order of kinds, each with its kinds. */
export function kindGroups(plan: Pick<Plan, 'kinds'>): { id: string; kinds: UnitKind[]; groupName: string }[] {
  const out: { id: string; kinds: UnitKind[]; groupName: string }[] = [];
  for (const k of plan.kinds) {
    const g = out.find((x) => x.id === k.group);
    if (g) g.kinds.push(k.id);
    else out.push({ id: k.group, kinds: [k.id], groupName: k.groupName });
  }
  return out;
}

/** A group's name for the kinds present in it: "UBND các xã, thị trấn", "Các phòng chuyên môn". */
export function groupName(plan: Pick<Plan, 'kinds'>, group: string, present: readonly UnitKind[], lang: Lang = 'vi'): string {
  const g = kindGroups(plan).find((x) => x.id === group);
  const builtIn = BUILT_IN_KINDS.find((b) => b.group === group);
  const template = lang === 'en' && builtIn && g?.groupName === builtIn.groupName ? EN[`group:${group}`]! : (g?.groupName ?? group);
  const kinds = (g?.kinds ?? []).filter((k) => present.includes(k));
  const names = kinds.map((k) => kindName(plan, k, lang)).join(', ');
  return template.replace('{kinds}', lang === 'en' ? names.charAt(0).toUpperCase() + names.slice(1) : names);
}
