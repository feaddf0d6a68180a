import { LineCounter, Lexer, parseDocument, isAlias, isMap, isSeq, isPair, isScalar, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { itemIndex, type DataPath, type Locator } from '../model/submission.js';
import type { Position } from '../model/diagnostic.js';
import { NULL_LOCATOR, type ReadProblem, type ReadResult } from './types.js';
import { normalizeText } from './normalize.js';
import { MAX_YAML_NODES, parseYamlFast } from './yaml-fast.js';
import { syntaxMistakes } from './yaml-syntax.js';

/** Larger YAML files are refused before parsing: no real submission comes near this. */
export const MAX_YAML_BYTES = 5 * 1024 * 1024;
const MAX_ALIAS_COUNT = 100;
const MAX_DEPTH = 64;
/** Duplicate keys reported for one file; the count of the rest is given. */
const MAX_DUPLICATE_KEYS = 50;
/** Texts at most this long cannot hold MAX_YAML_NODES values: they are parsed without counting first. */
const COUNT_FROM = 256 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function problem(
  code: string,
  params: ReadProblem['params'] = {},
  pos: { line: number | null; column: number | null } = { line: null, column: null },
): ReadProblem {
  return { severity: 'error', code, params, line: pos.line, column: pos.column, cell: null, path: '' };
}

/**
 * Whether bytes are UTF-16 text (what Notepad calls "Unicode"): a UTF-16 byte
 * order mark, or ASCII text with a zero byte beside every character.
 */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return even === n / 2 || odd === n / 2;
}

/**
 * Decodes bytes as UTF-8 text, refusing binary content and saying what else
 * it is when it can (UTF-16). Line ends become "\n" (CR LF from Windows, a
 * lone CR from old Mac editors), as YAML reads them.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: ReadProblem } {
  const nul = bytes.indexOf(0);
  if (nul !== -1 || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: isUtf16(bytes) ? problem('file-utf16') : problem('file-binary', { offset: nul }) };
  }
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.includes('\r')) text = text.replace(CR_LINE_END, '\n');
    return { text };
  } catch {
    return { problem: problem('file-not-utf8') };
  }
}

const CR_LINE_END = /\r\n?/g;

/** Characters that matter to the flow-depth scan; everything else is skipped by the regex engine. */
const FLOW_SYNTAX = /["'#[\]{}\n\\]/g;

/** Where a quote may open a quoted scalar: at the start of a line or after one of these (spaces between). */
const SCALAR_STARTS = new Set(['', '\n', '[', '{', ',', ':', '-', '?']);

/**
 * Cheap depth check on the text so the recursive parser never meets a
 * pathological nesting: the offset where flow nesting passes `limit`, or -1.
 * It follows YAML's own rules where they matter for counting: a `#` starts a
 * comment only after a space or at a line start (`[x#, [[[` nests), a quote
 * opens a quoted scalar only where a scalar starts (`[it's, [[[` nests), and a
 * double-quoted scalar's `\"` does not close it. It may count too deep (a
 * bracket in a quoted text running over lines), never too shallow; the parser
 * is guarded against stack overflow anyway (readYaml).
 */
function flowDepthExceeds(text: string, limit: number): number {
  let depth = 0;
  let inQuote: string | null = null;
  FLOW_SYNTAX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FLOW_SYNTAX.exec(text))) {
    const c = m[0];
    const at = m.index;
    if (inQuote) {
      if (c === '\\' && inQuote === '"') FLOW_SYNTAX.lastIndex = at + 2;
      else if (c === inQuote) {
        // '' inside a single-quoted scalar is a quote, not its end.
        if (c === "'" && text[at + 1] === "'") FLOW_SYNTAX.lastIndex = at + 2;
        else inQuote = null;
      } else if (c === '\n') inQuote = null;
      continue;
    }
    if (c === '"' || c === "'") {
      if (SCALAR_STARTS.has(previousSignificant(text, at))) inQuote = c;
    } else if (c === '#') {
      const before = at === 0 ? '\n' : text[at - 1]!;
      if (before !== ' ' && before !== '\t' && before !== '\n') continue;
      const nl = text.indexOf('\n', at);
      if (nl === -1) break;
      FLOW_SYNTAX.lastIndex = nl;
    } else if (c === '[' || c === '{') {
      if (++depth > limit) return at;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return -1;
}

/** The character before `at`, spaces and tabs skipped ('' at the start of the text). */
function previousSignificant(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 ? '' : text[i]!;
}

/**
 * Block nesting: indentation is a proxy for depth (2+ columns a level), and so
 * is every compact indicator before the content ("- - - x", "? ? x"), which
 * nests without indenting. The offset of the first line past `limit`, or -1.
 */
function blockDepthExceeds(text: string, limit: number): number {
  const re = /^([ \t]*(?:[-?:][ \t]+)*)\S/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[1]!.length > limit * 4) return m.index;
    if (m[0].length === 0) re.lastIndex++;
  }
  return -1;
}

/** Mappings with more pairs than this are looked up through an index (made on the first question). */
const INDEX_FROM = 32;

/** Locator over a parsed YAML document. */
export class YamlLocator implements Locator {
  private readonly indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** The pair of `key` in `map` (the first one, as find gives it, when a key is written twice). */
  private pairOf(map: YAMLMap, key: string): Pair | undefined {
    const items = map.items as Pair[];
    if (items.length <= INDEX_FROM) return items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    let index = this.indexes.get(map);
    if (index === undefined) {
      index = new Map();
      for (const p of items) if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      this.indexes.set(map, index);
    }
    return index.get(key);
  }

  private pos(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col, cell: null };
  }

  locate(path: DataPath, target: 'key' | 'value' = 'value'): Position {
    let node: unknown = this.doc.contents;
    let keyNode: unknown = null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = this.pairOf(node, String(seg));
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && node.items[itemIndex(seg)]) {
        keyNode = null;
        node = node.items[itemIndex(seg)];
      } else break;
    }
    // A value left empty ("key:" and nothing) is shown at its key: there is nothing else to point at.
    const empty = isScalar(node) && node.value === null && node.range != null && node.range[0] === node.range[1];
    const chosen = ((target === 'key' || empty) && keyNode ? keyNode : node) as Node | null;
    const range = chosen?.range ?? (keyNode as Node | null)?.range;
    if (!range) return { line: 1, column: 1, cell: null };
    return this.pos(range[0]);
  }
}

/**
 * Reads a YAML submission safely: YAML 1.2 core schema whatever the file's
 * %YAML directive says, duplicate keys reported, alias bombs refused, deep
 * nesting refused, text normalised to NFC. Plain files (most) are read by the
 * fast reader (yaml-fast.ts), which gives the same data and positions; the
 * rest, and `full: true`, by the `yaml` package.
 */
export function readYaml(bytes: Uint8Array, options: { full?: boolean } = {}): ReadResult {
  if (bytes.byteLength > MAX_YAML_BYTES) {
    return { data: undefined, locator: NULL_LOCATOR, problems: [problem('file-too-large', { size: bytes.byteLength, limit: MAX_YAML_BYTES })] };
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { data: undefined, locator: NULL_LOCATOR, problems: [decoded.problem] };
  const text = decoded.text;
  if (text.trim() === '') return { data: undefined, locator: NULL_LOCATOR, problems: [problem('file-empty')] };
  // The fast reader takes plain files (nested at most 32 deep); the rest goes through the checks below.
  if (!options.full) {
    const fast = parseYamlFast(text);
    if (fast === 'too-many-nodes') return tooManyValues();
    if (fast) return { data: fast.data, locator: fast.locator, problems: [] };
  }
  // The parser's memory grows with the values it reads (~1 KB each): a large text is counted first.
  if (text.length > COUNT_FROM && valueCount(text) > MAX_YAML_NODES) return tooManyValues();
  const deep = [flowDepthExceeds(text, MAX_DEPTH), blockDepthExceeds(text, MAX_DEPTH)].filter((o) => o !== -1);
  if (deep.length) {
    const { line, column } = lineColumn(text, Math.min(...deep));
    return { data: undefined, locator: NULL_LOCATOR, problems: [problem('yaml-too-deep', { limit: MAX_DEPTH }, { line, column })] };
  }
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, {
      version: '1.2',
      schema: 'core',
      lineCounter: lines,
      // Duplicate keys are found below, a set per mapping: the parser's own check is quadratic in a mapping's keys.
      uniqueKeys: false,
      prettyErrors: false,
      keepSourceTokens: false,
      strict: true,
    });
  } catch (err) {
    // Nesting that fooled the depth checks above ends here, not in a crash.
    if (err instanceof RangeError) return { data: undefined, locator: NULL_LOCATOR, problems: [problem('yaml-too-deep', { limit: MAX_DEPTH })] };
    return { data: undefined, locator: NULL_LOCATOR, problems: [problem('yaml-syntax', { detail: String(err) })] };
  }
  const locator = new YamlLocator(doc, lines);
  const problems: ReadProblem[] = [];
  // Syntax errors are traced to the lines that are wrong, one finding each (one mistake makes the parser
  // report many, and a flood of them is not read through: syntaxMistakes stops at a few).
  if (doc.errors.length) {
    for (const s of syntaxMistakes(text)) problems.push(problem('yaml-syntax', { detail: s.detail }, { line: s.line, column: s.column }));
    if (problems.length === 0) {
      const { line, col } = lines.linePos(doc.errors[0]!.pos[0]);
      problems.push(problem('yaml-syntax', { detail: firstLine(doc.errors[0]!.message) }, { line, column: col }));
    }
  }
  if (problems.some((p) => p.code === 'yaml-syntax')) return { data: undefined, locator, problems };
  problems.push(...duplicateKeys(doc, lines));
  const tags = unsupportedTags(doc, lines);
  if (tags.length) return { data: undefined, locator, problems: [...problems, ...tags] };
  // Aliases repeat what they name: the data they would make is counted before it is made.
  const expanded = expandedSize(doc);
  if (expanded === 'deep') return { data: undefined, locator, problems: [...problems, problem('yaml-too-deep', { limit: MAX_DEPTH })] };
  if (expanded > MAX_YAML_NODES) {
    let at: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        at = node.range?.[0];
        return visit.BREAK;
      },
    });
    const pos = at === undefined ? { line: null, column: null } : (({ line, col }) => ({ line, column: col }))(lines.linePos(at));
    return { data: undefined, locator, problems: [...problems, problem('yaml-alias-limit', { detail: `> ${MAX_YAML_NODES}` }, pos)] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (err instanceof RangeError) return { data: undefined, locator, problems: [...problems, problem('yaml-too-deep', { limit: MAX_DEPTH })] };
    const msg = err instanceof Error ? err.message : String(err);
    const code = /alias/i.test(msg) ? 'yaml-alias-limit' : 'yaml-syntax';
    // Point at the first alias: that is where the expansion starts.
    let at: number | undefined;
    if (code === 'yaml-alias-limit') {
      visit(doc, {
        Alias(_key, node) {
          at = node.range?.[0];
          return visit.BREAK;
        },
      });
    }
    const pos = at === undefined ? { line: null, column: null } : (({ line, col }) => ({ line, column: col }))(lines.linePos(at));
    problems.push(problem(code, { detail: firstLine(msg) }, pos));
    return { data: undefined, locator, problems };
  }
  return { data: normalizeText(data), locator, problems };
}

/** The tags of YAML's core schema: a file may spell a type it has anyway (`!!str 007`). */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Explicit tags outside the core schema (`!!timestamp`, `!!binary`, `!local`):
 * the parser would make a date object or bytes of them, which no report
 * field takes; said at the tag, as such.
 */
function unsupportedTags(doc: Document, lines: LineCounter): ReadProblem[] {
  const out: ReadProblem[] = [];
  visit(doc, (_key, node) => {
    if (node === null || typeof node !== 'object') return;
    const tag = (node as { tag?: string }).tag;
    if (tag === undefined || CORE_TAGS.has(tag) || out.length >= MAX_DUPLICATE_KEYS) return;
    const offset = (node as Node).range?.[0];
    const pos = offset === undefined ? { line: null, column: null } : (({ line, col }) => ({ line, column: col }))(lines.linePos(offset));
    out.push(problem('yaml-unsupported-tag', { tag: tag.replace(/^tag:yaml\.org,2002:/, '!!') }, pos));
  });
  return out;
}

function tooManyValues(): ReadResult {
  return { data: undefined, locator: NULL_LOCATOR, problems: [problem('yaml-too-large', { limit: MAX_YAML_NODES })] };
}

/**
 * About how many values a text holds, counted by the parser's own lexer
 * (scalars, aliases, flow collections, sequence items, less the keys: one
 * ": " each), stopping as soon as it passes MAX_YAML_NODES. The lexer
 * streams: this costs time, not memory.
 */
function valueCount(text: string): number {
  let starts = 0;
  let keys = 0;
  for (const token of new Lexer().lex(text)) {
    const c = token.charCodeAt(0);
    // \x1f precedes every plain scalar; quotes, *alias, [, {, "- " and "? " start a value.
    if (c === 0x1f || c === 0x22 || c === 0x27 || c === 0x2a || (token.length === 1 && (c === 0x5b || c === 0x7b || c === 0x2d || c === 0x3f))) {
      if (++starts - keys > MAX_YAML_NODES) break;
    } else if (c === 0x3a && token.length === 1) keys++;
  }
  return starts - keys;
}

/** Keys written twice in a mapping (the last one wins, as JSON.parse has it), found in linear time. */
function duplicateKeys(doc: Document, lines: LineCounter): ReadProblem[] {
  const out: ReadProblem[] = [];
  let more = 0;
  visit(doc, {
    Map(_key, map: YAMLMap) {
      const seen = new Set<string>();
      for (const pair of map.items as Pair[]) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        if (out.length >= MAX_DUPLICATE_KEYS) {
          more++;
          continue;
        }
        const offset = pair.key.range?.[0];
        const pos = offset === undefined ? { line: null, column: null } : (({ line, col }) => ({ line, column: col }))(lines.linePos(offset));
        out.push(problem('yaml-duplicate-key', { key: key.normalize('NFC') }, pos));
      }
    },
  });
  if (more > 0) out.push(problem('yaml-more-duplicate-keys', { count: more }));
  return out;
}

/**
 * How many values the document's data would hold, every alias counted as
 * what it names (each anchored node's size is worked out once); Infinity when
 * an alias refers to a node it is inside of (data without end), 'deep' when
 * nesting exhausts the stack. Stops counting past MAX_YAML_NODES.
 */
function expandedSize(doc: Document): number | 'deep' {
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  let cyclic = false;
  const size = (node: unknown): number => {
    if (cyclic) return 0;
    if (isAlias(node)) {
      const target = node.resolve(doc) as Node | undefined;
      if (target === undefined) return 1;
      if (open.has(target)) {
        cyclic = true;
        return 0;
      }
      return size(target);
    }
    if (!isMap(node) && !isSeq(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    open.add(node);
    let n = 1;
    for (const item of node.items) {
      // A key is a name, not a value (as the fast reader counts): only a collection as a key adds values.
      n += isPair(item) ? (isScalar(item.key) || item.key === null ? 0 : size(item.key)) + size(item.value) : size(item);
      if (n > MAX_YAML_NODES) break;
    }
    open.delete(node);
    sizes.set(node, n);
    return n;
  };
  try {
    const n = size(doc.contents);
    return cyclic ? Infinity : n;
  } catch (err) {
    if (err instanceof RangeError) return 'deep';
    throw err;
  }
}

/** 1-based line and column of an offset in text (for problems found before parsing). */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
}

/** Parses a configuration-like YAML file (cchc.yaml, units.yaml, plan) with the same safety rules. */
export const readYamlFile = readYaml;
