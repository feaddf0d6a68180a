import type { Plan, UnitKind } from './model.js';

/** Vietnamese names of the built-in unit kinds, as in running text ("các xã, thị trấn"). */
const BUILT_IN_NAMES: Record<string, string> = {
  department: 'phòng chuyên môn',
  'public-service-unit': 'đơn vị sự nghiệp công lập',
  commune: 'xã',
  town: 'thị trấn',
  ward: 'phường',
};

/** A kind's name in running text: "xã", "phòng chuyên môn". */
export function kindName(_plan: Plan, kind: UnitKind): string {
  return BUILT_IN_NAMES[kind] ?? kind;
}

/** Kinds named together: "xã, thị trấn"; "cơ quan, đơn vị" when none are given. */
export function kindsPhrase(plan: Plan, kinds: readonly UnitKind[]): string {
  return kinds.length ? kinds.map((k) => kindName(plan, k)).join(', ') : 'cơ quan, đơn vị';
}
