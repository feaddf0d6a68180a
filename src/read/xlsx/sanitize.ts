import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { writeStoredZip, ZipFormatError, type ZipArchive } from '../../util/zip.js';
import type { WorkbookProblem } from './guard.js';

/**
 * The copy of a workbook that exceljs is given, made by parsing each part the
 * limits apply to with a real XML parser (saxes, which exceljs itself uses)
 * and writing back only what a form is read from. exceljs expands what some
 * parts describe cell by cell (a data validation, a merged range or a defined
 * name over A1:XFD1048576 is 17 billion cells; a column range up to
 * 2,147,483,647; a row numbered 2,147,483,647): such parts are left out or
 * refused here, whatever their spelling (`</dataValidations >`, prefixes,
 * entities), instead of being matched as text.
 *
 * A worksheet keeps its sheetData (rows and cells) and its merged ranges
 * (small, not overlapping); the workbook keeps its sheets and relationships
 * but not its defined names. Every cell is checked: its place within Excel's
 * 1,048,576 rows and 16,384 columns, a number that is a number (`<v>0x1F</v>`
 * is kept as the text it is, so the form reader reports it, instead of the 0
 * exceljs would read), a shared-string index that exists; a workbook of more
 * than MAX_CELLS cells is refused.
 */

/** Merged ranges larger than this are dropped (the parser would visit every cell). */
export const MAX_MERGE_CELLS = 100_000;
/** More merges than this are dropped (the parser checks every pair for overlap). */
export const MAX_MERGES = 2_000;
/** Cells in a workbook: a form has a few thousand. */
export const MAX_CELLS = 200_000;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/**
 * A sanitised workbook, and the names of the sheets it gives exceljs under a
 * stand-in name (stand-in → the name the user sees), for messages.
 */
export type SanitizeResult = { ok: true; zip: Uint8Array<ArrayBuffer>; sheetNames: Record<string, string> } | { ok: false; problem: WorkbookProblem };

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** The number forms of XML Schema's double, as spreadsheets write them. */
const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$|^\s*(?:-?INF|NaN)\s*$/;
const CELL_REF = /^([A-Z]{1,3})([1-9]\d{0,9})$/;

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function openTag(name: string, attributes: Record<string, string>, selfClosing = false): string {
  let out = `<${name}`;
  for (const [k, v] of Object.entries(attributes)) out += ` ${k}="${escapeAttribute(v)}"`;
  return `${out}${selfClosing ? '/>' : '>'}`;
}

/** Thrown inside a part's handlers to stop with a problem; caught by the part's parse. */
class Refusal extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(problem.code);
  }
}

const refuse = (code: string, params: WorkbookProblem['params']): never => {
  throw new Refusal({ code, params });
};

interface PartEvents {
  /** An element starts at offset `start` of the text (its "<"). */
  start?(name: string, start: number): void;
  /** Its start tag is read: attributes known. */
  open?(tag: SaxesTagPlain): void;
  /** It ends at offset `end` (after its ">"). */
  close?(tag: SaxesTagPlain, end: number): void;
  text?(text: string): void;
}

/**
 * Parses a part with saxes, telling where each element starts and ends in the
 * text (offsets in UTF-16 units, as String#slice counts): the changes are
 * then made by cutting the text at those places, so that what is kept is the
 * part's own text, byte for byte, and a part with nothing to change costs
 * only its parse. A part that is not well-formed XML is a corrupt workbook.
 */
function parsePart(part: string, xml: string, on: PartEvents): void {
  const parser = new SaxesParser({ xmlns: false });
  let error: Error | null = null;
  parser.on('error', (err) => {
    error ??= err;
  });
  // At "opentagstart" saxes has read "<", the name and the character after it.
  if (on.start) parser.on('opentagstart', (tag) => on.start!(tag.name, parser.position - tag.name.length - 2));
  if (on.open) parser.on('opentag', on.open);
  if (on.close) parser.on('closetag', (tag) => on.close!(tag, parser.position));
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  parser.write(xml).close();
  if (error) refuse('xlsx-corrupt', { detail: part });
}

/** Cuts made in a part's text: [from, to) replaced by `by`, not overlapping (applied in the order of the text). */
class Edits {
  private readonly list: { from: number; to: number; by: string }[] = [];

  replace(from: number, to: number, by = ''): void {
    this.list.push({ from, to, by });
  }

  apply(text: string): string {
    if (this.list.length === 0) return text;
    this.list.sort((a, b) => a.from - b.from);
    let out = '';
    let at = 0;
    for (const e of this.list) {
      out += text.slice(at, e.from) + e.by;
      at = e.to;
    }
    return out + text.slice(at);
  }
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  ref: string;
}

/** The merged range of a `ref` attribute, or null when it is not one Excel could write. */
function mergeRect(ref: string | undefined): Rect | null {
  const [a, b = a] = (ref ?? '').toUpperCase().split(':');
  const m1 = CELL_REF.exec(a ?? '');
  const m2 = CELL_REF.exec(b ?? '');
  if (!m1 || !m2) return null;
  const c1 = columnNumber(m1[1]!);
  const c2 = columnNumber(m2[1]!);
  const r1 = Number(m1[2]);
  const r2 = Number(m2[2]);
  if (Math.max(c1, c2) > MAX_COL || Math.max(r1, r2) > MAX_ROW) return null;
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2), ref: `${a}:${b}` };
}

/** The merges a reader can afford: small, not overlapping, at most MAX_MERGES. */
function keptMerges(refs: readonly string[]): Rect[] {
  const kept: Rect[] = [];
  for (const ref of refs) {
    if (kept.length >= MAX_MERGES) break;
    const rect = mergeRect(ref);
    if (rect === null) continue;
    const area = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (area > MAX_MERGE_CELLS || area < 2) continue;
    const overlaps = kept.some((k) => k.left <= rect.right && rect.left <= k.right && k.top <= rect.bottom && rect.top <= k.bottom);
    if (!overlaps) kept.push(rect);
  }
  return kept;
}

interface Budget {
  cells: number;
}

/**
 * A worksheet as exceljs may be given it (see the file comment): its root and
 * sheetData as written, the merged ranges it can afford, nothing else. `sheet`
 * is the sheet's name for messages; `strings` the number of shared strings.
 */
export function sanitizeWorksheetXml(xml: string, part: string, sheet: string, strings: number, budget: Budget = { cells: 0 }): string {
  const edits = new Edits();
  /** Local names and start offsets of the open elements. */
  const names: string[] = [];
  const starts: number[] = [];
  /** Depth of an element being left out (0: none). */
  let dropping = 0;
  const merges: string[] = [];
  let row = 0;
  let col = 0;
  let cell: { name: string; attributes: Record<string, string>; ref: string; value: string | null; inValue: boolean } | null = null;
  const place = (ref: string) => `${sheet}!${ref}`;

  parsePart(part, xml, {
    start(name, at) {
      names.push(localName(name));
      starts.push(at);
    },
    open(tag) {
      const depth = names.length;
      const name = names[depth - 1]!;
      if (dropping) {
        if (depth === 3 && names[1] === 'mergeCells' && name === 'mergeCell' && merges.length <= MAX_MERGES * 4) merges.push(tag.attributes['ref'] ?? '');
        return;
      }
      if (depth === 2) {
        // Of a worksheet's children, the cells are kept as written and the merges rebuilt; the rest goes.
        if (name !== 'sheetData') dropping = depth;
        return;
      }
      if (depth === 3 && name === 'row') {
        const r = tag.attributes['r'];
        row = r === undefined ? row + 1 : Number(r);
        col = 0;
        if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) refuse('xlsx-out-of-bounds', { cell: place(`A${r ?? row}`) });
        return;
      }
      if (depth === 4 && name === 'c' && names[2] === 'row') {
        if (++budget.cells > MAX_CELLS) refuse('xlsx-too-many-cells', { limit: MAX_CELLS });
        const given = tag.attributes['r'];
        let ref: string;
        if (given === undefined) {
          col++;
          ref = `${columnLetters(col)}${row}`;
        } else {
          const m = CELL_REF.exec(given.toUpperCase());
          const c = m ? columnNumber(m[1]!) : 0;
          if (!m || c > MAX_COL || Number(m[2]) > MAX_ROW) refuse('xlsx-out-of-bounds', { cell: place(given) });
          col = c;
          ref = given;
        }
        cell = { name: tag.name, attributes: tag.attributes, ref, value: null, inValue: false };
        return;
      }
      if (depth === 5 && name === 'v' && cell !== null && !tag.isSelfClosing) cell.inValue = true;
    },
    close(_tag, end) {
      const depth = names.length;
      const name = names.pop()!;
      const start = starts.pop()!;
      if (dropping) {
        if (depth === dropping) {
          dropping = 0;
          if (name === 'mergeCells') {
            const kept = keptMerges(merges);
            edits.replace(start, end, kept.length ? `<mergeCells count="${kept.length}">${kept.map((k) => `<mergeCell ref="${k.ref}"/>`).join('')}</mergeCells>` : '');
          } else edits.replace(start, end);
        }
        return;
      }
      if (cell === null) return;
      if (depth === 5 && name === 'v') cell.inValue = false;
      if (depth === 4 && name === 'c') {
        const rewritten = cellWithValue(cell.name, cell.attributes, cell.ref, cell.value);
        if (rewritten !== null) edits.replace(start, end, rewritten);
        cell = null;
      }
    },
    text(text) {
      if (cell?.inValue) cell.value = (cell.value ?? '') + text;
    },
  });
  return edits.apply(xml);

  /**
   * A cell whose value is not what its type says, written again with the
   * value as the text it is (the reader then reports it at this cell); null
   * when the cell is fine as it is. A shared-string index out of the table is
   * refused.
   */
  function cellWithValue(name: string, attributes: Record<string, string>, ref: string, value: string | null): string | null {
    if (value === null) return null;
    const type = attributes['t'] ?? 'n';
    if (type === 's') {
      if (!/^\s*\d+\s*$/.test(value) || Number(value) >= strings) refuse('xlsx-bad-shared-string', { cell: place(ref) });
      return null;
    }
    const fine = type === 'n' ? NUMBER.test(value) : type === 'b' ? /^\s*[01]\s*$/.test(value) : true;
    if (fine) return null;
    // Not a number (0x1F, 1,5 written by another program): kept as text, without its formula.
    const p = name.includes(':') ? name.slice(0, name.indexOf(':') + 1) : '';
    const { t: _t, ...rest } = attributes;
    return `${openTag(name, { ...rest, t: 'inlineStr' })}<${p}is><${p}t xml:space="preserve">${escapeText(value)}</${p}t></${p}is></${name}>`;
  }
}

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Of the workbook's parts, those exceljs expands cell by cell (defined names) or follows elsewhere: left out. */
const WORKBOOK_DROPS = new Set(['definedNames', 'externalReferences', 'extLst']);

/**
 * A sheet name exceljs refuses (it throws, and the whole workbook would be
 * unreadable): longer than Excel's 31 characters (LibreOffice Calc allows
 * longer names and saves them as they are), with a character Excel forbids,
 * beginning or ending with an apostrophe, empty, or the reserved "History".
 */
function refusedSheetName(name: string): boolean {
  return name === '' || name.length > 31 || /[*?:/\\[\]]/.test(name) || /^'|'$/.test(name) || name === 'History';
}

/**
 * The workbook part without its defined names, its sheets' names by
 * relationship id, and the stand-in names given to sheets whose own name
 * exceljs refuses or has already seen (names are unique regardless of case).
 */
function sanitizeWorkbookXml(xml: string): { xml: string; sheets: Map<string, string>; standIns: Record<string, string> } {
  const edits = new Edits();
  const names: string[] = [];
  const starts: number[] = [];
  const sheets = new Map<string, string>();
  const given: { tag: SaxesTagPlain; start: number; end: number }[] = [];
  parsePart('xl/workbook.xml', xml, {
    start(name, at) {
      names.push(localName(name));
      starts.push(at);
    },
    open(tag) {
      if (names.length === 3 && names[1] === 'sheets' && names[2] === 'sheet') {
        const id = Object.entries(tag.attributes).find(([k]) => localName(k) === 'id')?.[1];
        if (id !== undefined) sheets.set(id, tag.attributes['name'] ?? '');
      }
    },
    close(tag, end) {
      const depth = names.length;
      const name = names.pop()!;
      const start = starts.pop()!;
      if (depth === 2 && WORKBOOK_DROPS.has(name)) edits.replace(start, end);
      if (depth === 3 && names[1] === 'sheets' && name === 'sheet') given.push({ tag, start, end });
    },
  });
  const standIns: Record<string, string> = {};
  const taken = new Set(given.map((g) => (g.tag.attributes['name'] ?? '').toLowerCase()));
  const seen = new Set<string>();
  let n = 0;
  for (const { tag, start, end } of given) {
    const name = tag.attributes['name'] ?? '';
    if (!refusedSheetName(name) && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      continue;
    }
    let standIn: string;
    do standIn = `Sheet ${++n}`;
    while (taken.has(standIn.toLowerCase()));
    taken.add(standIn.toLowerCase());
    standIns[standIn] = name;
    // A sheet element has no content: its start tag again, with the stand-in name.
    edits.replace(start, end, openTag(tag.name, { ...tag.attributes, name: standIn }, true));
  }
  return { xml: edits.apply(xml), sheets, standIns };
}

/** Worksheet part names by relationship id, from the workbook's relationships. */
function relationshipTargets(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  parsePart('xl/_rels/workbook.xml.rels', xml, {
    open(tag) {
      if (localName(tag.name) !== 'Relationship') return;
      const target = tag.attributes['Target'] ?? '';
      const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      targets.set(tag.attributes['Id'] ?? '', part.replace(/\/\.\//g, '/'));
    },
  });
  return targets;
}

/** The number of strings of the shared-string table (its top-level si elements). */
function sharedStringCount(xml: string): number {
  let depth = 0;
  let count = 0;
  parsePart('xl/sharedStrings.xml', xml, {
    start(name) {
      if (++depth === 2 && localName(name) === 'si') count++;
    },
    close() {
      depth--;
    },
  });
  return count;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** Inflates every part (bounded by the directory, CRC-checked), cleans the workbook and its worksheets, re-zips. */
export async function sanitizeWorkbook(zip: ZipArchive): Promise<SanitizeResult> {
  const parts = new Map<string, Uint8Array>();
  for (const entry of zip.entries) {
    if (entry.name.endsWith('/')) continue;
    try {
      parts.set(entry.name, await zip.read(entry));
    } catch (err) {
      if (!(err instanceof ZipFormatError)) throw err;
      const code = err.reason === 'truncated' ? 'xlsx-truncated' : err.reason === 'encrypted' ? 'xlsx-encrypted' : 'xlsx-corrupt';
      return { ok: false, problem: { code, params: { detail: err.entry ?? '' } } };
    }
  }
  const text = (name: string) => {
    const data = parts.get(name);
    return data === undefined ? null : decoder.decode(data);
  };
  let sheetNames: Record<string, string> = {};
  try {
    const source = text('xl/workbook.xml') ?? '';
    const workbook = sanitizeWorkbookXml(source);
    sheetNames = workbook.standIns;
    if (workbook.xml !== source) parts.set('xl/workbook.xml', encoder.encode(workbook.xml));
    const rels = text('xl/_rels/workbook.xml.rels');
    const partSheets = new Map<string, string>();
    if (rels !== null) for (const [id, part] of relationshipTargets(rels)) partSheets.set(part, workbook.sheets.get(id) ?? part);
    const shared = text('xl/sharedStrings.xml');
    const strings = shared === null ? 0 : sharedStringCount(shared);
    const budget: Budget = { cells: 0 };
    for (const [name, data] of parts) {
      if (!WORKSHEET.test(name)) continue;
      const xml = decoder.decode(data);
      const clean = sanitizeWorksheetXml(xml, name, partSheets.get(name) ?? name, strings, budget);
      if (clean !== xml) parts.set(name, encoder.encode(clean));
    }
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, problem: err.problem };
    throw err;
  }
  return { ok: true, zip: writeStoredZip([...parts].map(([name, data]) => ({ name, data }))), sheetNames };
}
