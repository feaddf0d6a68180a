import type { UnitKind } from '../plan/model.js';
import type { DifficultyGroup, NarrativeEntry, ProposalGroup } from './types.js';

/**
 * The key two texts share when they say the same thing: Unicode NFC, lower
 * case, spacing collapsed, final punctuation dropped. "Máy tính đã cũ." and
 * "máy  tính đã cũ" are one difficulty.
 */
export function sameTextKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;,:!?…]+$/u, '');
}

/**
 * Per unit, the entry of its latest period that has any item of the kind
 * asked: a unit speaks once for a half year or a year, with its latest word.
 * A unit's entries come in chronological order.
 */
function latestPerUnit<T>(entries: readonly NarrativeEntry[], items: (e: NarrativeEntry) => readonly T[]): Map<string, { entry: NarrativeEntry; items: readonly T[] }> {
  const out = new Map<string, { entry: NarrativeEntry; items: readonly T[] }>();
  for (const e of entries) {
    const list = items(e);
    if (list.length === 0) continue;
    out.set(e.unit, { entry: e, items: list });
  }
  return out;
}

/** A tally of wordings: the most used first, the first seen on a tie. */
class Wordings {
  private readonly counts = new Map<string, { text: string; count: number; first: number }>();
  add(text: string): void {
    const hit = this.counts.get(text);
    if (hit) hit.count++;
    else this.counts.set(text, { text, count: 1, first: this.counts.size });
  }
  ranked(): string[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((w) => w.text);
  }
}

interface Building {
  first: number;
  units: Set<string>;
  wordings: Wordings;
  /** Causes by their key, each with its wordings and the units that gave it. */
  causes: Map<string, { first: number; units: Set<string>; wordings: Wordings }>;
}

function ordered<T extends { units: Set<string>; first: number }>(groups: Iterable<T>): T[] {
  return [...groups].sort((a, b) => b.units.size - a.units.size || a.first - b.first);
}

/**
 * The area's difficulties grouped by what they say, each unit counted once per
 * group (its latest period with any difficulty), with the causes given for it.
 * `unitOrder` is the canonical order of unit ids; `kindOf` each unit's kind.
 * Items without an issue are left out (a cause alone explains nothing).
 */
export function groupDifficulties(
  entries: readonly NarrativeEntry[],
  unitOrder: readonly string[],
  kindOf: ReadonlyMap<string, UnitKind>,
): DifficultyGroup[] {
  const latest = latestPerUnit(entries, (e) => e.difficulties.filter((d) => d.issue.trim() !== ''));
  const groups = new Map<string, Building>();
  for (const unit of unitOrder) {
    const hit = latest.get(unit);
    if (!hit) continue;
    const counted = new Set<string>();
    for (const d of hit.items) {
      const key = sameTextKey(d.issue);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { first: groups.size, units: new Set(), wordings: new Wordings(), causes: new Map() }));
      // The same difficulty twice in one report counts once, with both causes.
      if (!counted.has(key)) {
        counted.add(key);
        g.units.add(unit);
        g.wordings.add(d.issue.trim());
      }
      const cause = d.cause?.trim();
      if (!cause) continue;
      const causeKey = sameTextKey(cause);
      let c = g.causes.get(causeKey);
      if (!c) g.causes.set(causeKey, (c = { first: g.causes.size, units: new Set(), wordings: new Wordings() }));
      if (!c.units.has(unit)) {
        c.units.add(unit);
        c.wordings.add(cause);
      }
    }
  }
  return ordered(groups.values()).map((g) => {
    const units = unitOrder.filter((u) => g.units.has(u));
    const byKind: Partial<Record<UnitKind, number>> = {};
    for (const u of units) {
      const kind = kindOf.get(u);
      if (kind) byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
    return { issue: g.wordings.ranked()[0]!, causes: ordered(g.causes.values()).map((c) => c.wordings.ranked()[0]!), units, byKind };
  });
}

/**
 * The area's proposals grouped by what they say and to whom, each unit counted
 * once per group (its latest period with any proposal).
 */
export function groupProposals(entries: readonly NarrativeEntry[], unitOrder: readonly string[]): ProposalGroup[] {
  const latest = latestPerUnit(entries, (e) => e.proposals);
  const groups = new Map<string, { first: number; units: Set<string>; wordings: Wordings; to: ProposalGroup['to'] }>();
  for (const unit of unitOrder) {
    const hit = latest.get(unit);
    if (!hit) continue;
    for (const p of hit.items) {
      const key = `${p.to ?? ''}\u0000${sameTextKey(p.text)}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { first: groups.size, units: new Set(), wordings: new Wordings(), to: p.to }));
      if (g.units.has(unit)) continue;
      g.units.add(unit);
      g.wordings.add(p.text.trim());
    }
  }
  return ordered(groups.values()).map((g) => ({ text: g.wordings.ranked()[0]!, to: g.to, units: unitOrder.filter((u) => g.units.has(u)) }));
}
