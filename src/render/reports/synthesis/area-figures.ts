/**
 * What the body says about an area's figures: the body-wide totals and rates
 * with their counts, the target and whether it is met, the change against the
 * periods compared, and how the units of a level stand (how many meet the
 * target, the furthest from it). The code chooses the figures and the units
 * worth naming; every word comes from the template's `figures` texts.
 */
import type { Consolidation, IndicatorResult, SpreadUnit, TargetResult, UnitSpread } from '../../../consolidate/types.js';
import { formatDate, formatNumber, formatPercent } from '../../../util/vi-format.js';
import type { ReportInput } from '../report-input.js';
import {
  amountInText,
  comparisonsWithData,
  fill,
  formatCount,
  formatJudged,
  formatValue,
  thresholdWords,
  unitInSentence,
  upperFirst,
} from '../report-text.js';
import { inSentence } from './words.js';

/** Sentences of one paragraph group: facts over the whole period, or as at its end. */
export interface AreaFigures {
  /** Paragraphs, each a few sentences, the first of a group opened by its lead-in. */
  paragraphs: string[];
  /** The figures the paragraphs state, as written (to leave out a narrative sentence that repeats one). */
  stated: Set<string>;
}

/** Sentences a paragraph holds before the next one starts (the lead-in is not repeated). */
const SENTENCES_PER_PARAGRAPH = 4;
/** Units named in a spread before "and N others". */
const NAMED = 3;
/** Below this many, a count's change is said as a number of items ("giảm 02 văn bản"), not a percentage. */
const MIN_COUNT_FOR_PERCENT = 100;
/** A level's units are compared only when this many gave a value. */
const MIN_UNITS_COMPARED = 3;

/** Indicators that are the numerator or denominator of a rate: the rate's sentence states them. */
export function rateParts(indicators: readonly IndicatorResult[]): Set<string> {
  const parts = new Set<string>();
  for (const ind of indicators) {
    if (ind.ratio) {
      parts.add(ind.ratio.numerator);
      parts.add(ind.ratio.denominator);
    }
  }
  return parts;
}

/**
 * The figure a report shorter than a year states for an indicator the plan
 * reads year to date ("… trong năm"): the year to date's, with its targets and
 * the same span a year earlier; null when the report states the period's own
 * (a year report, a half year that is its own year to date, other indicators).
 */
export function yearToDateView(ind: IndicatorResult, c: Pick<Consolidation, 'period' | 'yearToDate'>): IndicatorResult | null {
  const ytd = ind.yearToDate;
  if (ind.window !== 'year-to-date' || !ytd || !c.yearToDate || c.yearToDate.id === c.period.id) return null;
  return {
    ...ind,
    figure: ytd.figure,
    targets: ytd.targets,
    status: ytd.status,
    // No year-to-date figure of the previous period is consolidated: compared with a year earlier only.
    previous: { ...ind.previous, value: null },
    lastYear: ytd.lastYear,
  };
}

/** Whether a figure is a sum over the period (said "in the period") or a state at its end ("as at"). */
function isDuringPeriod(ind: IndicatorResult): boolean {
  return ind.aggregation.time !== 'last' && ind.aggregation.time !== 'any';
}

class Writer {
  readonly stated = new Set<string>();
  /** Indicators stated year to date (no spread over units: those are of the period's figures). */
  readonly yearToDate = new Set<string>();
  readonly byId: Map<string, IndicatorResult>;
  readonly spreads: Map<string, UnitSpread[]>;

  constructor(readonly input: ReportInput) {
    const c = input.consolidation;
    this.byId = new Map(c.indicators.map((i) => [i.id, i]));
    this.spreads = new Map();
    for (const s of c.spreads) {
      const list = this.spreads.get(s.indicator);
      if (list) list.push(s);
      else this.spreads.set(s.indicator, [s]);
    }
  }

  get c(): Consolidation {
    return this.input.consolidation;
  }

  get f() {
    return this.input.template.figures;
  }

  state(text: string): string {
    this.stated.add(text);
    return text;
  }

  /** A count or amount as written in the text: leading zero under ten for counts. */
  number(value: number, ind: Pick<IndicatorResult, 'type' | 'unit'>): string {
    return ind.type === 'count' ? formatCount(value) : formatNumber(value, Number.isInteger(value) ? 0 : 1);
  }

  value(ind: IndicatorResult, value: number): string {
    const text = amountInText(value, ind, this.input.template);
    // The bare number too ("1.918" of "1.918 người"): a narrative writes it with other words.
    const bare = /[\d.,]+%?/.exec(text)?.[0];
    if (bare) this.stated.add(bare);
    return this.state(text);
  }

  /** " (6.973/15.721 hồ sơ)" after a rate, when both counts are known. */
  counts(ind: IndicatorResult): string {
    const { numerator, denominator } = ind.figure;
    if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) return '';
    const den = ind.ratio ? this.byId.get(ind.ratio.denominator) : undefined;
    const num = ind.ratio ? this.byId.get(ind.ratio.numerator) : undefined;
    const parts = {
      numerator: this.state(this.number(numerator, num ?? den ?? ind)),
      denominator: this.state(this.number(denominator, den ?? ind)),
    };
    this.stated.add(`${parts.numerator}/${parts.denominator}`);
    return fill(this.f.counts, this.input, { ...parts, unit: den?.unit ?? '' });
  }

  /** ", tăng 4,6 điểm phần trăm so với quý trước" for every comparison with data. */
  changes(ind: IndicatorResult): string {
    // An extreme over units (the lowest commune's score) is a different unit each period: not compared.
    if (ind.aggregation.units !== 'sum' || typeof ind.figure.value !== 'number') return '';
    let out = '';
    for (const which of comparisonsWithData(this.input)) {
      const before = ind[which].value;
      if (typeof before !== 'number') continue;
      const period = fill(this.f.comparedWith[which], this.input);
      const change = changeOf(ind, ind.figure.value, before);
      if (change === null) continue;
      const text =
        change.direction === 'same'
          ? fill(this.f.change.same, this.input, { period })
          : fill(this.f.change[change.direction], this.input, {
              period,
              amount: change.points ? fill(this.f.points, this.input, { value: change.amount }) : change.amount,
            });
      out += text;
    }
    return out;
  }

  /** The target clause of one target judged on the figure in the sentence. */
  targetClause(ind: IndicatorResult, target: TargetResult): string {
    const t = this.f.target;
    const params = { threshold: thresholdWords(target, ind, this.input.template), by: target.by ?? '', year: this.c.period.year };
    // A yes/no target met or not needs no threshold in brackets: the sentence says what was done.
    const flag = target.equals !== null;
    switch (target.status) {
      case 'met':
        return fill(flag ? t.metFlag : t.met, this.input, params);
      case 'not-met':
        return fill(flag ? t.notMetFlag : t.notMet, this.input, params);
      case 'not-due':
        if (target.reason === 'year-only') return fill(t.later, this.input, params);
        if (target.reason === 'by-year') return fill(t.by, this.input, params);
        return '';
      case 'no-data':
        return fill(t.noData, this.input, params);
      case 'not-applicable':
        return fill(t.notApplicable, this.input, { ...params, condition: target.condition?.text ?? '' });
    }
  }

  /**
   * "; 14/22 đơn vị cấp xã đạt mục tiêu, chưa đạt: xã A (44,5%), …" for each
   * level worth comparing: its units under target, the worst named. That every
   * unit met it is said only where the plan sets the level its own target.
   */
  spreadClauses(ind: IndicatorResult): string {
    let out = '';
    // Units' spreads are of the period's own figures, not of a year to date.
    if (this.yearToDate.has(ind.id)) return out;
    for (const s of this.spreads.get(ind.id) ?? []) {
      if (s.reporting < MIN_UNITS_COMPARED || s.met + s.notMet === 0) continue;
      const level = s.levelName;
      const judged = s.met + s.notMet;
      if (s.notMet === 0) {
        const ownTarget = ind.targets.some((x) => x.level === s.level);
        if (ownTarget) out += fill(this.f.spreadAllMet, this.input, { met: formatCount(s.met), total: formatCount(judged), level });
        continue;
      }
      const units = this.unitList(s.notMetUnits, s.notMet, ind);
      out +=
        s.met === 0
          ? fill(this.f.spreadNoneMet, this.input, { total: formatCount(judged), level, units })
          : fill(this.f.spread, this.input, { met: formatCount(s.met), total: formatCount(judged), level, units });
    }
    return out;
  }

  unitList(units: readonly SpreadUnit[], total: number, ind: IndicatorResult): string {
    const named = units.slice(0, NAMED).map((u) =>
      fill(this.f.spreadUnit, this.input, {
        unit: unitInSentence(u.name),
        value: typeof u.value === 'number' ? this.value(ind, u.value) : formatValue(u.value, ind, this.input.template),
      }),
    );
    const rest = total - named.length;
    const list = named.join(', ');
    return rest > 0 ? `${list} ${fill(this.input.template.phrases.others, this.input, { count: formatCount(rest) })}` : list;
  }

  /** The unit holding an extreme value (a figure made with `min` or `max` over units). */
  holders(ind: IndicatorResult, value: number): string {
    if (this.yearToDate.has(ind.id)) return '';
    const end = ind.aggregation.units === 'min' ? 'lowest' : 'highest';
    const names: string[] = [];
    for (const s of this.spreads.get(ind.id) ?? []) {
      for (const u of s[end]) if (u.value === value && !names.includes(u.name)) names.push(unitInSentence(u.name));
    }
    return names.join(', ');
  }

  /** One sentence about one indicator, or null when there is nothing to say. */
  sentence(ind: IndicatorResult): string | null {
    const v = ind.figure.value;
    if (v === null) return null;
    const name = upperFirst(ind.name);
    const f = this.f;
    let main: string;
    if (typeof v === 'string') {
      // A date or a rating, in its own words ("15/06/2024", "Tốt").
      main = fill(f.amount, this.input, { name, value: formatValue(v, ind, this.input.template) });
    } else if (typeof v === 'boolean') {
      const yes = ind.figure.yes ?? 0;
      const reporting = ind.figure.reporting;
      // "Đã xây dựng X: chưa thực hiện" says done and not done at once: the task is named without its "Đã".
      const task = upperFirst(withoutWord(ind.name, fill(f.flagNameDrop, this.input)));
      main =
        reporting > 1
          ? fill(f.flagCount, this.input, { name: task, yes: formatCount(yes), reporting: formatCount(reporting) })
          : fill(v ? f.flagYes : f.flagNo, this.input, { name: task });
    } else if (ind.isRate) {
      main = fill(f.rate, this.input, { name, value: this.value(ind, v), counts: this.counts(ind) });
    } else if ((ind.aggregation.units === 'min' || ind.aggregation.units === 'max') && ind.figure.reporting > 1) {
      // Who holds the extreme, unless the units under target are named after it anyway.
      const named = (this.spreads.get(ind.id) ?? []).some((s) => s.notMet > 0 && s.reporting >= MIN_UNITS_COMPARED);
      const holders = named ? '' : fill(f.holders, this.input, { units: this.holders(ind, v) });
      main = fill(ind.aggregation.units === 'min' ? f.lowest : f.highest, this.input, { name, value: this.value(ind, v), holders });
    } else {
      // A zero count with no target is no news; the appendix has it.
      if (v === 0 && ind.targets.length === 0) return null;
      main = fill(f.amount, this.input, { name, value: this.value(ind, v) });
    }
    let text = main + this.changes(ind);
    for (const target of ind.targets.filter((x) => x.level === null)) text += this.targetClause(ind, target);
    for (const target of ind.targets.filter((x) => x.level !== null)) {
      const value = target.value;
      if (value === null) continue;
      // A share target's value is the share of units meeting it: said as "21/23 xã (91,3%)".
      const judged = typeof value === 'number' && target.share === null ? this.value(ind, value) : formatJudged(target, ind, this.input.template);
      text += fill(f.level, this.input, { level: target.levelName ?? target.level ?? '', value: judged, target: this.targetClause(ind, target) });
    }
    text += this.spreadClauses(ind);
    return `${tidy(text)}.`;
  }
}

/** A name less its first word when that is `word` (any case); the name unchanged otherwise or when `word` is empty. */
function withoutWord(name: string, word: string): string {
  const w = word.trim();
  if (w === '') return name;
  const first = name.split(/\s+/, 1)[0] ?? '';
  return first.toLocaleLowerCase('vi') === w.toLocaleLowerCase('vi') ? name.slice(first.length).trimStart() : name;
}

/** Spaces an empty placeholder leaves behind: doubled, or before a closing bracket or a comma. */
export function tidy(text: string): string {
  return text.replace(/ {2,}/g, ' ').replace(/ +([),;.])/g, '$1').replace(/\( +/g, '(');
}

/**
 * The change of a figure against an earlier one: points for rates, per cent
 * for counts (items for small counts), units of measure for other numbers.
 */
export function changeOf(
  ind: Pick<IndicatorResult, 'isRate' | 'type' | 'unit'>,
  now: number,
  before: number,
): { direction: 'up' | 'down' | 'same'; amount: string; points: boolean } | null {
  if (ind.isRate || ind.type === 'percent') {
    // From the rates as printed (one decimal), so the difference is the one the reader computes.
    const diff = Math.round(now * 10) / 10 - Math.round(before * 10) / 10;
    const rounded = Math.round(diff * 10) / 10;
    if (rounded === 0) return { direction: 'same', amount: '', points: true };
    return { direction: rounded > 0 ? 'up' : 'down', amount: formatNumber(Math.abs(rounded), Number.isInteger(rounded) ? 0 : 1), points: true };
  }
  if (ind.type === 'count' && before >= MIN_COUNT_FOR_PERCENT) {
    const pct = Math.round(((now - before) / before) * 1000) / 10;
    if (pct === 0) return { direction: 'same', amount: '', points: false };
    return { direction: pct > 0 ? 'up' : 'down', amount: formatPercent(Math.abs(pct)), points: false };
  }
  const diff = Math.round((now - before) * 100) / 100;
  if (diff === 0) return { direction: 'same', amount: '', points: false };
  const abs = Math.abs(diff);
  const unit = ind.unit.trim();
  const amount = ind.type === 'count' ? formatCount(abs) : formatNumber(abs, Number.isInteger(abs) ? 0 : 1);
  return { direction: diff > 0 ? 'up' : 'down', amount: `${amount}${unit ? ` ${unit}` : ''}`, points: false };
}

/** Sentences in paragraphs of about the same length, none longer than SENTENCES_PER_PARAGRAPH; the first opened by `lead`. */
function paragraphsOf(lead: string, sentences: readonly string[]): string[] {
  if (sentences.length === 0) return [];
  const count = Math.ceil(sentences.length / SENTENCES_PER_PARAGRAPH);
  const size = Math.ceil(sentences.length / count);
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += size) {
    const chunk = sentences.slice(i, i + size);
    if (i === 0) chunk[0] = `${lead}, ${inSentence(chunk[0]!)}`;
    out.push(chunk.join(' '));
  }
  return out;
}

/**
 * The paragraphs about one area's figures: first what was done over the
 * period ("Trong quý II năm 2024, …"), then the state at its end ("Tính đến
 * ngày 14/06/2024, …"). Each indicator once, in plan order; the counts a rate
 * is made of are stated with the rate, not again.
 */
export function areaFigures(areaId: string, input: ReportInput): AreaFigures {
  const c = input.consolidation;
  const writer = new Writer(input);
  const parts = rateParts(c.indicators);
  const during: string[] = [];
  const yearToDate: string[] = [];
  const asOf: string[] = [];
  for (const ind of c.indicators) {
    // A count a rate is made of is said with the rate, unless the plan sets it a target of its own.
    if (ind.area !== areaId || (parts.has(ind.id) && ind.targets.length === 0) || ind.type === 'text') continue;
    const ytd = yearToDateView(ind, c);
    if (ytd) writer.yearToDate.add(ind.id);
    const sentence = writer.sentence(ytd ?? ind);
    if (sentence === null) continue;
    (ytd ? yearToDate : isDuringPeriod(ind) ? during : asOf).push(sentence);
  }
  const f = input.template.figures;
  const date = formatDate(c.period.window.to);
  return {
    paragraphs: [
      ...paragraphsOf(fill(f.duringPeriod, input), during),
      ...paragraphsOf(fill(f.yearToDate, input, { date }), yearToDate),
      ...paragraphsOf(fill(f.asOf, input, { date }), asOf),
    ],
    stated: writer.stated,
  };
}
