import type { Position } from '../model/diagnostic.js';
import { itemIndex, type DataPath, type Locator } from '../model/submission.js';
import { nfc, ownText } from './normalize.js';

/**
 * A fast reader for the plain YAML that submissions and repository files are
 * made of: block mappings and sequences, one-line plain and quoted scalars,
 * one-line flow collections, literal and folded block scalars, comments.
 * It gives the same data as the `yaml` package (YAML 1.2 core schema) and the
 * same positions as its locator, several times faster, and declines (returns
 * null) on anything else — anchors, tags, multi-line plain or quoted scalars,
 * duplicate keys, tabs, CR line ends, directives, complex keys — which the
 * full parser then reads. The differential test (test/unit/read/yaml-fast.test.ts)
 * holds it to that.
 */

interface ScalarNode {
  kind: 'scalar';
  start: number;
  value: unknown;
}
interface MapNode {
  kind: 'map';
  start: number;
  /** Position of each key in `keys`, for large mappings (a locator asked about many keys answers each at once). */
  index?: Map<string, number>;
  keys: string[];
  keyStarts: number[];
  values: YNode[];
}
interface SeqNode {
  kind: 'seq';
  start: number;
  items: YNode[];
}
type YNode = ScalarNode | MapNode | SeqNode;

/**
 * What the parser builds from what it reads: the data itself (texts in NFC, as
 * normalizeText gives the full parser's data), or, to answer where a data path
 * is written, a tree of nodes with their offsets. The parser reads a text for
 * its data; the locator reads it again for nodes only when asked for a place.
 */
interface Sink<V, M, S extends V> {
  scalar(start: number, value: unknown): V;
  map(start: number): M;
  /** Adds an entry; false when the key is already there (a duplicate key: not ours). */
  set(map: M, key: string, keyStart: number, value: V): boolean;
  /** The mapping, once all its entries are in. */
  end(map: M): V;
  seq(start: number): S;
  push(seq: S, item: V): void;
}

/**
 * An object with more properties than this, made by assignment, is kept by V8
 * as a hash table ("dictionary mode"): slower to read and to walk (the schema
 * check walks every object). Larger mappings are made from a template object of
 * the same keys instead (one per key list, as JSON.parse would make it).
 */
const FAST_OBJECT_LIMIT = 16;
const TEMPLATES = new Map<string, object>();
const MAX_TEMPLATES = 1000;
/** Mappings larger than any a submission has get no template: a hostile file's 100,000 keys would make a 1 MB one. */
const MAX_TEMPLATE_KEYS = 1000;

/**
 * Values a file may hold (scalars and collections, counted as they are made):
 * a report has a few hundred, a province's units.yaml tens of thousands. The
 * full parser keeps the same bound (yaml.ts), so time and memory stay bounded
 * whichever parser reads a file.
 */
export const MAX_YAML_NODES = 300_000;

/** Mappings with more keys than this find duplicates with a set, not by looking through their keys. */
const SCAN_KEYS = 32;

/** Thrown inside the parser when a file holds more than MAX_YAML_NODES values; never escapes parseYamlFast. */
export class TooManyNodes extends Error {}

/**
 * Builds the data. The entries of the mappings being read wait on one stack
 * (a mapping is its first entry's place on it) and become an object when the
 * mapping ends: no arrays a mapping, and the object is made with all its keys known.
 */
class DataSink implements Sink<unknown, number, unknown[]> {
  private readonly keys: string[] = [];
  private readonly values: unknown[] = [];
  /** The keys of large open mappings, by the mapping's place on the stack: duplicates found in constant time. */
  private readonly keySets = new Map<number, Set<string>>();
  private nodes = 0;

  reset(): void {
    this.keys.length = 0;
    this.values.length = 0;
    this.keySets.clear();
    this.nodes = 0;
  }

  private made(): void {
    if (++this.nodes > MAX_YAML_NODES) throw new TooManyNodes();
  }

  scalar(_start: number, value: unknown): unknown {
    this.made();
    return typeof value === 'string' ? ownText(nfc(value)) : value;
  }

  map(): number {
    this.made();
    return this.keys.length;
  }

  set(map: number, key: string, _keyStart: number, value: unknown): boolean {
    const count = this.keys.length - map;
    if (count < SCAN_KEYS) {
      for (let i = map; i < this.keys.length; i++) if (this.keys[i] === key) return false;
    } else {
      let seen = this.keySets.get(map);
      if (seen === undefined) this.keySets.set(map, (seen = new Set(this.keys.slice(map))));
      if (seen.has(key)) return false;
      seen.add(key);
    }
    this.keys.push(key);
    this.values.push(value);
    return true;
  }

  end(map: number): unknown {
    const { keys, values } = this;
    const count = keys.length - map;
    if (count >= SCAN_KEYS) this.keySets.delete(map);
    let out: Record<string, unknown>;
    if (count <= FAST_OBJECT_LIMIT || count > MAX_TEMPLATE_KEYS) out = {};
    else {
      const own = keys.slice(map);
      const signature = own.join(',');
      let template = TEMPLATES.get(signature);
      if (template === undefined && TEMPLATES.size < MAX_TEMPLATES) {
        // Keys are ids or whole numbers (keyAt): nothing to escape.
        template = JSON.parse(`{${own.map((k) => `"${k}":0`).join(',')}}`) as object;
        TEMPLATES.set(signature, template);
      }
      out = template === undefined ? {} : { ...template };
    }
    // Keys are ASCII ids (keyAt), never "__proto__": plain assignment is safe.
    for (let i = map; i < keys.length; i++) out[keys[i]!] = values[i];
    keys.length = map;
    values.length = map;
    return out;
  }

  seq(): unknown[] {
    this.made();
    return [];
  }

  push(seq: unknown[], item: unknown): void {
    seq.push(item);
  }
}

/** The parser runs to its end (or declines) before the next text: one sink serves every text. */
const DATA = new DataSink();

const NODES: Sink<YNode, MapNode, SeqNode> = {
  scalar: (start, value) => ({ kind: 'scalar', start, value }),
  map: (start) => ({ kind: 'map', start, keys: [], keyStarts: [], values: [] }),
  set(map, key, keyStart, value) {
    // The data was read first, without a duplicate: here only the index for large mappings is made.
    if (map.keys.length === SCAN_KEYS) map.index = new Map(map.keys.map((k, i) => [k, i]));
    map.index?.set(key, map.keys.length);
    map.keys.push(key);
    map.keyStarts.push(keyStart);
    map.values.push(value);
    return true;
  },
  end: (map) => map,
  seq: (start) => ({ kind: 'seq', start, items: [] }),
  push: (seq, item) => void seq.items.push(item),
};

/** Deeper nesting than any submission has is left to the full parser, which refuses it with its place. */
const MAX_DEPTH = 32;

/** Thrown inside the parser to give up; never escapes parseYamlFast. */
class Decline extends Error {}
const decline = (): never => {
  throw new Decline();
};

// The core schema's plain scalars. A regular expression written in a function is a new object at every call: these are made once.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const TRAILING_SPACES = / +$/;
const NUMBER_START = /[0-9.]/;

/** YAML 1.2 core schema resolution of a plain scalar, as the `yaml` package does it. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Most scalars are words: only a digit, sign, dot, ~ or the first letter of null/true/false can start anything else.
  const maybeSpecial = (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 126 || 'nNtTfF'.includes(s[0] ?? '');
  if (!maybeSpecial && s !== '') return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (OCTAL.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (HEX.test(s)) return parseInt(s.substring(2), 16);
  if (INF_NAN.test(s)) {
    return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (EXPONENT.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/**
 * Keys accepted as written (FastParser.keyAt): ids (a letter or _, then letters,
 * digits, _ . -) and whole numbers written canonically (2021: at most 15 digits,
 * no leading zero, not followed by a key character).
 */
function isKeyChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}
/** Plain keys that YAML would read as something other than the same string. */
const NOT_A_STRING_KEY = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b' };

class FastParser<V, M, S extends V> {
  readonly lineStarts: number[] = [];
  private readonly lineEnds: number[] = [];
  private readonly indents: number[] = [];
  private readonly blanks: boolean[] = [];
  /** Nesting depth of the collection being read: past MAX_DEPTH, the full parser (and its refusal) takes over. */
  private depth = 0;
  /** After a block construct: the line after it. */
  private next = 0;
  /** After a one-line construct (quoted scalar, flow collection): the offset after it. */
  private end = 0;

  constructor(
    private readonly text: string,
    private readonly sink: Sink<V, M, S>,
  ) {
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const end = nl === -1 ? text.length : nl;
      let i = start;
      while (text.charCodeAt(i) === 32) i++;
      this.lineStarts.push(start);
      this.lineEnds.push(end);
      this.indents.push(i - start);
      this.blanks.push(i >= end || text.charCodeAt(i) === 35);
      if (nl === -1) break;
      start = nl + 1;
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Leading spaces of a line. */
  indentOf(line: number): number {
    return this.indents[line]!;
  }

  /** True for a line with nothing but spaces and maybe a comment. */
  isBlank(line: number): boolean {
    return this.blanks[line]!;
  }

  /** The next line at or after `line` with content, or -1. */
  nextContent(line: number): number {
    for (let l = line; l < this.lineCount; l++) if (!this.isBlank(l)) return l;
    return -1;
  }

  /** The rest of a line after a value: only spaces, or spaces and a comment. */
  private endOfLine(pos: number, line: number): void {
    const end = this.lineEnds[line]!;
    let i = pos;
    while (i < end && this.text.charCodeAt(i) === 32) i++;
    if (i < end && !(this.text[i] === '#' && i > pos)) decline();
  }

  /** Parses the whole document; returns the root. */
  document(): V {
    const first = this.nextContent(0);
    if (first === -1) decline();
    const firstChar = this.text[this.lineStarts[first]! + this.indentOf(first)];
    if (firstChar === '%' || this.text.startsWith('---', this.lineStarts[first]!)) decline();
    const root = this.block(first, this.indentOf(first));
    if (this.nextContent(this.next) !== -1) decline();
    return root;
  }

  /** A block collection starting on `line` (its content at column `indent`). */
  private block(line: number, indent: number): V {
    if (++this.depth > MAX_DEPTH) decline();
    const at = this.lineStarts[line]! + indent;
    const r = this.isSeqItem(at) ? this.seq(line, indent) : this.map(line, indent, at);
    this.depth--;
    return r;
  }

  private isSeqItem(at: number): boolean {
    const c = this.text[at + 1];
    return this.text[at] === '-' && (c === ' ' || c === '\n' || c === undefined);
  }

  /** A block mapping whose first key is at offset `firstAt` on `line`; later keys at column `indent`. */
  private map(line: number, indent: number, firstAt: number): V {
    const node = this.sink.map(firstAt);
    let l = line;
    let at = firstAt;
    for (;;) {
      const key = this.keyAt(at, l) ?? decline();
      if (NOT_A_STRING_KEY.test(key) || key === '__proto__') decline();
      const colon = at + key.length;
      const after = this.text[colon + 1];
      if (this.text[colon] !== ':' || !(after === ' ' || after === '\n' || after === undefined)) decline();
      const value = this.valueAfter(colon + 1, l, indent, true);
      if (!this.sink.set(node, key, at, value)) decline();
      l = this.nextContent(this.next);
      if (l === -1) {
        this.next = this.lineCount;
        return this.sink.end(node);
      }
      this.next = l;
      const ind = this.indentOf(l);
      if (ind < indent) return this.sink.end(node);
      if (ind > indent) decline();
      at = this.lineStarts[l]! + ind;
      if (this.isSeqItem(at)) return this.sink.end(node);
    }
  }

  /** A block sequence whose items start with "- " at column `indent`. */
  private seq(line: number, indent: number): S {
    const node = this.sink.seq(this.lineStarts[line]! + indent);
    let l = line;
    for (;;) {
      const dash = this.lineStarts[l]! + indent;
      let at = dash + 1;
      while (at < this.lineEnds[l]! && this.text.charCodeAt(at) === 32) at++;
      if (at >= this.lineEnds[l]! || this.text[at] === '#' || this.isSeqItem(at)) decline();
      // "- key: value" and more keys below at the same column: a compact mapping.
      const item = this.isKeyHere(at, l) ? this.map(l, at - this.lineStarts[l]!, at) : this.valueAfter(at - 1, l, indent, false);
      this.sink.push(node, item);
      l = this.nextContent(this.next);
      if (l === -1) {
        this.next = this.lineCount;
        return node;
      }
      this.next = l;
      const ind = this.indentOf(l);
      if (ind < indent) return node;
      if (ind > indent || !this.isSeqItem(this.lineStarts[l]! + ind)) return node;
    }
  }

  /** The key written at `at` (within its line), or null. */
  private keyAt(at: number, line: number): string | null {
    const text = this.text;
    const c = text.charCodeAt(at);
    let i = at + 1;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) {
      while (isKeyChar(text.charCodeAt(i))) i++;
    } else if (c >= 48 && c <= 57) {
      if (c !== 48) while (i - at < 15 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      if (isKeyChar(text.charCodeAt(i))) return null;
    } else return null;
    return i <= this.lineEnds[line]! ? text.slice(at, i) : null;
  }

  private isKeyHere(at: number, line: number): boolean {
    const key = this.keyAt(at, line);
    if (key === null) return false;
    const colon = at + key.length;
    const after = this.text[colon + 1];
    return this.text[colon] === ':' && (after === ' ' || after === '\n' || after === undefined);
  }

  /**
   * The value after a key's colon (or a sequence dash) at offset `pos` on `line`.
   * `indent` is the column of the key (or dash); `ofKey` allows a nested block.
   */
  private valueAfter(pos: number, line: number, indent: number, ofKey: boolean): V {
    const end = this.lineEnds[line]!;
    let at = pos;
    while (at < end && this.text.charCodeAt(at) === 32) at++;
    const c = this.text[at];
    if (at >= end || (c === '#' && at > pos)) {
      if (!ofKey) decline();
      // Nothing on the line: a nested block below, or null.
      const next = this.nextContent(line + 1);
      if (next !== -1) {
        const ind = this.indentOf(next);
        if (ind > indent) return this.block(next, ind);
        if (ind === indent && this.isSeqItem(this.lineStarts[next]! + ind)) return this.seq(next, ind);
      }
      this.next = line + 1;
      return this.sink.scalar(at, null);
    }
    let value: V;
    let next = line + 1;
    if (c === '"' || c === "'") {
      const q = this.quoted(at, line);
      this.endOfLine(this.end, line);
      value = this.sink.scalar(at, q);
    } else if (c === '{' || c === '[') {
      value = this.flow(at, line);
      this.endOfLine(this.end, line);
    } else if (c === '|' || c === '>') {
      value = this.sink.scalar(at, this.blockScalar(at, line, indent));
      next = this.next;
    } else if ('&*!?%@`,]}#:'.includes(c!) || (c === '-' && this.isSeqItem(at))) {
      return decline();
    } else {
      value = this.sink.scalar(at, resolvePlain(this.plain(at, line)));
    }
    // A more-indented line after a one-line value would continue it (or be an error): not ours.
    const following = this.nextContent(next);
    if (following !== -1 && this.indentOf(following) > indent && next === line + 1) decline();
    this.next = next;
    return value;
  }

  /** A plain scalar running to the end of the line (or a comment). */
  private plain(at: number, line: number): string {
    // Searches stay within the line (a sliced string costs no copy).
    const rest = this.text.slice(at, this.lineEnds[line]!);
    const comment = rest.indexOf(' #');
    const body = comment === -1 ? rest : rest.slice(0, comment);
    // ": " or a final ":" would make it a mapping (or an error): not a plain scalar.
    if (body.includes(': ')) decline();
    const value = body.charCodeAt(body.length - 1) === 32 ? body.replace(TRAILING_SPACES, '') : body;
    if (value.endsWith(':')) decline();
    return value;
  }

  /** A one-line quoted scalar starting at `at`; this.end is set after its closing quote. */
  private quoted(at: number, line: number): string {
    const end = this.lineEnds[line]!;
    const q = this.text[at]!;
    // The common case: no escape before the closing quote.
    const close = this.text.indexOf(q, at + 1);
    if (close !== -1 && close < end && (q === "'" ? this.text[close + 1] !== "'" : !this.hasBackslash(at + 1, close))) {
      this.end = close + 1;
      return this.text.slice(at + 1, close);
    }
    let out = '';
    for (let i = at + 1; i < end; i++) {
      const ch = this.text[i]!;
      if (q === "'") {
        if (ch === "'") {
          if (this.text[i + 1] === "'") {
            out += "'";
            i++;
            continue;
          }
          this.end = i + 1;
          return out;
        }
        out += ch;
      } else {
        if (ch === '"') {
          this.end = i + 1;
          return out;
        }
        if (ch === '\\') {
          const e = this.text[i + 1]!;
          if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(i + 2, i + 6))) {
            out += String.fromCharCode(parseInt(this.text.slice(i + 2, i + 6), 16));
            i += 5;
            continue;
          }
          const r = ESCAPES[e];
          if (r === undefined) decline();
          out += r;
          i++;
          continue;
        }
        out += ch;
      }
    }
    return decline();
  }

  private hasBackslash(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.text.charCodeAt(i) === 92) return true;
    return false;
  }

  /** A flow mapping or sequence closed on the same line; this.end is set after it. */
  private flow(at: number, line: number): V {
    if (++this.depth > MAX_DEPTH) decline();
    const r = this.flowCollection(at, line);
    this.depth--;
    return r;
  }

  private skip(i: number, end: number): number {
    while (i < end && this.text.charCodeAt(i) === 32) i++;
    return i;
  }

  /** A value inside a flow collection at `i`; this.end is set after it. */
  private flowValue(i: number, line: number): V {
    const end = this.lineEnds[line]!;
    const c = this.text[i];
    if (c === '{' || c === '[') return this.flow(i, line);
    if (c === '"' || c === "'") return this.sink.scalar(i, this.quoted(i, line));
    if (c === undefined || '&*!?%@`,]}#:|>-'.includes(c)) {
      if (!(c === '-' && NUMBER_START.test(this.text[i + 1] ?? ''))) decline();
    }
    let j = i;
    while (j < end && !',[]{}#'.includes(this.text[j]!) && !(this.text[j] === ':' && ' ,[]{}'.includes(this.text[j + 1] ?? ' '))) j++;
    // Flow indicators cannot be inside a plain scalar in a flow collection; a comment cannot be there either.
    if (this.text[j] === '#' || this.text[j] === '[' || this.text[j] === '{') decline();
    const raw = this.text.slice(i, j).replace(TRAILING_SPACES, '');
    if (raw === '') decline();
    this.end = j;
    return this.sink.scalar(i, resolvePlain(raw));
  }

  private flowCollection(at: number, line: number): V {
    const end = this.lineEnds[line]!;
    if (this.text[at] === '[') {
      const node = this.sink.seq(at);
      let i = this.skip(at + 1, end);
      if (this.text[i] === ']') {
        this.end = i + 1;
        return node;
      }
      for (;;) {
        this.sink.push(node, this.flowValue(i, line));
        i = this.nextFlowItem(end, ']');
        if (i < 0) return node;
      }
    }
    const node = this.sink.map(at);
    let i = this.skip(at + 1, end);
    if (this.text[i] === '}') {
      this.end = i + 1;
      return this.sink.end(node);
    }
    for (;;) {
      const key = this.keyAt(i, line) ?? decline();
      if (NOT_A_STRING_KEY.test(key) || key === '__proto__') decline();
      const colon = i + key.length;
      if (this.text[colon] !== ':' || this.text[colon + 1] !== ' ') decline();
      const keyStart = i;
      const value = this.flowValue(this.skip(colon + 1, end), line);
      if (!this.sink.set(node, key, keyStart, value)) decline();
      i = this.nextFlowItem(end, '}');
      if (i < 0) return this.sink.end(node);
    }
  }

  /**
   * After an item of a one-line flow collection: the start of the next item
   * after a comma, or -1 when `close` ends the collection (this.end set past
   * it). Declines anything else, a trailing comma included.
   */
  private nextFlowItem(end: number, close: ']' | '}'): number {
    let i = this.skip(this.end, end);
    if (this.text[i] === ',') {
      i = this.skip(i + 1, end);
      if (this.text[i] === close) decline();
      return i;
    }
    if (this.text[i] !== close) decline();
    this.end = i + 1;
    return -1;
  }

  /** A literal (|) or folded (>) block scalar whose header is at `at`; the key or dash is at column `indent`. Sets this.next. */
  private blockScalar(at: number, line: number, indent: number): string {
    const header = /^([|>])(-?)( *(?:#.*)?)$/.exec(this.text.slice(at, this.lineEnds[line]!));
    if (!header) decline();
    const folded = header![1] === '>';
    const strip = header![2] === '-';
    if (header![3]!.length > 0 && !/^ +#/.test(header![3]!) && header![3]!.trim() !== '') decline();
    const lines: string[] = [];
    let blockIndent = -1;
    let l = line + 1;
    for (; l < this.lineCount; l++) {
      const s = this.lineStarts[l]!;
      const e = this.lineEnds[l]!;
      const ind = this.indentOf(l);
      if (s + ind >= e) {
        // An empty (or spaces-only) line belongs to the scalar, unless it ends it.
        if (blockIndent === -1) decline();
        if (ind > blockIndent) decline();
        lines.push('');
        continue;
      }
      if (blockIndent === -1) {
        if (ind <= indent) decline();
        blockIndent = ind;
      }
      if (ind < blockIndent) break;
      if (ind > blockIndent) decline(); // more-indented lines fold differently: not ours
      lines.push(this.text.slice(s + blockIndent, e));
    }
    if (blockIndent === -1) decline();
    // Trailing empty lines are chomped, not content.
    let trailing = 0;
    while (lines.length && lines[lines.length - 1] === '') {
      lines.pop();
      trailing++;
    }
    if (l < this.lineCount && this.indentOf(l) > indent) decline();
    let value: string;
    if (folded) {
      value = '';
      let blank = 0;
      lines.forEach((text, i) => {
        if (text === '') {
          blank++;
          return;
        }
        if (i > 0) value += blank > 0 ? '\n'.repeat(blank) : ' ';
        blank = 0;
        value += text;
      });
    } else value = lines.join('\n');
    if (!strip) value += '\n';
    this.next = l - trailing;
    return value;
  }
}

/** Positions by data path, answering as YamlLocator does: the text is read again, for its nodes, on the first question. */
class FastLocator implements Locator {
  private tree: { root: YNode; lineStarts: readonly number[] } | null = null;

  constructor(private readonly text: string) {}

  private nodes(): { root: YNode; lineStarts: readonly number[] } {
    if (!this.tree) {
      const parser = new FastParser(this.text, NODES);
      this.tree = { root: parser.document(), lineStarts: parser.lineStarts };
    }
    return this.tree;
  }

  locate(path: DataPath, target: 'key' | 'value' = 'value'): Position {
    const { root, lineStarts } = this.nodes();
    let node = root;
    let keyStart: number | null = null;
    for (const seg of path) {
      if (node.kind === 'map') {
        const i = node.index ? (node.index.get(String(seg)) ?? -1) : node.keys.indexOf(String(seg));
        if (i === -1) break;
        keyStart = node.keyStarts[i]!;
        node = node.values[i]!;
      } else if (node.kind === 'seq' && node.items[itemIndex(seg)]) {
        keyStart = null;
        node = node.items[itemIndex(seg)]!;
      } else break;
    }
    // A value left empty ("key:" and nothing) is shown at its key, as the full parser's locator does.
    const empty = node.kind === 'scalar' && node.value === null && !/[~nN]/.test(this.text.charAt(node.start));
    const offset = (target === 'key' || empty) && keyStart !== null ? keyStart : node.start;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1, cell: null };
  }
}

/**
 * Data (texts in NFC) and locator for `text` when it is in the plain subset
 * this reader knows exactly; null to let the full parser read it;
 * 'too-many-nodes' when it holds more than MAX_YAML_NODES values.
 */
export function parseYamlFast(text: string): { data: unknown; locator: Locator } | null | 'too-many-nodes' {
  if (text.includes('\t') || text.includes('\r') || text.length > 1_000_000) return null;
  try {
    DATA.reset();
    return { data: new FastParser(text, DATA).document(), locator: new FastLocator(text) };
  } catch (err) {
    if (err instanceof TooManyNodes) {
      DATA.reset();
      return 'too-many-nodes';
    }
    // Declined, or nested deeper than the stack allows (readYaml refuses such texts before).
    if (err instanceof Decline || err instanceof RangeError) return null;
    throw err;
  }
}
