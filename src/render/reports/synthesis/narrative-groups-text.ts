/**
 * Section III's difficulties and sections IV–V's proposals, written from the
 * consolidation's groups: each difficulty once, with its causes beside it and
 * how many units of each level gave it (and which, when few); proposals routed
 * by addressee: to the level above or to central bodies in section V, grouped
 * by addressee; those addressed to the compiling body itself are its own
 * business, counted in section IV (the workbook lists them).
 */
import type { AreaNarratives, ProposalGroup } from '../../../consolidate/types.js';
import type { Addressee } from '../../../model/submission.js';
import { addresseeLabels } from '../../../repo/addressees.js';
import type { ReportInput } from '../report-input.js';
import { fill, formatCount, listNames, lowerFirst } from '../report-text.js';
import { groupAlike, mergeAlike, withoutRewordings } from './alike.js';

/** Causes given beside one difficulty, the most given first. */
const CAUSES_SHOWN = 3;
/** Units of a level named beside a difficulty when at most this many gave it (or all but this many). */
const NAMED_UNITS = 3;
/** Units named beside a proposal when at most this many made it; otherwise counted by level. */
const NAMED_PROPOSERS = 5;

/** Text under an area's name (an area title in italics, then its paragraphs). */
export interface AreaText {
  area: string;
  paragraphs: string[];
}

const withoutStop = (text: string): string => text.trim().replace(/[.;:,]+$/, '');

/** The lead units of an area (they write for the whole body). */
function leadsOf(n: AreaNarratives): Set<string> {
  return new Set(n.entries.filter((e) => e.lead).map((e) => e.unit));
}

/** Unit ids in the consolidation's canonical order. */
function canonical(input: ReportInput, ids: Iterable<string>): string[] {
  const set = new Set(ids);
  return input.consolidation.units.map((u) => u.unit).filter((u) => set.has(u));
}

const nameOf = (input: ReportInput, id: string): string => input.consolidation.units.find((u) => u.unit === id)?.name ?? id;

/**
 * The units behind a difficulty, level by level, out of the level's units
 * that reported in the period (as the figures count them: "cả 22 đơn vị cấp
 * xã"): "22/22 đơn vị cấp xã", "02/22 đơn vị cấp xã: UBND các xã A, B",
 * "20/22 đơn vị cấp xã, trừ UBND các xã C, D"; units outside any level by name.
 */
export function unitsByLevel(input: ReportInput, ids: readonly string[]): string {
  const t = input.template.phrases;
  const c = input.consolidation;
  const parts: string[] = [];
  const placed = new Set<string>();
  const reported = new Set(c.completeness.units.filter((u) => u.status !== 'missing' && u.status !== 'invalid').map((u) => u.unit));
  for (const level of c.levels) {
    const inLevel = ids.filter((id) => level.units.includes(id));
    if (inLevel.length === 0) continue;
    inLevel.forEach((id) => placed.add(id));
    const reporting = level.units.filter((u) => reported.has(u) || inLevel.includes(u));
    const params = { count: formatCount(inLevel.length), total: formatCount(reporting.length), level: level.name };
    const without = reporting.filter((u) => !inLevel.includes(u));
    if (inLevel.length <= NAMED_UNITS && without.length > 0) {
      parts.push(fill(t.levelCountNamed, input, { ...params, units: listNames(inLevel.map((id) => nameOf(input, id))) }));
    } else if (without.length > 0 && without.length <= NAMED_UNITS) {
      parts.push(fill(t.levelCountExcept, input, { ...params, units: listNames(without.map((id) => nameOf(input, id))) }));
    } else parts.push(fill(t.levelCount, input, params));
  }
  const rest = ids.filter((id) => !placed.has(id));
  if (rest.length) parts.push(listNames(rest.map((id) => nameOf(input, id))));
  return parts.join('; ');
}

/** The units that made a proposal: by name when few, else how many of each level. */
function proposers(input: ReportInput, ids: readonly string[]): string {
  if (ids.length <= NAMED_PROPOSERS) return listNames(ids.map((id) => nameOf(input, id)));
  const t = input.template.phrases;
  return input.consolidation.levels
    .map((level) => ({ level, n: ids.filter((id) => level.units.includes(id)).length }))
    .filter((x) => x.n > 0)
    .map((x) => fill(t.levelUnits, input, { count: formatCount(x.n), level: x.level.name }))
    .join(', ');
}

/** One difficulty as the body states it (groups alike but for their figures said once). */
interface Difficulty {
  issue: string;
  causes: string[];
  units: string[];
  /** Given only by the area's lead: the body's own difficulty, no units named. */
  lead: boolean;
}

/**
 * Whether a difficulty's units all wrote it for the report's own period. A
 * half year or a year built from quarters takes each unit's latest quarter:
 * a figure in such a text ("Toàn huyện còn 24 hồ sơ quá hạn") is that
 * quarter's, and must not read as the whole period's.
 */
function ofOwnPeriod(input: ReportInput, n: AreaNarratives, units: readonly string[]): boolean {
  const own = input.consolidation.period.id;
  return n.entries.filter((e) => units.includes(e.unit) && e.difficulties.length > 0).every((e) => e.period === own);
}

/** The area's difficulties as the body states them; `fresh`: only those without a figure of a shorter period. */
function areaDifficulties(input: ReportInput, n: AreaNarratives, fresh: boolean): Difficulty[] {
  const leads = leadsOf(n);
  const groups = fresh ? n.difficultyGroups.filter((g) => !/\d/.test(g.issue) || ofOwnPeriod(input, n, g.units)) : n.difficultyGroups;
  const out = groupAlike(groups, (g) => g.issue).map((alike): Difficulty => {
    const units = canonical(input, alike.flatMap((g) => g.units));
    // A cause said once: rewordings by several units (most units' wording first) are left out.
    const causes = withoutRewordings(groupAlike(alike.flatMap((g) => g.causes), (x) => x).map((x) => mergeAlike(x)));
    return { issue: mergeAlike(alike.map((g) => g.issue)), causes, units, lead: units.every((u) => leads.has(u)) };
  });
  // The body's own difficulties first, then the most widely shared (a stable sort keeps the groups' order).
  return out.sort((a, b) => Number(b.lead) - Number(a.lead) || (a.lead ? 0 : b.units.length - a.units.length));
}

/**
 * Difficulties by area: the lead's (the body's own) and those two or more
 * units share, each with its causes and its units; a difficulty of a single
 * unit stays in the workbook (counted by `singleUnitDifficulties`), and so
 * does one with a figure from a shorter period than the report's.
 */
export function difficultiesByArea(input: ReportInput): AreaText[] {
  const t = input.template.phrases;
  const out: AreaText[] = [];
  for (const n of input.consolidation.narratives) {
    const paragraphs = areaDifficulties(input, n, true)
      .filter((d) => d.lead || d.units.length >= 2)
      .map((d) => {
        const units = d.lead ? '' : fill(t.difficultyUnits, input, { units: unitsByLevel(input, d.units) });
        const causes = d.causes.slice(0, CAUSES_SHOWN).map((x) => lowerFirst(withoutStop(x)));
        return causes.length
          ? fill(t.difficulty, input, { issue: withoutStop(d.issue), units, causes: causes.join('; ') })
          : fill(t.difficultyNoCause, input, { issue: withoutStop(d.issue), units });
      });
    if (paragraphs.length) out.push({ area: n.title, paragraphs });
  }
  return out;
}

/** Units whose own difficulties (given by no other unit) the body leaves to the workbook. */
export function singleUnitDifficulties(input: ReportInput): string[] {
  const units = new Set<string>();
  for (const n of input.consolidation.narratives) {
    for (const d of areaDifficulties(input, n, false)) if (!d.lead && d.units.length === 1) units.add(d.units[0]!);
  }
  return canonical(input, units);
}

/** Where a proposal goes: a lead's without an addressee speaks for the body to the level above. */
function routed(g: ProposalGroup, leads: ReadonlySet<string>): Addressee {
  if (g.to !== null) return g.to;
  return g.units.every((u) => leads.has(u)) ? 'upper' : 'body';
}

/** One proposal as the body states it. */
interface Proposal {
  to: Addressee;
  text: string;
  units: string[];
  lead: boolean;
}

function proposals(input: ReportInput): Proposal[] {
  const list: Proposal[] = [];
  for (const n of input.consolidation.narratives) {
    const leads = leadsOf(n);
    for (const to of ['upper', 'central', 'body'] as const) {
      const groups = n.proposalGroups.filter((g) => routed(g, leads) === to);
      for (const alike of groupAlike(groups, (g) => g.text)) {
        const units = canonical(input, alike.flatMap((g) => g.units));
        list.push({ to, text: mergeAlike(alike.map((g) => g.text)), units, lead: units.every((u) => leads.has(u)) });
      }
    }
  }
  return list;
}

/** Section V: proposals to the level above and to central bodies, under their addressee. */
export function proposalsByAddressee(input: ReportInput): AreaText[] {
  const t = input.template.phrases;
  const labels = addresseeLabels(input.body);
  const all = proposals(input);
  const out: AreaText[] = [];
  for (const to of ['upper', 'central'] as const) {
    const paragraphs = all
      .filter((p) => p.to === to)
      .map((p) => {
        const text = withoutStop(p.text);
        return p.lead ? `${text}.` : fill(t.proposalOf, input, { text, units: proposers(input, p.units) });
      });
    if (paragraphs.length) out.push({ area: fill(t.proposalsTo, input, { addressee: labels[to] }), paragraphs });
  }
  return out;
}

/**
 * Section IV: the proposals units addressed to the body itself are its own
 * business: one sentence says how many there are, from how many units, and
 * where they are listed; null when there are none.
 */
export function bodyProposalsText(input: ReportInput): string | null {
  const own = proposals(input).filter((p) => p.to === 'body');
  if (own.length === 0) return null;
  const units = new Set(own.flatMap((p) => p.units));
  return fill(input.template.phrases.bodyProposals, input, { count: formatCount(own.length), units: formatCount(units.size) });
}

/** Section III's closing sentence on the difficulties left to the workbook; null when none. */
export function singleDifficultiesText(input: ReportInput): string | null {
  const units = singleUnitDifficulties(input);
  return units.length ? fill(input.template.phrases.otherDifficulties, input, { count: formatCount(units.length) }) : null;
}
