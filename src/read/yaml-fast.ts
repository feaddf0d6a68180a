import type { Position } from '../model/diagnostic.js';
import type { DataPath, Locator } from '../model/submission.js';
import { nfc } from './normalize.js';

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

/** Deeper nesting than any submission has is left to the full parser, which refuses it with its place. */
const MAX_DEPTH = 32;

/** Thrown inside the parser to give up; never escapes parseYamlFast. */
class Decline extends Error {}
const decline = (): never => {
  throw new Decline();
};

/** YAML 1.2 core schema resolution of a plain scalar, as the `yaml` package does it. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Most scalars are words: only a digit, sign, dot, ~ or the first letter of null/true/false can start anything else.
  const maybeSpecial = (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 126 || 'nNtTfF'.includes(s[0] ?? '');
  if (!maybeSpecial && s !== '') return s;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

/** Keys accepted as written: ids, and whole numbers written canonically (2021). Sticky: matched in place. */
const KEY = /[A-Za-z_][A-Za-z0-9_.-]*|(?:0|[1-9][0-9]{0,14})(?![A-Za-z0-9_.-])/y;
/** Plain keys that YAML would read as something other than the same string. */
const NOT_A_STRING_KEY = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b' };

class FastParser {
  readonly lineStarts: number[] = [];
  private readonly lineEnds: number[] = [];
  private readonly indents: number[] = [];
  private readonly blanks: boolean[] = [];
  /** Nesting depth of the collection being read: past MAX_DEPTH, the full parser (and its refusal) takes over. */
  private depth = 0;

  constructor(private readonly text: string) {
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

  /** Parses the whole document; returns the root node. */
  document(): YNode {
    const first = this.nextContent(0);
    if (first === -1) decline();
    const firstChar = this.text[this.lineStarts[first]! + this.indentOf(first)];
    if (firstChar === '%' || this.text.startsWith('---', this.lineStarts[first]!)) decline();
    const { node, next } = this.block(first, this.indentOf(first));
    if (this.nextContent(next) !== -1) decline();
    return node;
  }

  /** A block collection starting on `line` (its content at column `indent`). */
  private block(line: number, indent: number): { node: YNode; next: number } {
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
  private map(line: number, indent: number, firstAt: number): { node: MapNode; next: number } {
    const node: MapNode = { kind: 'map', start: firstAt, keys: [], keyStarts: [], values: [] };
    let l = line;
    let at = firstAt;
    for (;;) {
      const key = this.keyAt(at, l) ?? decline();
      if (NOT_A_STRING_KEY.test(key) || key === '__proto__') decline();
      const colon = at + key.length;
      const after = this.text[colon + 1];
      if (this.text[colon] !== ':' || !(after === ' ' || after === '\n' || after === undefined)) decline();
      if (node.keys.includes(key)) decline();
      node.keys.push(key);
      node.keyStarts.push(at);
      const { value, next } = this.valueAfter(colon + 1, l, indent, true);
      node.values.push(value);
      l = this.nextContent(next);
      if (l === -1) return { node, next: this.lineCount };
      const ind = this.indentOf(l);
      if (ind < indent) return { node, next: l };
      if (ind > indent) decline();
      at = this.lineStarts[l]! + ind;
      if (this.isSeqItem(at)) return { node, next: l };
    }
  }

  /** A block sequence whose items start with "- " at column `indent`. */
  private seq(line: number, indent: number): { node: SeqNode; next: number } {
    const node: SeqNode = { kind: 'seq', start: this.lineStarts[line]! + indent, items: [] };
    let l = line;
    for (;;) {
      const dash = this.lineStarts[l]! + indent;
      let at = dash + 1;
      while (at < this.lineEnds[l]! && this.text.charCodeAt(at) === 32) at++;
      if (at >= this.lineEnds[l]! || this.text[at] === '#' || this.isSeqItem(at)) decline();
      let item: YNode;
      let next: number;
      if (this.isKeyHere(at, l)) {
        // "- key: value" and more keys below at the same column: a compact mapping.
        ({ node: item, next } = this.map(l, at - this.lineStarts[l]!, at));
      } else {
        ({ value: item, next } = this.valueAfter(at - 1, l, indent, false));
      }
      node.items.push(item);
      l = this.nextContent(next);
      if (l === -1) return { node, next: this.lineCount };
      const ind = this.indentOf(l);
      if (ind < indent) return { node, next: l };
      if (ind > indent || !this.isSeqItem(this.lineStarts[l]! + ind)) return { node, next: l };
    }
  }

  /** The key written at `at` (within its line), or null. */
  private keyAt(at: number, line: number): string | null {
    KEY.lastIndex = at;
    const m = KEY.exec(this.text);
    return m && at + m[0].length <= this.lineEnds[line]! ? m[0] : null;
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
  private valueAfter(pos: number, line: number, indent: number, ofKey: boolean): { value: YNode; next: number } {
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
        if (ind > indent) return this.asValue(this.block(next, ind));
        if (ind === indent && this.isSeqItem(this.lineStarts[next]! + ind)) return this.asValue(this.seq(next, ind));
      }
      return { value: { kind: 'scalar', start: at, value: null }, next: line + 1 };
    }
    let value: YNode;
    let next = line + 1;
    if (c === '"' || c === "'") {
      const q = this.quoted(at, line);
      this.endOfLine(q.end, line);
      value = { kind: 'scalar', start: at, value: q.value };
    } else if (c === '{' || c === '[') {
      const f = this.flow(at, line);
      this.endOfLine(f.end, line);
      value = f.node;
    } else if (c === '|' || c === '>') {
      const b = this.blockScalar(at, line, indent);
      value = { kind: 'scalar', start: at, value: b.value };
      next = b.next;
    } else if ('&*!?%@`,]}#:'.includes(c!) || (c === '-' && this.isSeqItem(at))) {
      return decline();
    } else {
      value = { kind: 'scalar', start: at, value: resolvePlain(this.plain(at, line)) };
    }
    // A more-indented line after a one-line value would continue it (or be an error): not ours.
    const following = this.nextContent(next);
    if (following !== -1 && this.indentOf(following) > indent && next === line + 1) decline();
    return { value, next };
  }

  private asValue(r: { node: YNode; next: number }): { value: YNode; next: number } {
    return { value: r.node, next: r.next };
  }

  /** A plain scalar running to the end of the line (or a comment). */
  private plain(at: number, line: number): string {
    // Searches stay within the line (a sliced string costs no copy).
    const rest = this.text.slice(at, this.lineEnds[line]!);
    const comment = rest.indexOf(' #');
    const body = comment === -1 ? rest : rest.slice(0, comment);
    // ": " or a final ":" would make it a mapping (or an error): not a plain scalar.
    if (body.includes(': ')) decline();
    const value = body.replace(/ +$/, '');
    if (value.endsWith(':')) decline();
    return value;
  }

  /** A one-line quoted scalar starting at `at`. */
  private quoted(at: number, line: number): { value: string; end: number } {
    const end = this.lineEnds[line]!;
    const q = this.text[at]!;
    // The common case: no escape before the closing quote.
    const rest = this.text.slice(at + 1, end);
    const close = rest.indexOf(q);
    if (close !== -1 && (q === "'" ? rest[close + 1] !== "'" : !rest.slice(0, close).includes('\\'))) {
      return { value: rest.slice(0, close), end: at + 2 + close };
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
          return { value: out, end: i + 1 };
        }
        out += ch;
      } else {
        if (ch === '"') return { value: out, end: i + 1 };
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

  /** A flow mapping or sequence closed on the same line. */
  private flow(at: number, line: number): { node: YNode; end: number } {
    if (++this.depth > MAX_DEPTH) decline();
    const r = this.flowCollection(at, line);
    this.depth--;
    return r;
  }

  private flowCollection(at: number, line: number): { node: YNode; end: number } {
    const end = this.lineEnds[line]!;
    const skip = (i: number) => {
      while (i < end && this.text.charCodeAt(i) === 32) i++;
      return i;
    };
    const scalarAt = (i: number): { node: YNode; end: number } => {
      const c = this.text[i];
      if (c === '{' || c === '[') return this.flow(i, line);
      if (c === '"' || c === "'") {
        const q = this.quoted(i, line);
        return { node: { kind: 'scalar', start: i, value: q.value }, end: q.end };
      }
      if (c === undefined || '&*!?%@`,]}#:|>-'.includes(c)) {
        if (!(c === '-' && /[0-9.]/.test(this.text[i + 1] ?? ''))) decline();
      }
      let j = i;
      while (j < end && !',[]{}#'.includes(this.text[j]!) && !(this.text[j] === ':' && ' ,[]{}'.includes(this.text[j + 1] ?? ' '))) j++;
      // Flow indicators cannot be inside a plain scalar in a flow collection; a comment cannot be there either.
      if (this.text[j] === '#' || this.text[j] === '[' || this.text[j] === '{') decline();
      const raw = this.text.slice(i, j).replace(/ +$/, '');
      if (raw === '') decline();
      return { node: { kind: 'scalar', start: i, value: resolvePlain(raw) }, end: j };
    };
    if (this.text[at] === '[') {
      const node: SeqNode = { kind: 'seq', start: at, items: [] };
      let i = skip(at + 1);
      if (this.text[i] === ']') return { node, end: i + 1 };
      for (;;) {
        const item = scalarAt(i);
        node.items.push(item.node);
        i = skip(item.end);
        if (this.text[i] === ',') {
          i = skip(i + 1);
          if (this.text[i] === ']') decline();
          continue;
        }
        if (this.text[i] === ']') return { node, end: i + 1 };
        return decline();
      }
    }
    const node: MapNode = { kind: 'map', start: at, keys: [], keyStarts: [], values: [] };
    let i = skip(at + 1);
    if (this.text[i] === '}') return { node, end: i + 1 };
    for (;;) {
      const key = this.keyAt(i, line) ?? decline();
      if (NOT_A_STRING_KEY.test(key) || key === '__proto__' || node.keys.includes(key)) decline();
      const colon = i + key.length;
      if (this.text[colon] !== ':' || this.text[colon + 1] !== ' ') decline();
      node.keys.push(key);
      node.keyStarts.push(i);
      const value = scalarAt(skip(colon + 1));
      node.values.push(value.node);
      i = skip(value.end);
      if (this.text[i] === ',') {
        i = skip(i + 1);
        if (this.text[i] === '}') decline();
        continue;
      }
      if (this.text[i] === '}') return { node, end: i + 1 };
      return decline();
    }
  }

  /** A literal (|) or folded (>) block scalar whose header is at `at`; the key or dash is at column `indent`. */
  private blockScalar(at: number, line: number, indent: number): { value: string; next: number } {
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
    return { value, next: l - trailing };
  }
}

/** The data, with every text in NFC (what normalizeText does for the full parser's data). */
function toJS(node: YNode): unknown {
  if (node.kind === 'scalar') return typeof node.value === 'string' ? nfc(node.value) : node.value;
  if (node.kind === 'seq') return node.items.map(toJS);
  const out: Record<string, unknown> = {};
  // Keys are ASCII ids (KEY), never "__proto__": plain assignment is safe.
  node.keys.forEach((k, i) => (out[k] = toJS(node.values[i]!)));
  return out;
}

/** Positions by data path over the fast parser's nodes, answering as YamlLocator does. */
class FastLocator implements Locator {
  constructor(
    private readonly root: YNode,
    private readonly lineStarts: readonly number[],
  ) {}

  locate(path: DataPath, target: 'key' | 'value' = 'value'): Position {
    let node = this.root;
    let keyStart: number | null = null;
    for (const seg of path) {
      if (node.kind === 'map') {
        const i = node.keys.indexOf(String(seg));
        if (i === -1) break;
        keyStart = node.keyStarts[i]!;
        node = node.values[i]!;
      } else if (node.kind === 'seq' && typeof seg === 'number' && node.items[seg]) {
        keyStart = null;
        node = node.items[seg];
      } else break;
    }
    const offset = target === 'key' && keyStart !== null ? keyStart : node.start;
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1, cell: null };
  }
}

/**
 * Data (texts in NFC) and locator for `text` when it is in the plain subset
 * this reader knows exactly; null to let the full parser read it.
 */
export function parseYamlFast(text: string): { data: unknown; locator: Locator } | null {
  if (text.includes('\t') || text.includes('\r') || text.length > 1_000_000) return null;
  const parser = new FastParser(text);
  try {
    const root = parser.document();
    return { data: toJS(root), locator: new FastLocator(root, parser.lineStarts) };
  } catch (err) {
    // Declined, or nested deeper than the stack allows (readYaml refuses such texts before).
    if (err instanceof Decline || err instanceof RangeError) return null;
    throw err;
  }
}
