import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, visit, type Document, type Node } from 'yaml';
import { itemIndex, type DataPath, type Locator } from '../model/submission.js';
import type { Position } from '../model/diagnostic.js';
import { NULL_LOCATOR, type ReadProblem, type ReadResult } from './types.js';
import { normalizeText } from './normalize.js';
import { parseYamlFast } from './yaml-fast.js';

/** Larger YAML files are refused before parsing: no real submission comes near this. */
export const MAX_YAML_BYTES = 5 * 1024 * 1024;
const MAX_ALIAS_COUNT = 100;
const MAX_DEPTH = 64;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function problem(
  code: string,
  params: ReadProblem['params'] = {},
  pos: { line: number | null; column: number | null } = { line: null, column: null },
): ReadProblem {
  return { severity: 'error', code, params, line: pos.line, column: pos.column, cell: null, path: '' };
}

/** Decodes bytes as UTF-8 text, refusing binary content. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: ReadProblem } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { problem: problem('file-binary', { offset: nul }) };
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { problem: problem('file-not-utf8') };
  }
}

/** Characters that matter to the flow-depth scan; everything else is skipped by the regex engine. */
const FLOW_SYNTAX = /["'#[\]{}\n]/g;

/**
 * Cheap depth check on the text so the recursive parser never meets a
 * pathological nesting: the offset where flow nesting passes `limit`, or -1.
 */
function flowDepthExceeds(text: string, limit: number): number {
  let depth = 0;
  let inQuote: string | null = null;
  FLOW_SYNTAX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FLOW_SYNTAX.exec(text))) {
    const c = m[0];
    if (inQuote) {
      if (c === inQuote || c === '\n') inQuote = null;
      continue;
    }
    if (c === '"' || c === "'") inQuote = c;
    else if (c === '#') {
      const nl = text.indexOf('\n', m.index);
      if (nl === -1) break;
      FLOW_SYNTAX.lastIndex = nl + 1;
    } else if (c === '[' || c === '{') {
      if (++depth > limit) return m.index;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return -1;
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

/** Locator over a parsed YAML document. */
export class YamlLocator implements Locator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  private pos(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col, cell: null };
  }

  locate(path: DataPath, target: 'key' | 'value' = 'value'): Position {
    let node: unknown = this.doc.contents;
    let keyNode: unknown = null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && node.items[itemIndex(seg)]) {
        keyNode = null;
        node = node.items[itemIndex(seg)];
      } else break;
    }
    const chosen = (target === 'key' && keyNode ? keyNode : node) as Node | null;
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
    if (fast) return { data: fast.data, locator: fast.locator, problems: [] };
  }
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
      uniqueKeys: true,
      prettyErrors: false,
      keepSourceTokens: false,
      strict: true,
    });
  } catch (err) {
    return { data: undefined, locator: NULL_LOCATOR, problems: [problem('yaml-syntax', { detail: String(err) })] };
  }
  const locator = new YamlLocator(doc, lines);
  const problems: ReadProblem[] = [];
  for (const e of doc.errors) {
    const { line, col } = lines.linePos(e.pos[0]);
    if (e.code === 'DUPLICATE_KEY') {
      const rest = text.slice(e.pos[0], text.indexOf('\n', e.pos[0]) === -1 ? undefined : text.indexOf('\n', e.pos[0]));
      const key = (/^\s*(?:"([^"]*)"|'([^']*)'|([^:#]+?))\s*:/.exec(rest) ?? [])
        .slice(1)
        .find((k) => k !== undefined) ?? rest.trim();
      // A duplicate key is reported but the rest of the file is still checked (last value wins).
      problems.push(problem('yaml-duplicate-key', { key }, { line, column: col }));
    } else {
      problems.push(problem('yaml-syntax', { detail: firstLine(e.message) }, { line, column: col }));
    }
  }
  if (problems.some((p) => p.code === 'yaml-syntax')) return { data: undefined, locator, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
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
