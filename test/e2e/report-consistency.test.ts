/**
 * Issue 11, item 9: every number in the body of the Word report equals the
 * consolidation it came from. The built CLI writes the example's quarter,
 * half-year and year reports with their JSON; each paragraph of the body
 * (everything before "Phụ lục I") is either a lead department's own text,
 * quoted word for word from the JSON's narratives, or written from the
 * figures, in which case every number in it is read back and checked against
 * the JSON: the indicator's value, counts, change against the compared period
 * (recomputed here), target, the levels' values, the units named under target
 * and how many, the reporting counts, the tasks. A number the checker cannot
 * explain fails the test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Consolidation, IndicatorResult, TargetResult, UnitSpread } from '../../src/consolidate/types.js';
import { cchc, ROOT } from '../helpers/cli.js';
import { paragraphsOf } from '../helpers/docx-xml.js';
import { readZip, zipText } from '../helpers/zip.js';

const REPO = join(ROOT, 'examples', 'tu-ky');
const PERIODS = ['2024Q2', '2024S1', '2024'] as const;
const NUM = String.raw`\d{1,3}(?:\.\d{3})*(?:,\d+)?`;

/** A number as the report writes it ("1.234", "99,8", "05") → its value. */
const vi = (text: string): number => Number(text.replace(/%$/, '').replace(/\./g, '').replace(',', '.'));
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const dmy = (iso: string) => iso.split('-').reverse().join('/');
/** A text up to its figures (a range "20–26" or a number alike), case and final stop aside. */
const alike = (text: string) =>
  text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim().replace(/[.;:,!?…]+$/, '').replace(/\d+(?:[.,]\d+)*(?:–\d+(?:[.,]\d+)*)?/g, '#');
/** Unit names as the report lists them ("UBND các xã A, B; Phòng Y tế") → full names. */
function unitNamesOf(list: string): string[] {
  return list.split('; ').flatMap((part) => {
    const m = /^(UBND|các) các (xã|thị trấn|phường) (.*)$/.exec(part) ?? /^(UBND) các (xã|thị trấn|phường) (.*)$/.exec(part);
    if (m) return m[3]!.split(', ').map((x) => `${m[1]} ${m[2]} ${x}`);
    const d = /^các phòng (.*)$/.exec(part);
    if (d) return d[1]!.split(', ').map((x) => `Phòng ${x}`);
    return part.split(', ');
  });
}

/** Whether a written number is the value rounded to as many decimals as written (a rate to one decimal). */
function shows(written: string, value: number | null | undefined): boolean {
  if (typeof value !== 'number') return false;
  const decimals = written.replace(/%$/, '').split(',')[1]?.length ?? 0;
  return Math.abs(vi(written) - value) <= 0.5 * 10 ** -decimals + 1e-9;
}

interface Body {
  /** Paragraphs between the introduction and the closing sentence. */
  paragraphs: string[];
}

function bodyOf(docx: Buffer): Body {
  const xml = zipText(readZip(docx), 'word/document.xml');
  // The body ends where the landscape section of the appendices starts; tables are figures' tables, not prose.
  const body = xml.slice(0, xml.indexOf('<w:sectPr')).replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const texts = paragraphsOf(body).map((p) => p.text.replace(/\s+/g, ' ').trim());
  const start = texts.findIndex((t) => t.startsWith('Thực hiện '));
  const end = texts.findIndex((t) => t.startsWith('Trên đây là báo cáo'));
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return { paragraphs: texts.slice(start, end) };
}

/** Sentences of a paragraph written from the figures: a full stop then a capital. */
const sentences = (p: string) => p.split(/(?<=\.)\s+(?=\p{Lu})/u);

class Checker {
  readonly errors: string[] = [];
  readonly byName: IndicatorResult[];
  readonly narratives: string[];
  area: string;
  /** Whether the paragraph being read states the year to date ("Lũy kế từ đầu năm đến ngày …"). */
  ytd = false;

  constructor(
    readonly c: Consolidation,
    readonly config: { basis?: { plan?: { number: string; date: string }; annualPlans?: Record<string, { number: string; date: string }>; requests?: { number: string; date: string }[] } },
  ) {
    // Longest names first: one name can begin another.
    this.byName = [...c.indicators].sort((a, b) => b.name.length - a.name.length);
    this.narratives = c.narratives.flatMap((n) =>
      n.entries.flatMap((e) =>
        [e.results, e.nextTasks, ...e.difficulties.flatMap((d) => [d.issue, d.cause]), ...e.proposals.map((x) => x.text)]
          .filter((x): x is string => x !== null)
          .map((x) => x.replace(/\s+/g, ' ')),
      ),
    );
    this.area = c.areas[0]!.id;
  }

  fail(where: string, what: string): void {
    this.errors.push(`${what} — in: ${where}`);
  }

  /** A paragraph quoted from what a unit wrote: every piece of it is in the JSON's narratives. */
  quoted(p: string): boolean {
    return p.split(/(?<=[.;!?])\s+/).every((piece) => this.narratives.some((n) => n.includes(piece)));
  }

  unitValue(name: string, indicator: string): { value: unknown; status: string } | null {
    const u = this.c.units.find((x) => x.name === name || x.name === `UBND ${name}`);
    const v = u?.values[indicator];
    return v ? { value: v.value, status: v.status } : null;
  }

  /** Every number left in `rest` once the claims are taken out is unexplained. */
  leftover(rest: string, where: string): void {
    const stripped = rest.replace(/năm \d{4}/g, '').replace(/\b(?:quý|Quý) [IV]+\b/g, '');
    const left = stripped.match(/\d[\d.,/]*/g);
    if (left) this.fail(where, `unexplained numbers ${JSON.stringify(left)}`);
  }

  paragraph(p: string): void {
    const heading = /^(?:[IVX]+\.|\d+\.) /.test(p) || /:$/.test(p) || /^(?:Biểu đồ|Bảng) \d+\./.test(p) || /^\(\d+\) /.test(p) || /^Nét liền/.test(p);
    if (heading) {
      const area = this.c.areas.find((a) => p === `${this.c.areas.indexOf(a)}. ${a.title}` || p.endsWith(`. ${a.title}`));
      const titled = this.c.areas.find((a) => p === `${a.title}:`);
      if (area ?? titled) this.area = (area ?? titled)!.id;
      this.ytd = false;
      return;
    }
    // Difficulties and proposals first: quoting a unit's words is not enough there (counts, routing).
    if (this.difficulty(p) || this.proposal(p)) return;
    if (this.quoted(p)) return;
    if (p.startsWith('Thực hiện ')) return this.intro(p);
    // A paragraph of figures goes on from its group's lead-in: a new area or a new lead-in resets it.
    if (/^(?:Trong |Tính đến ngày )/.test(p)) this.ytd = false;
    for (const s of sentences(p)) this.sentence(s);
  }

  intro(p: string): void {
    let rest = p;
    const b = this.config.basis ?? {};
    const docs = [b.plan, ...Object.values(b.annualPlans ?? {}), ...(b.requests ?? [])].filter((d): d is { number: string; date: string } => d !== undefined);
    for (const d of docs) rest = rest.replace(` ${d.number} `, ' ').replace(dmy(d.date), '');
    const w = this.c.period.window;
    if (!rest.includes(`(số liệu tính từ ngày ${dmy(w.from)} đến ngày ${dmy(w.to)})`)) this.fail(p, 'data window');
    rest = rest.replace(dmy(w.from), '').replace(dmy(w.to), '').replace('2021 - 2025', '');
    this.leftover(rest, p);
  }

  sentence(s: string): void {
    let rest = s;
    const lead = new RegExp(`^(?:Trong ${this.c.period.label}|Tính đến ngày (\\d\\d/\\d\\d/\\d{4})|(Lũy kế từ đầu năm) đến ngày (\\d\\d/\\d\\d/\\d{4})), `).exec(rest);
    if (lead) {
      const date = lead[1] ?? lead[3];
      if (date !== undefined && date !== dmy(this.c.period.window.to)) this.fail(s, `as-of date ${date}`);
      rest = rest.slice(lead[0].length);
      if (lead[2]) this.ytd = true;
      else if (lead[0].startsWith('Trong ') || lead[1]) this.ytd = false;
    }
    // A yes/no indicator named "Đã …" is said without its "Đã" (figures.flagNameDrop).
    const named = (i: IndicatorResult) => (i.type === 'boolean' ? i.name.replace(/^Đã /, '') : i.name);
    const ind = this.byName.find((i) => lower(rest).startsWith(lower(named(i))));
    if (ind) {
      // An indicator the plan reads "trong năm" is stated year to date in a report shorter than a year, and only it.
      const ytdReport = this.c.yearToDate !== null && this.c.yearToDate.id !== this.c.period.id;
      const readYtd = ytdReport && ind.window === 'year-to-date' && ind.yearToDate !== undefined;
      if (readYtd !== this.ytd) this.fail(s, `${ind.id}: ${readYtd ? 'the period alone for a year-to-date indicator' : 'year to date for an indicator of the period'}`);
      const view = readYtd && this.ytd ? { ...ind, figure: ind.yearToDate!.figure, targets: ind.yearToDate!.targets, previous: { ...ind.previous, value: null }, lastYear: ind.yearToDate!.lastYear } : ind;
      return this.indicator(view, rest.slice(named(ind).length), s);
    }
    if (lead) return this.fail(s, 'a lead-in without an indicator');
    this.other(rest, s);
  }

  indicator(ind: IndicatorResult, after: string, s: string): void {
    let rest = after;
    const take = (re: RegExp): RegExpExecArray | null => {
      const m = re.exec(rest);
      if (m) rest = rest.slice(0, m.index) + ' ' + rest.slice(m.index + m[0].length);
      return m;
    };
    const f = ind.figure;
    // The figure itself.
    const flag = take(/^: (\d+)\/(\d+) cơ quan, đơn vị đã thực hiện/);
    // A date ("là 17/01/2022") or a rating's level ("là Khá") is the figure's own value.
    const dated = flag ? null : take(/^\s*là (\d{2})\/(\d{2})\/(\d{4})/);
    const rated = flag || dated || !ind.scale ? null : take(/^\s*là (\p{L}[\p{L} ]*?)(?=[,;.]|$)/u);
    const main = flag ?? dated ?? rated ?? take(new RegExp(`^\\s*(?:đạt|là|thấp nhất là|cao nhất là) (?:hạng )?(${NUM}%?)`));
    if (dated) {
      if (`${dated[3]}-${dated[2]}-${dated[1]}` !== f.value) this.fail(s, `${ind.id}: ${dated[0].trim()} vs ${String(f.value)}`);
    } else if (rated) {
      if (ind.scale!.find((l) => l.name === rated[1])?.id !== f.value) this.fail(s, `${ind.id}: ${rated[1]} vs ${String(f.value)}`);
    } else if (flag) {
      if (vi(flag[1]!) !== f.yes || vi(flag[2]!) !== f.reporting) this.fail(s, `${ind.id}: ${flag[1]}/${flag[2]} vs yes ${f.yes}/${f.reporting}`);
    } else if (main) {
      if (!shows(main[1]!, f.value as number)) this.fail(s, `${ind.id}: ${main[1]} vs ${String(f.value)}`);
    } else {
      const done = take(/^: (đã|chưa) thực hiện/);
      if (!done) this.fail(s, `${ind.id}: no figure`);
      else if ((done[1] === 'đã') !== (f.value === true)) this.fail(s, `${ind.id}: ${done[1]} thực hiện vs ${String(f.value)}`);
    }
    // The counts of a rate.
    const counts = take(new RegExp(`^\\s*\\((${NUM})/(${NUM})[^)]*\\)`));
    if (counts && (!shows(counts[1]!, f.numerator ?? null) || !shows(counts[2]!, f.denominator ?? null))) {
      this.fail(s, `${ind.id}: counts ${counts[1]}/${counts[2]} vs ${f.numerator}/${f.denominator}`);
    }
    // Who holds an extreme.
    const holders = take(/^\s*tại ([^,;(]+?)(?=[,;(]| \(|\.$|$)/);
    if (holders) {
      for (const name of holders[1]!.split(', ')) {
        if (this.unitValue(name, ind.id)?.value !== f.value) this.fail(s, `${ind.id}: ${name} does not hold ${String(f.value)}`);
      }
    }
    // Changes against the periods compared, recomputed from the JSON.
    const changeRe = new RegExp(`(tăng|giảm) (${NUM})(%| điểm phần trăm| [^,;.(]+?)? so với (.+?)(?=[,;.(]|$)`);
    for (let m = take(changeRe); m; m = take(changeRe)) this.change(ind, m[1] === 'tăng' ? 1 : -1, m[2]!, m[3] ?? '', m[4]!.trim(), s);
    for (let m = take(/bằng (.+?)(?=[,;.(]|$)/); m; m = take(/bằng (.+?)(?=[,;.(]|$)/)) {
      this.change(ind, 0, '0', ind.isRate ? ' điểm phần trăm' : '', m[1]!.trim(), s);
    }
    // Each level's value against its own target.
    for (let m = take(new RegExp(`; (cấp [^;,]+?) đạt (${NUM}%?)((?:, (?:chưa )?đạt mục tiêu của Kế hoạch \\([^)]*\\))?)`)); m; m = take(new RegExp(`; (cấp [^;,]+?) đạt (${NUM}%?)((?:, (?:chưa )?đạt mục tiêu của Kế hoạch \\([^)]*\\))?)`))) {
      const t = ind.targets.find((x) => x.levelName === m![1]);
      if (!t || !shows(m[2]!, t.value as number)) this.fail(s, `${ind.id}: ${m[1]} ${m[2]}`);
      else if (m[3]) this.target(ind, t, m[3], s);
    }
    // Units of a level against the target.
    for (let m = take(/; (\d+)\/(\d+) đơn vị (cấp \S+) (đều đạt mục tiêu|đạt mục tiêu, chưa đạt: ([^;.]+))/); m; m = take(/; (\d+)\/(\d+) đơn vị (cấp \S+) (đều đạt mục tiêu|đạt mục tiêu, chưa đạt: ([^;.]+))/)) {
      const spread = this.spread(ind, m[3]!, s);
      if (spread && (vi(m[1]!) !== spread.met || vi(m[2]!) !== spread.met + spread.notMet)) this.fail(s, `${ind.id}: ${m[1]}/${m[2]} ${m[3]} vs ${spread.met}/${spread.met + spread.notMet}`);
      if (spread && m[5]) this.unitList(ind, spread, m[5], s);
    }
    for (let m = take(/; cả (\d+) đơn vị (cấp \S+) đều chưa đạt, thấp nhất: ([^;.]+)/); m; m = take(/; cả (\d+) đơn vị (cấp \S+) đều chưa đạt, thấp nhất: ([^;.]+)/)) {
      const spread = this.spread(ind, m[2]!, s);
      if (spread && (spread.met !== 0 || vi(m[1]!) !== spread.notMet)) this.fail(s, `${ind.id}: none of ${m[1]} met`);
      if (spread) this.unitList(ind, spread, m[3]!, s);
    }
    // The body-wide targets.
    for (let m = take(/, (?:chưa )?đạt mục tiêu của Kế hoạch(?: \([^)]*\))?/); m; m = take(/, (?:chưa )?đạt mục tiêu của Kế hoạch(?: \([^)]*\))?/)) {
      const t = ind.targets.find((x) => x.level === null && (x.status === 'met' || x.status === 'not-met'));
      if (!t) this.fail(s, `${ind.id}: no target judged`);
      else this.target(ind, t, m[0], s);
    }
    for (let m = take(/\(mục tiêu (?:năm (\d{4})|đến năm (\d{4})): ([^)]*)\)/); m; m = take(/\(mục tiêu (?:năm (\d{4})|đến năm (\d{4})): ([^)]*)\)/)) {
      const t = ind.targets.find((x) => x.status === 'not-due' && (m![1] ? x.reason === 'year-only' && Number(m![1]) === this.c.period.year : x.by === Number(m![2])));
      if (!t) this.fail(s, `${ind.id}: no target not yet due as said`);
      else this.thresholds(ind, t, m[3]!, s);
    }
    this.leftover(rest, s);
  }

  change(ind: IndicatorResult, sign: number, amount: string, unit: string, period: string, s: string): void {
    const which = period === 'quý trước' || period === ind.previous.label ? 'previous' : period === 'cùng kỳ năm trước' || period === ind.lastYear.label ? 'lastYear' : null;
    const before = which ? ind[which].value : null;
    const now = ind.figure.value;
    if (typeof before !== 'number' || typeof now !== 'number') return this.fail(s, `${ind.id}: a change against ${period} without data`);
    const r1 = (v: number) => Math.round(v * 10) / 10;
    let expected: number;
    if (unit === ' điểm phần trăm') expected = r1(r1(now) - r1(before));
    else if (unit === '%') expected = r1(((now - before) / before) * 100);
    else expected = now - before;
    if (Math.abs(sign * vi(amount) - expected) > 0.051) this.fail(s, `${ind.id}: change ${sign * vi(amount)}${unit} vs ${expected}`);
  }

  target(ind: IndicatorResult, t: TargetResult, clause: string, s: string): void {
    const status = /chưa đạt/.test(clause) ? 'not-met' : 'met';
    if (t.status !== status) this.fail(s, `${ind.id}: target ${status} vs ${t.status}`);
    const words = /\(([^)]*)\)/.exec(clause)?.[1];
    if (words) this.thresholds(ind, t, words, s);
  }

  thresholds(ind: IndicatorResult, t: TargetResult, words: string, s: string): void {
    const bounds = [t.min, t.max, t.stretch, t.change?.by ?? null].filter((x): x is number => x !== null);
    // A deadline's day ("trước ngày 31/12", "31/12/2021") is the target's own.
    if (t.deadline !== null) {
      for (const d of words.match(/\d{2}\/\d{2}(?:\/\d{4})?/g) ?? []) {
        const [dd, mm, yyyy] = d.split('/');
        if (!t.deadline.endsWith(`-${mm}-${dd}`) || (yyyy !== undefined && !t.deadline.startsWith(yyyy))) this.fail(s, `${ind.id}: deadline ${d} vs ${t.deadline}`);
      }
      words = words.replace(/\d{2}\/\d{2}(?:\/\d{4})?/g, '');
    }
    // A change target names its reference year ("so với năm 2021").
    const against = t.change && typeof t.change.against === 'number' ? ` năm ${t.change.against}` : null;
    for (const n of words.replace(against ?? '\u0000', '').match(new RegExp(NUM, 'g')) ?? []) {
      if (!bounds.some((b) => shows(n, b))) this.fail(s, `${ind.id}: threshold ${n} vs ${bounds.join(', ')}`);
    }
  }

  spread(ind: IndicatorResult, levelName: string, s: string): UnitSpread | null {
    const spread = this.c.spreads.find((x) => x.indicator === ind.id && x.levelName === levelName);
    if (!spread) this.fail(s, `${ind.id}: no spread for ${levelName}`);
    return spread ?? null;
  }

  unitList(ind: IndicatorResult, spread: UnitSpread, list: string, s: string): void {
    const others = / và (\d+) đơn vị khác$/.exec(list);
    const items = (others ? list.slice(0, others.index) : list).split(/(?<=\)), /);
    for (const item of items) {
      // A rating's unit is named with its level: "xã An Thanh (Khá)".
      const level = ind.scale ? /^(.+) \(([^)]+)\)$/.exec(item.trim()) : null;
      if (level) {
        const v = this.unitValue(level[1]!, ind.id);
        if (!v || ind.scale!.find((l) => l.name === level[2])?.id !== v.value || v.status !== 'not-met') this.fail(s, `${ind.id}: unit ${item}`);
        continue;
      }
      const m = new RegExp(`^(.+) \\((${NUM}%?)(?: [^)]*)?\\)$`).exec(item.trim());
      const v = m ? this.unitValue(m[1]!, ind.id) : null;
      if (!m || !v || !shows(m[2]!, v.value as number) || v.status !== 'not-met') this.fail(s, `${ind.id}: unit ${item}`);
    }
    const rest = others ? vi(others[1]!) : 0;
    if (items.length + rest !== spread.notMet) this.fail(s, `${ind.id}: ${items.length} named + ${rest} others vs ${spread.notMet} under target`);
  }

  /** Whether a text is a unit's own wording, up to its figures (texts alike but for figures are said once, with a range). */
  quotedAlike(text: string): boolean {
    const key = alike(text);
    return key !== '' && this.narratives.some((n) => alike(n).includes(key));
  }

  /** Units of a level as the body counts them: "22/23 đơn vị cấp xã[: names | , trừ names]". */
  levelCounts(list: string, units: readonly string[], where: string): void {
    for (const part of list.split(/; (?=\d+\/\d+ đơn vị )/)) {
      const m = /^(\d+)\/(\d+) đơn vị (cấp [^:,]+?)(?:: (.*)|, trừ (.*))?$/.exec(part);
      const level = m ? this.c.levels.find((l) => l.name === m[3]) : undefined;
      if (!m || !level) { this.fail(where, `units ${part}`); continue; }
      const inLevel = units.filter((u) => level.units.includes(u));
      // Out of the level's units that reported in the period, as the figures count them.
      const reporting = level.units.filter((u) => inLevel.includes(u) || !['missing', 'invalid'].includes(this.c.completeness.units.find((x) => x.unit === u)?.status ?? 'missing'));
      if (vi(m[1]!) !== inLevel.length || vi(m[2]!) !== reporting.length) this.fail(where, `${part}: ${inLevel.length}/${reporting.length}`);
      const named = unitNamesOf(m[4] ?? m[5] ?? '');
      const ids = named.map((n) => this.c.units.find((u) => u.name === n)?.unit);
      if (m[4] !== undefined && (ids.length !== inLevel.length || ids.some((id) => !id || !inLevel.includes(id)))) this.fail(where, `named ${m[4]}`);
      if (m[5] !== undefined && (ids.length !== reporting.length - inLevel.length || ids.some((id) => !id || inLevel.includes(id) || !reporting.includes(id)))) this.fail(where, `except ${m[5]}`);
    }
  }

  /** Section III: a difficulty (the lead's, or shared, with its units counted), its causes the units' words. */
  difficulty(p: string): boolean {
    const m = /^(.*?)(?: \((\d+\/\d+ đơn vị cấp .*)\))?\.(?: Nguyên nhân: (.*)\.)?$/.exec(p);
    if (!m || !this.quotedAlike(m[1]!)) return false;
    const n = this.c.narratives.find((x) => x.area === this.area)!;
    const groups = n.difficultyGroups.filter((g) => alike(g.issue) === alike(m[1]!));
    if (groups.length === 0) return false;
    const units = [...new Set(groups.flatMap((g) => g.units))];
    const leads = new Set(n.entries.filter((e) => e.lead).map((e) => e.unit));
    // A figure a unit wrote for a quarter must not stand in a half year's or a year's body.
    const periods = new Set(n.entries.filter((e) => units.includes(e.unit) && e.difficulties.length > 0).map((e) => e.period));
    if (/\d/.test(m[1]!) && [...periods].some((x) => x !== this.c.period.id)) this.fail(p, `a figure of ${[...periods].join(', ')} in the ${this.c.period.id} report`);
    if (m[2] === undefined) {
      if (!units.every((u) => leads.has(u))) this.fail(p, 'a difficulty of units without their count');
    } else this.levelCounts(m[2], units, p);
    // A cause can hold "; " itself: each piece must be (part of) one the units gave.
    for (const cause of (m[3] ?? '').split('; ').filter(Boolean)) {
      if (!groups.some((g) => g.causes.some((x) => alike(x).includes(alike(cause))))) this.fail(p, `cause not the units': ${cause}`);
    }
    return true;
  }

  /** Section V: a proposal to the level above or central bodies, and who made it. */
  proposal(p: string): boolean {
    const m = /^(Đề nghị .*?)(?: \(đề xuất của (.*)\))?\.$/.exec(p);
    if (!m) return false;
    const groups = this.c.narratives.flatMap((n) => n.proposalGroups.map((g) => ({ g, leads: new Set(n.entries.filter((e) => e.lead).map((e) => e.unit)) })))
      .filter(({ g }) => alike(g.text) === alike(m[1]!));
    if (groups.length === 0) return false;
    if (!groups.every(({ g, leads }) => g.to === 'upper' || g.to === 'central' || (g.to === null && g.units.every((u) => leads.has(u))))) {
      this.fail(p, 'a proposal not addressed above the body in section V');
    }
    const units = [...new Set(groups.flatMap(({ g }) => g.units))];
    if (m[2] !== undefined) {
      const counted = /^\d+ đơn vị cấp/.test(m[2]);
      if (counted) {
        const total = [...m[2].matchAll(/(\d+) đơn vị (cấp \S+)/g)].reduce((a, x) => a + vi(x[1]!), 0);
        if (total !== units.length) this.fail(p, `proposers ${m[2]} vs ${units.length}`);
      } else {
        const ids = unitNamesOf(m[2]).map((x) => this.c.units.find((u) => u.name === x)?.unit);
        if (ids.length !== units.length || ids.some((id) => !id || !units.includes(id))) this.fail(p, `proposers ${m[2]}`);
      }
    }
    return true;
  }

  /** Sentences about the reporting, the tasks and the targets as a whole. */
  other(s: string, where: string): void {
    const c = this.c;
    const cm = c.completeness;
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^Báo cáo được tổng hợp từ báo cáo của (\\d+)/(\\d+) cơ quan, đơn vị, UBND cấp xã \\((${NUM}%)\\), trong đó (\\d+) đơn vị gửi đúng hạn, (\\d+) đơn vị gửi trễ hạn\\.$`).exec(s))) {
      if (vi(m[1]!) !== cm.submitted || vi(m[2]!) !== cm.expected || !shows(m[3]!, cm.reportingRate) || vi(m[4]!) !== cm.onTime || vi(m[5]!) !== cm.late) this.fail(where, 'reporting counts');
      return;
    }
    const p = c.taskProgress.find((x) => x.area === this.area);
    if ((m = /^Trong (\d+) nhiệm vụ của lĩnh vực theo Kế hoạch: (.*)\.$/.exec(s))) {
      if (!p || vi(m[1]!) !== p.tasks) return this.fail(where, `tasks of ${this.area}`);
      const parts: [RegExp, number][] = [
        [/(\d+) nhiệm vụ đã hoàn thành/, p.done],
        [/(\d+) nhiệm vụ đang triển khai/, p.inProgress],
        [/(\d+) nhiệm vụ chưa triển khai/, p.notStarted],
        [/(\d+) nhiệm vụ chưa có đơn vị báo cáo/, p.unreported],
      ];
      let rest = m[2]!;
      for (const [re, n] of parts) {
        const x = re.exec(rest);
        if ((x ? vi(x[1]!) : 0) !== n) this.fail(where, `tasks of ${this.area}: ${re.source} vs ${n}`);
        if (x) rest = rest.replace(x[0], '');
      }
      return this.leftover(rest, where);
    }
    if ((m = /^Nhiệm vụ "(.*)" chưa triển khai tại (\d+)\/(\d+) cơ quan, đơn vị \((.*?)(?: và (\d+) đơn vị khác)?\)\.$/.exec(s))) {
      const lag = p?.lagging.find((x) => x.title === m![1]);
      if (!lag || vi(m[2]!) !== lag.notStarted || vi(m[3]!) !== lag.expected) return this.fail(where, `lagging task ${m[1]}`);
      // Unit names may hold commas ("Trung tâm Văn hóa, Thông tin và Thể thao huyện"): no more names than the JSON lists.
      const named = Math.min(lag.units.length, m[4]!.split(', ').length);
      if (named === 0 || named + (m[5] ? vi(m[5]) : 0) !== lag.notStarted) this.fail(where, `lagging task ${m[1]}: names`);
      return;
    }
    if ((m = /^Xem xét, giải quyết (\d+) nội dung đề xuất, kiến nghị của (\d+) cơ quan, đơn vị gửi /.exec(s))) {
      const own = c.narratives.flatMap((n) => {
        const leads = new Set(n.entries.filter((e) => e.lead).map((e) => e.unit));
        return n.proposalGroups.filter((g) => g.to === 'body' || (g.to === null && !g.units.every((u) => leads.has(u))));
      });
      // Proposals alike but for their figures are one content (per area and addressee).
      const contents = new Set(own.map((g) => `${c.narratives.find((n) => n.proposalGroups.includes(g))!.area} ${alike(g.text)}`));
      if (vi(m[1]!) !== contents.size || vi(m[2]!) !== new Set(own.flatMap((g) => g.units)).size) this.fail(where, `proposals to the body: ${contents.size} from ${new Set(own.flatMap((g) => g.units)).size}`);
      return;
    }
    if ((m = /^Ngoài các nội dung trên, (\d+) cơ quan, đơn vị nêu khó khăn, vướng mắc riêng/.exec(s))) {
      const single = new Set<string>();
      for (const n of c.narratives) {
        const leads = new Set(n.entries.filter((e) => e.lead).map((e) => e.unit));
        const byKey = new Map<string, Set<string>>();
        for (const g of n.difficultyGroups) byKey.set(alike(g.issue), new Set([...(byKey.get(alike(g.issue)) ?? []), ...g.units]));
        for (const units of byKey.values()) if (units.size === 1 && ![...units].every((u) => leads.has(u))) single.add([...units][0]!);
      }
      if (vi(m[1]!) !== single.size) this.fail(where, `units with their own difficulties: ${single.size}`);
      return;
    }
    const judged = c.indicators.filter((i) => i.status === 'met' || i.status === 'not-met');
    const met = judged.filter((i) => i.status === 'met');
    if ((m = /^(\d+)\/(\d+) chỉ tiêu được đánh giá trong (?:kỳ|năm) đạt mục tiêu của Kế hoạch \((.*)\)\.$/.exec(s))) {
      if (vi(m[1]!) !== met.length || vi(m[2]!) !== judged.length) this.fail(where, 'targets met');
      for (const part of m[3]!.split('; ')) {
        const x = /^(.*) (\d+)\/(\d+)$/.exec(part);
        const area = c.areas.find((a) => lower(a.title) === x?.[1]);
        if (!x || !area) { this.fail(where, `area count ${part}`); continue; }
        const inArea = judged.filter((i) => i.area === area.id);
        if (vi(x[2]!) !== inArea.filter((i) => i.status === 'met').length || vi(x[3]!) !== inArea.length) this.fail(where, `area count ${part}`);
      }
      return;
    }
    if ((m = /^Một số chỉ tiêu chủ yếu đạt mục tiêu: (.*)\.$/.exec(s))) {
      for (const part of m[1]!.split('; ')) {
        const x = new RegExp(`^(.*) đạt (${NUM}%?)$`).exec(part);
        const ind = x ? c.indicators.find((i) => lower(i.name) === x[1]) : undefined;
        if (!x || !ind) { this.fail(where, `main result ${part}`); continue; }
        const ytd = ind.window === 'year-to-date' && ind.yearToDate && c.yearToDate !== null && c.yearToDate.id !== c.period.id;
        const judged = ytd ? ind.yearToDate! : ind;
        if (judged.status !== 'met' || !shows(x[2]!, judged.figure.value as number)) this.fail(where, `main result ${part}: ${String(judged.figure.value)} ${judged.status}`);
      }
      return;
    }
    if ((m = /^Còn (\d+)\/(\d+) chỉ tiêu chưa đạt mục tiêu của Kế hoạch: (.*)\.$/.exec(s))) {
      if (vi(m[1]!) !== judged.length - met.length || vi(m[2]!) !== judged.length) this.fail(where, 'targets not met');
      return;
    }
    const lists: [RegExp, string][] = [
      [/^Còn (\d+) cơ quan, đơn vị chưa gửi báo cáo: /, 'missing'],
      [/^(\d+) cơ quan, đơn vị gửi báo cáo trễ hạn: /, 'late'],
      [/^(\d+) cơ quan, đơn vị chưa báo cáo đủ số liệu các kỳ: /, 'partial'],
      [/^Báo cáo của (\d+) cơ quan, đơn vị có lỗi số liệu/, 'invalid'],
    ];
    for (const [re, status] of lists) {
      if ((m = re.exec(s))) {
        if (vi(m[1]!) !== cm.units.filter((u) => u.status === status).length) this.fail(where, `${status} units`);
        return;
      }
    }
    this.leftover(s, where);
  }
}

describe('every number in the body of the Word report is the JSON consolidation\'s', () => {
  const out = mkdtempSync(join(tmpdir(), 'cchc-consistency-'));
  const config = parse(readFileSync(join(REPO, 'cchc.yaml'), 'utf8'), { version: '1.2' }) as ConstructorParameters<typeof Checker>[1];
  const reports = new Map<string, { body: Body; c: Consolidation }>();

  beforeAll(() => {
    for (const p of PERIODS) {
      const r = cchc(['report', '--period', p, '--format', 'docx,json', '--out', out], { cwd: REPO });
      expect(r.code, r.stderr).toBe(0);
      reports.set(p, {
        body: bodyOf(readFileSync(join(out, `bao-cao-cchc-${p}.docx`))),
        c: JSON.parse(readFileSync(join(out, `bao-cao-cchc-${p}.json`), 'utf8')) as Consolidation,
      });
    }
  }, 120_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  for (const p of PERIODS) {
    it(`${p}: every number is explained by the JSON`, () => {
      const { body, c } = reports.get(p)!;
      const checker = new Checker(c, config);
      for (const paragraph of body.paragraphs) checker.paragraph(paragraph);
      expect(checker.errors).toEqual([]);
      // The check has something to check: most paragraphs are written from the figures.
      expect(body.paragraphs.filter((x) => /\d/.test(x) && !checker.quoted(x)).length).toBeGreaterThan(10);
    });
  }

  it('catches a number that is not the JSON\'s', () => {
    const { body, c } = reports.get('2024Q2')!;
    const checker = new Checker(c, config);
    const rate = c.indicators.find((i) => i.id === 'ty-le-dung-han')!;
    const shown = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(rate.figure.value as number);
    const paragraph = body.paragraphs.find((x) => x.includes(`${shown}%`) && x.includes(lower(rate.name).slice(1)))!;
    expect(paragraph).toBeDefined();
    checker.paragraph(paragraph.replace(`${shown}%`, '97,1%'));
    checker.paragraph(paragraph.replace(/(\d+)\/(\d+) đơn vị cấp xã/, (_, a: string, b: string) => `${Number(a) + 1}/${b} đơn vị cấp xã`));
    checker.paragraph('Trong 06 nhiệm vụ của lĩnh vực theo Kế hoạch: 01 nhiệm vụ đã hoàn thành ở tất cả cơ quan, đơn vị được giao.');
    checker.paragraph('Số liệu bịa: 12.345 hồ sơ.');
    expect(checker.errors.length).toBeGreaterThanOrEqual(3);
    // A difficulty's units miscounted, and a commune's request to the body shown as a proposal to the level above.
    // An indicator read 'trong năm' given for the quarter alone (the year to date is what the plan reads).
    const inspected = c.indicators.find((i) => i.id === 'ty-le-kiem-tra')!;
    const quarterOnly = checker.errors.length;
    checker.paragraph(`Trong ${c.period.label}, ${lower(inspected.name)} đạt 13,2% (05/38 đơn vị).`);
    expect(checker.errors.length).toBe(quarterOnly + 1);
    const before = checker.errors.length;
    const shared = body.paragraphs.find((x) => /\(\d+\/\d+ đơn vị cấp xã\)\. Nguyên nhân: /.test(x))!;
    expect(shared).toBeDefined();
    checker.paragraph(shared.replace(/\((\d+)\/(\d+) đơn vị cấp xã\)/, (_, a: string, b: string) => `(${Number(a) + 1}/${b} đơn vị cấp xã)`));
    expect(checker.errors.length).toBe(before + 1);
    const toBody = c.narratives.flatMap((n) => n.proposalGroups).find((g) => g.to === 'body')!;
    expect(body.paragraphs.some((x) => x.startsWith(toBody.text.replace(/\.$/, '')))).toBe(false);
    checker.paragraph(toBody.text);
    expect(checker.errors.length).toBe(before + 2);
  });
});
