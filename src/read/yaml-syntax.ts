import { parseDocument } from 'yaml';
import { yamlMessages as m } from '../i18n/yaml.js';

/** One syntax mistake: the line that is wrong (1-based), where on it, and what to do, worded. */
export interface SyntaxMistake {
  line: number;
  column: number;
  detail: string;
}

/** A file with more mistakes than this is reported by its first ones. */
export const MAX_SYNTAX_MISTAKES = 10;

interface YamlError {
  code: string;
  line: number;
  column: number;
}

/** The mistake found, and how the usual fix changes the lines (to look for the next mistake). */
interface Explained extends SyntaxMistake {
  fix?: (lines: string[]) => string[];
}

const OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: false, prettyErrors: false, strict: true } as const;

/** The first syntax error the parser finds (duplicate keys are not syntax errors), 1-based. */
function firstError(lines: readonly string[]): YamlError | null {
  const text = lines.join('\n');
  let first: { code: string; pos: number } | null = null;
  for (const e of parseDocument(text, OPTIONS).errors) {
    if (e.code === 'DUPLICATE_KEY') continue;
    if (first === null || e.pos[0] < first.pos) first = { code: e.code, pos: e.pos[0] };
  }
  if (first === null) return null;
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < first.pos; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { code: first.code, line, column: first.pos - start + 1 };
}

const bare = (l: string) => l.replace(/\r$/, '');
const indentOf = (l: string) => /^ */.exec(l)![0].length;
const isContent = (l: string) => bare(l).trim() !== '' && !bare(l).trimStart().startsWith('#');

/** `key: value` (or `- key: value`) with a value on the same line; null for other lines. */
function keyValue(l: string): { lead: string; key: string; value: string; comment: string } | null {
  const m = /^(\s*(?:-\s+)*)((?:"[^"]*"|'[^']*'|[^\s#'"[\]{},][^:#]*?))[ \t]*:[ \t]+(.*)$/.exec(bare(l));
  if (!m) return null;
  const rest = m[3]!;
  const hash = rest.search(/\s#/);
  return { lead: m[1]!, key: m[2]!, value: (hash === -1 ? rest : rest.slice(0, hash)).trimEnd(), comment: hash === -1 ? '' : rest.slice(hash) };
}

/** A value written as plain text (not quoted, not a list, mapping, block text, anchor or tag). */
const isPlain = (value: string) => value !== '' && !/^["'[{|>&*!%@`]/.test(value);

/** The line above `i` (0-based) that has content, or -1. */
function previousContent(lines: readonly string[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (isContent(lines[j]!)) return j;
  return -1;
}

/** Whether a content line opens a block of its own (`key:` alone, `- key:`, `key: |`, `-`). */
function opensBlock(l: string): boolean {
  const t = bare(l).replace(/\s#.*$/, '').trimEnd();
  return /:$/.test(t) || /:\s+[|>][-+0-9]*$/.test(t) || /^\s*-$/.test(t);
}

/** Indentations of the entries the line at `i` can line up with: its ancestors' and, under a `key:`, one deeper. */
function levelsAbove(lines: readonly string[], i: number): number[] {
  const levels: number[] = [];
  let limit = Infinity;
  for (let j = i - 1; j >= 0 && limit > 0; j--) {
    const l = lines[j]!;
    if (!isContent(l)) continue;
    const ind = indentOf(l);
    if (ind < limit) {
      levels.push(ind);
      limit = ind;
    }
  }
  return levels.sort((a, b) => a - b);
}

const withIndent = (l: string, n: number) => ' '.repeat(n) + bare(l).replace(/^[ \t]*/, '') + (l.endsWith('\r') ? '\r' : '');

/** Replaces line `i` (0-based) and returns the new lines. */
function replaced(lines: readonly string[], i: number, line: string): string[] {
  const out = lines.slice();
  out[i] = line;
  return out;
}

function tabIndent(lines: readonly string[], upTo: number): Explained | null {
  for (let i = 0; i <= Math.min(upTo, lines.length - 1); i++) {
    const lead = /^[ \t]*/.exec(lines[i]!)![0];
    if (!lead.includes('\t') || !isContent(lines[i]!)) continue;
    const p = previousContent(lines, i);
    const prev = p === -1 ? 0 : indentOf(lines[p]!);
    const options = [...new Set([p !== -1 && opensBlock(lines[p]!) ? prev + 2 : prev, ...levelsAbove(lines, i)])];
    // The level that lets the parse go furthest is the one the tab stood for.
    const fixedAt = (n: number) => replaced(lines, i, withIndent(lines[i]!, n));
    const want = options.length > 1 ? options.reduce((a, b) => (reach(fixedAt(b)) > reach(fixedAt(a)) ? b : a)) : options[0]!;
    return {
      line: i + 1,
      column: lead.indexOf('\t') + 1,
      detail: m.t('tab', { line: i + 1 }),
      fix: (ls) => replaced(ls, i, withIndent(ls[i]!, want)),
    };
  }
  return null;
}

function colonInText(lines: readonly string[], around: number): Explained | null {
  for (const i of [around, around - 1, around + 1]) {
    const l = lines[i];
    if (l === undefined) continue;
    const kv = keyValue(l);
    if (!kv || !isPlain(kv.value) || !/:(\s|$)/.test(kv.value)) continue;
    const quoted = JSON.stringify(kv.value);
    const written = `${kv.key}: ${quoted}`;
    return {
      line: i + 1,
      column: bare(l).indexOf(kv.value) + 1,
      detail: m.t('colon', { key: kv.key, example: written }),
      fix: (ls) => replaced(ls, i, `${kv.lead}${written}${kv.comment}`),
    };
  }
  return null;
}

/** Texts larger than this get the first explanation that fits, without trying fixes (each try parses the text again). */
const SEARCH_LIMIT = 300_000;

/** How far a fix carries the parse: the line of the next error, or Infinity when none is left. */
function reach(lines: readonly string[]): number {
  return firstError(lines)?.line ?? Infinity;
}

/** A sibling of line `i` at `indent` (1-based): the entry before it under the same parent, else the one after, or null. */
function lineIndented(lines: readonly string[], i: number, indent: number): number | null {
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const l = lines[j]!;
      if (!isContent(l) || /^\s*\t/.test(l)) continue;
      if (indentOf(l) === indent) return j + 1;
      if (indentOf(l) < indent) break;
    }
  }
  return null;
}

/**
 * A line indented off its level: the parser often stops on the line after it
 * (a child that no longer fits) or before it (a value that seems to go on), so
 * the lines around the error are each tried at the levels they could have, and
 * the one whose fix carries the parse furthest is the line that is wrong.
 */
function wrongIndent(lines: readonly string[], at: number, search: boolean): Explained | null {
  let best: { i: number; indent: number; reach: number } | null = null;
  const window = search ? [at, at + 1, at - 1, at + 2, at - 2, at - 3] : [at];
  for (const i of window) {
    const l = lines[i];
    if (l === undefined || !isContent(l)) continue;
    const p = previousContent(lines, i);
    const levels = new Set(levelsAbove(lines, i));
    if (p !== -1 && opensBlock(lines[p]!)) levels.add(indentOf(lines[p]!) + 2);
    levels.delete(indentOf(l));
    for (const indent of levels) {
      const r = search ? reach(replaced(lines, i, withIndent(l, indent))) : at + 2;
      if (r > at + 1 && (best === null || r > best.reach)) best = { i, indent, reach: r };
    }
  }
  if (best === null) return null;
  const { i, indent } = best;
  const l = lines[i]!;
  const p = previousContent(lines, i);
  const above = p === -1 ? null : lines[p]!;
  const kv = above === null ? null : keyValue(above);
  const leafAbove = above !== null && ((kv !== null && isPlain(kv.value) && !opensBlock(above)) || /^\s*-\s+[^\s:#][^:]*$/.test(bare(above)));
  const detail =
    leafAbove && indentOf(l) > indentOf(above!) && indent === indentOf(above!)
      ? m.t('indent.deeper', { line: i + 1, indent: indentOf(l), above: p + 1, aboveIndent: indentOf(above!) })
      : m.t('indent.misaligned', {
          line: i + 1,
          indent: indentOf(l),
          want: indent,
          sibling: lineIndented(lines, i, indent) ?? '',
        });
  return { line: i + 1, column: 1, detail, fix: (ls) => replaced(ls, i, withIndent(ls[i]!, indent)) };
}

function unclosedQuote(lines: readonly string[], around: number): Explained | null {
  for (let i = Math.min(around, lines.length - 1); i >= 0; i--) {
    const kv = keyValue(lines[i] ?? '');
    const value = kv ? bare(lines[i]!).slice(bare(lines[i]!).indexOf(':', kv.lead.length + kv.key.length) + 1).trim() : '';
    const quote = value[0];
    if (quote !== '"' && quote !== "'") continue;
    const body = value.slice(1);
    const closed = quote === '"' ? /(^|[^\\])(\\\\)*"/.test(body) : /'(?!')/.test(body.replace(/''/g, ''));
    if (closed) continue;
    return {
      line: i + 1,
      column: bare(lines[i]!).indexOf(value) + 1,
      detail: m.t('quote', { line: i + 1, quote }),
      fix: (ls) => replaced(ls, i, `${bare(ls[i]!)}${quote}`),
    };
  }
  return null;
}

/** A `[` or `{` opened on a line and never closed there: the next lines are read into it. */
function unclosedBracket(lines: readonly string[], around: number): Explained | null {
  for (let i = Math.min(around, lines.length - 1); i >= Math.max(0, around - 20); i--) {
    const l = bare(lines[i]!);
    const start = /^\s*(?:-\s+)*(?:[^\s#'"[\]{},][^:#]*?:\s+)?(?=[[{])/.exec(l);
    if (!start) continue;
    // Quoted parts hold no brackets that count.
    const body = l.slice(start[0].length).replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '').replace(/\s#.*$/, '');
    const open: string[] = [];
    for (const c of body) {
      if (c === '[' || c === '{') open.push(c === '[' ? ']' : '}');
      else if ((c === ']' || c === '}') && open.length) open.pop();
    }
    if (open.length === 0) continue;
    const closing = open.reverse().join('');
    return {
      line: i + 1,
      column: start[0].length + 1,
      detail: m.t('bracket', { line: i + 1, open: body.trimStart()[0]!, close: closing }),
      fix: (ls) => replaced(ls, i, `${bare(ls[i]!)}${closing}`),
    };
  }
  return null;
}

const GENERIC_KEYS = new Set([
  'BAD_INDENT',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'MISSING_CHAR',
  'UNEXPECTED_TOKEN',
  'BAD_DQ_ESCAPE',
  'MULTIPLE_DOCS',
  'BAD_SCALAR_START',
  'BLOCK_IN_FLOW',
  'KEY_OVER_1024_CHARS',
  'TAB_AS_INDENT',
]);

/** What the parser found, at its line, in the user's words, with the usual fix. */
function explain(lines: readonly string[], e: YamlError, search: boolean): Explained {
  const at = e.line - 1;
  // A quote left open swallows the lines after it: look for it first when the parser says something is missing.
  const open =
    e.code === 'MISSING_CHAR' || e.code === 'BAD_DQ_ESCAPE'
      ? (unclosedQuote(lines, at) ?? unclosedBracket(lines, at))
      : e.code === 'BAD_INDENT' || e.code === 'UNEXPECTED_TOKEN' || e.code === 'BLOCK_IN_FLOW'
        ? unclosedBracket(lines, at)
        : null;
  const found =
    open ??
    tabIndent(lines, at + 1) ??
    colonInText(lines, at) ??
    wrongIndent(lines, at, search) ??
    (e.code === 'UNEXPECTED_TOKEN' ? unclosedQuote(lines, at) : null);
  if (found) return found;
  const what = GENERIC_KEYS.has(e.code) ? m.t(`what.${e.code}` as Parameters<typeof m.t>[0]) : m.t('what.other');
  return { line: e.line, column: e.column, detail: m.t('generic', { what }) };
}

/** Leaves out line `i` (0-based) and the lines indented under it, so what hangs from a broken line is not reported again. */
function withoutBlock(lines: readonly string[], i: number): string[] {
  const out = lines.slice();
  const ind = indentOf(out[i]!);
  out[i] = '';
  for (let j = i + 1; j < out.length && (!isContent(out[j]!) || indentOf(out[j]!) > ind); j++) out[j] = '';
  return out;
}

/**
 * Every syntax mistake of a YAML text, one finding each: the parser's first
 * error is traced to the line that is wrong (a tab, text with ':' left
 * unquoted, a line indented off its siblings, a quote left open), worded with
 * the usual fix; the fix is then applied to a copy and the text parsed again
 * for the next mistake, so the errors that follow from one mistake are not
 * reported as more. Lines keep their numbers throughout (fixes never add or
 * remove lines).
 */
export function syntaxMistakes(text: string): SyntaxMistake[] {
  let lines = text.split('\n');
  const search = text.length <= SEARCH_LIMIT;
  const out: SyntaxMistake[] = [];
  const reported = new Set<number>();
  let error = firstError(lines);
  // A large text is parsed once more at most: its first mistake is explained, not every one.
  const most = search ? MAX_SYNTAX_MISTAKES : 1;
  while (error !== null && out.length < most) {
    const found = explain(lines, error, search);
    if (reported.has(found.line)) break; // no progress: say what was found
    reported.add(found.line);
    out.push({ line: found.line, column: found.column, detail: found.detail });
    let next = found.fix?.(lines) ?? null;
    let after = next ? firstError(next) : null;
    // A fix that leaves an error on that line or before did not fix it: leave the line (and its block) out instead.
    if (next === null || (after !== null && after.line <= found.line)) {
      next = withoutBlock(lines, found.line - 1);
      after = firstError(next);
    }
    lines = next;
    error = after;
  }
  return out;
}
