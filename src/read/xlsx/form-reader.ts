import type { Cell, Row, Workbook, Worksheet } from 'exceljs';
import {
  FORM_FORMAT,
  FORM_VERSION,
  MARKERS,
  NARRATIVE_FIELDS,
  PLAN_ROW_KEY,
  ROW_KINDS,
  TITLE_ROW,
  addresseeMetaKey,
  ratingChoices,
  type RowKind,
} from '../../form/layout.js';
import { ADDRESSEES, type Addressee } from '../../model/submission.js';
import { addresseeLabels } from '../../repo/addressees.js';
import type { FormLabelText, FormOrigin } from '../types.js';
import { toPointer } from '../../model/submission.js';
import { cellContent, cellText, contentText } from './cell-content.js';
import { hasPercent, toAddressee, toBoolean, toDate, toNumber, toStatus, toText, type Converted } from './convert-cell.js';
import { formatNumber, parseVietnameseNumber } from '../../util/vi-format.js';

/** A problem found in a workbook's cells; worded later, in the user's language. */
export interface WorkbookProblem {
  severity: 'error' | 'warning';
  code: string;
  params: Record<string, string | number>;
  cell: string | null;
  path: string;
}

/** Where a data path lives: the cell of its value and the cell that names it (its label). */
export interface CellPlace {
  value: string;
  label: string;
}

/** Everything read from a form, in plain data that crosses a worker boundary. */
export interface FormReading {
  data: Record<string, unknown> | undefined;
  places: [pointer: string, place: CellPlace][];
  problems: WorkbookProblem[];
  /** The plan the form was made from, when its metadata says. */
  origin: FormOrigin | null;
  /** Text in the target and guidance cells of indicator rows (none when a worker failed). */
  labels?: FormLabelText[];
}

const MARKER_SCAN_ROWS = 10;
const MARKER_SCAN_COLS = 40;
const NAME_MAX = 90;

interface SheetLayout {
  markerRow: number;
  keyCol: number;
  kindCol: number;
  /** Field name ('' = the row's value) → column. */
  fields: Map<string, number>;
  /** Visible columns that are not fields: labels. */
  labelCols: number[];
}

function findLayout(ws: Worksheet): SheetLayout | null {
  for (let r = 1; r <= MARKER_SCAN_ROWS; r++) {
    const row = ws.getRow(r);
    let keyCol = 0;
    let kindCol = 0;
    const fields = new Map<string, number>();
    for (let c = 1; c <= MARKER_SCAN_COLS; c++) {
      const text = cellText(row.getCell(c)).trim();
      if (text === MARKERS.key) keyCol = c;
      else if (text === MARKERS.kind) kindCol = c;
      else if (text === MARKERS.field) fields.set('', c);
      else if (text.startsWith(`${MARKERS.field}:`)) fields.set(text.slice(MARKERS.field.length + 1), c);
    }
    if (keyCol && kindCol) {
      const labelCols: number[] = [];
      for (let c = 1; c < Math.min(keyCol, kindCol); c++) if (![...fields.values()].includes(c)) labelCols.push(c);
      return { markerRow: r, keyCol, kindCol, fields, labelCols };
    }
  }
  return null;
}

function readMeta(wb: Workbook): Map<string, string> | null {
  for (const ws of wb.worksheets) {
    if (cellText(ws.getCell(1, 1)).trim() !== MARKERS.meta) continue;
    const meta = new Map<string, string>();
    for (let r = 2; r <= ws.rowCount && r < 100; r++) {
      const k = cellText(ws.getCell(r, 1)).trim();
      if (k) meta.set(k, cellText(ws.getCell(r, 2)).trim());
    }
    return meta;
  }
  return null;
}

/** Sets a value at a path of plain objects, never touching prototypes (keys come from the file). */
function setIn(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = root;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i]!;
    let next = Object.prototype.hasOwnProperty.call(node, seg) ? node[seg] : undefined;
    if (next === null || typeof next !== 'object') {
      next = {};
      Object.defineProperty(node, seg, { value: next, enumerable: true, writable: true, configurable: true });
    }
    node = next as Record<string, unknown>;
  }
  Object.defineProperty(node, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
}

function address(sheet: string, cell: Cell): string {
  return `${sheet}!${cell.address}`;
}

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > NAME_MAX ? `${one.slice(0, NAME_MAX - 1)}…` : one;
}

/**
 * What a proposal's addressee cell may say: the labels the form was made with
 * (its metadata), the labels of a form made outside any repository, and the codes.
 */
function addresseeWords(meta: Map<string, string> | null): Map<string, Addressee> {
  const words = new Map<string, Addressee>();
  const generic = addresseeLabels(null);
  for (const a of ADDRESSEES) {
    const label = meta?.get(addresseeMetaKey(a));
    if (label) words.set(label, a);
  }
  for (const a of ADDRESSEES) if (!words.has(generic[a])) words.set(generic[a], a);
  for (const a of ADDRESSEES) words.set(a, a);
  return words;
}

/** One filled row of a narrative list (a difficulty, a proposal), waiting for its list to be complete. */
interface ListRow {
  index: number;
  item: Record<string, unknown>;
  /** Cells of the item's parts, by part name ('' = the item as a whole). */
  places: [part: string, place: CellPlace][];
}

/**
 * Reads the submission data out of a cchc form. Rows are found by the data
 * path in their hidden key column, so moved rows, renamed sheets and extra
 * sheets do not matter; each value is converted to its row's kind.
 */
export function readForm(wb: Workbook, sheetNames: Readonly<Record<string, string>> = {}): FormReading {
  const problems: WorkbookProblem[] = [];
  const places = new Map<string, CellPlace>();
  const data: Record<string, unknown> = {};
  const meta = readMeta(wb);
  const fixed = new Map<string, { text: string; place: CellPlace; sheet: string }>();
  // Narrative lists by their path: rows are items, blank rows skipped, indices closed up at the end.
  const lists = new Map<string, { path: string[]; rows: ListRow[] }>();
  // Text in the target and guidance cells of indicator rows: compared with the form's own once the plan is known.
  const labelTexts: FormLabelText[] = [];
  const listRows = new Map<string, string>();
  const addressees = addresseeWords(meta);
  let marked = 0;

  // A sheet's name as the user sees it (the sanitiser gave exceljs a stand-in for one it refuses).
  const shownSheet = (ws: Worksheet): string => (Object.prototype.hasOwnProperty.call(sheetNames, ws.name) ? sheetNames[ws.name]! : ws.name);

  const problem = (
    severity: WorkbookProblem['severity'],
    code: string,
    params: WorkbookProblem['params'],
    cell: string | null,
    path: readonly string[] = [],
  ): void => {
    problems.push({ severity, code, params, cell, path: toPointer(path) });
  };

  /**
   * Figures typed where the form does not read them: a number in a label
   * column right of the input (the target, the guidance), or anything in a
   * column past the form's. A warning at that cell naming the input cell.
   * Other text in those label columns of an indicator row (`texts`) is kept
   * for the comparison with the labels the form was made with.
   */
  const strayValues = (row: Row, layout: SheetLayout, path: readonly string[], name: string, input: Cell, texts = false): void => {
    const ws = row.worksheet;
    const firstInput = Math.min(...layout.fields.values());
    const lastCol = Math.max(layout.keyCol, layout.kindCol, ...layout.fields.values(), ...layout.labelCols);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col === layout.keyCol || col === layout.kindCol || [...layout.fields.values()].includes(col)) return;
      if (cell.master.address !== cell.address) return; // part of a merged label: shown by its first cell
      const content = cellContent(cell);
      if (content.kind === 'empty') return;
      const outside = col > lastCol;
      const figure = content.kind === 'number' || (content.kind === 'text' && parseVietnameseNumber(content.value.replace(/%\s*$/, '')) !== null);
      const beside = col > firstInput && layout.labelCols.includes(col);
      if (outside || (beside && figure)) {
        problem('warning', 'xlsx-value-outside-input', { name, text: contentText(content), input: input.address }, address(shownSheet(ws), cell), path);
      } else if (texts && beside) {
        labelTexts.push({ path: toPointer(path), offset: col - Number(input.col), cell: address(shownSheet(ws), cell), text: contentText(content), name, input: input.address });
      }
    });
  };

  if (meta && meta.get('format') === FORM_FORMAT && Number(meta.get('version')) > FORM_VERSION) {
    problem('warning', 'xlsx-form-version', { version: meta.get('version') ?? '' }, null);
  }

  for (const ws of wb.worksheets) {
    const layout = findLayout(ws);
    if (!layout) continue;
    const sheet = shownSheet(ws);
    marked++;
    let keyedSeen = false;
    // Only the rows the file has: a stray cell in row 1 048 576 must not make a million empty rows.
    const rows: Row[] = [];
    ws.eachRow((row, n) => {
      if (n > layout.markerRow) rows.push(row);
    });
    for (const row of rows) {
      const r = row.number;
      const key = cellText(row.getCell(layout.keyCol)).trim();
      const inputCells = [...layout.fields.entries()].map(([field, col]) => ({ field, cell: row.getCell(col) }));
      if (!key) {
        if (cellText(row.getCell(layout.kindCol)).trim() === 'label') continue;
        // Text above the first keyed row is the sheet's title and headers.
        const typed = inputCells.find((i) => cellContent(i.cell).kind !== 'empty');
        if (keyedSeen && typed) {
          problem('warning', 'xlsx-row-without-key', { row: r }, address(sheet, typed.cell));
        }
        continue;
      }
      keyedSeen = true;
      const path = key.split('/');
      const kindCell = cellText(row.getCell(layout.kindCol)).trim();
      const choices = ratingChoices(kindCell);
      const kindText = choices ? 'rating' : kindCell;
      // The label is the first text that is not a row number ("2.3.4"): the indicator's or task's name.
      const labels = layout.labelCols.map((c) => row.getCell(c)).filter((c) => cellText(c).trim() !== '');
      const labelCell = labels.find((c) => !/^[\d.]+$/.test(cellText(c).trim())) ?? labels[0] ?? row.getCell(1);
      const name = shorten(labels.length ? cellText(labelCell) : key);
      const valueCell = row.getCell(layout.fields.get('') ?? layout.fields.get('status') ?? layout.keyCol);
      // A section heading spans the row: it is shown by its first (merged) cell.
      const shownCell = kindText === 'section' ? valueCell.master : valueCell;
      const place: CellPlace = { value: address(sheet, shownCell), label: address(sheet, labelCell) };
      const pointer = toPointer(path);
      if (path.some((p) => p === '') || !(ROW_KINDS as readonly string[]).includes(kindText)) {
        problem('error', 'xlsx-bad-row', { key, kind: kindText }, place.label);
        continue;
      }
      const kind = kindText as RowKind;
      const listItem = kind === 'difficulty' || kind === 'proposal';
      if (listItem && !/^(0|[1-9]\d{0,3})$/.test(path[path.length - 1]!)) {
        problem('error', 'xlsx-bad-row', { key, kind: kindText }, place.label);
        continue;
      }
      const convert = <T>(result: Converted<T>, cell: Cell): unknown => {
        if (result.ok) return result.value;
        problem('error', result.code, { ...result.params, name }, address(sheet, cell), path);
        return result.raw;
      };

      if (listItem) {
        // Placed once the list is complete, at the item's index after blank rows are closed up.
        const first = listRows.get(pointer);
        if (first) {
          problem('error', 'xlsx-duplicate-row', { name, first }, place.label, path);
          continue;
        }
        listRows.set(pointer, place.value);
        const partCell = (field: string) => (layout.fields.has(field) ? row.getCell(layout.fields.get(field)!) : null);
        const mainCell = row.getCell(layout.fields.get('') ?? layout.keyCol);
        const otherCell = partCell(kind === 'difficulty' ? NARRATIVE_FIELDS.cause : NARRATIVE_FIELDS.to);
        const main = convert(toText(cellContent(mainCell)), mainCell);
        const other = otherCell
          ? convert(kind === 'difficulty' ? toText(cellContent(otherCell)) : toAddressee(cellContent(otherCell), addressees), otherCell)
          : null;
        const [mainKey, otherKey] = kind === 'difficulty' ? ['issue', 'cause'] : ['text', 'to'];
        const item: Record<string, unknown> = {};
        if (main !== '' && main !== null) item[mainKey] = main;
        if (other !== '' && other !== null) item[otherKey] = other;
        if (Object.keys(item).length === 0) continue;
        const listPath = path.slice(0, -1);
        const listKey = toPointer(listPath);
        let list = lists.get(listKey);
        if (!list) lists.set(listKey, (list = { path: listPath, rows: [] }));
        const partPlaces: ListRow['places'] = [
          ['', { value: address(sheet, mainCell), label: place.label }],
          [mainKey, { value: address(sheet, mainCell), label: place.label }],
        ];
        if (otherCell) partPlaces.push([otherKey, { value: address(sheet, otherCell), label: place.label }]);
        list.rows.push({ index: Number(path[path.length - 1]), item, places: partPlaces });
        continue;
      }
      const earlier = places.get(pointer);
      if (earlier) {
        if (kind !== 'section') problem('error', 'xlsx-duplicate-row', { name, first: earlier.value }, place.label, path);
        continue;
      }
      places.set(pointer, place);
      if (kind === 'section') {
        // An area as a whole (its lead narrative, say) is shown by its narrative heading.
        if (path.length === 3 && path[0] === 'areas' && path[2] === 'narrative') {
          places.set(toPointer(path.slice(0, 2)), place);
          if (!places.has('/areas')) places.set('/areas', place);
        }
        continue;
      }

      for (const { cell } of inputCells) {
        const master = cell.master.address;
        if (master !== cell.address && !inputCells.some((i) => i.cell.address === master)) {
          problem('warning', 'xlsx-merged-cell', { master }, address(sheet, cell), path);
        }
      }

      if (kind === 'fixed') {
        fixed.set(key, { text: cellText(valueCell).trim(), place, sheet });
        continue;
      }
      if (kind === 'task') {
        strayValues(row, layout, path, name, row.getCell(layout.fields.get('status') ?? layout.keyCol));
        const statusCell = row.getCell(layout.fields.get('status') ?? layout.keyCol);
        const noteCell = layout.fields.has('note') ? row.getCell(layout.fields.get('note')!) : null;
        const status = convert(toStatus(cellContent(statusCell)), statusCell);
        const note = noteCell ? convert(toText(cellContent(noteCell)), noteCell) : '';
        places.set(toPointer([...path, 'status']), { value: address(sheet, statusCell), label: place.label });
        if (noteCell) places.set(toPointer([...path, 'note']), { value: address(sheet, noteCell), label: place.label });
        if (status === null && note === '') {
          setIn(data, path, null);
        } else if (status === null) {
          problem('error', 'xlsx-missing-status', { name }, address(sheet, statusCell), path);
          setIn(data, path, { note });
        } else if (note === '') {
          setIn(data, path, status);
        } else {
          setIn(data, path, { status, note });
        }
        continue;
      }
      strayValues(row, layout, path, name, valueCell, true);
      const content = cellContent(valueCell);
      if ((kind === 'count' || kind === 'number') && hasPercent(content)) {
        // "100%" in a count row: the rate is computed from the counts, the row wants how many.
        const text = content.kind === 'number' ? `${formatNumber(Number((content.value * 100).toPrecision(12)), 2).replace(/,?0+$/, '')}%` : contentText(content);
        problem('error', kind === 'count' ? 'xlsx-percent-in-count' : 'xlsx-percent-in-number', { name, text }, address(sheet, valueCell), path);
        setIn(data, path, text);
        continue;
      }
      const value =
        kind === 'count' || kind === 'percent' || kind === 'number'
          ? convert(toNumber(content), valueCell)
          : kind === 'boolean'
            ? convert(toBoolean(content), valueCell)
            : kind === 'date'
              ? // An indicator's date left empty is not done yet (null); the date the report was sent stays '' (missing).
                blankAsNull(convert(toDate(content), valueCell), path[0] === 'areas')
              : kind === 'rating'
                ? ratingOf(convert(toText(content), valueCell), choices ?? [])
                : convert(toText(content), valueCell);
      setIn(data, path, value);
    }
  }

  // Each list's filled rows in the order of their keys, closed up: the n-th item has index n.
  for (const { path, rows } of lists.values()) {
    rows.sort((a, b) => a.index - b.index);
    setIn(data, path, rows.map((r) => r.item));
    rows.forEach((r, i) => {
      for (const [part, place] of r.places) places.set(toPointer(part ? [...path, String(i), part] : [...path, String(i)]), place);
    });
    places.set(toPointer(path), rows[0]!.places[0]![1]);
  }

  if (marked === 0) {
    problem('error', 'xlsx-not-a-form', {}, null);
    return { data: undefined, places: [], problems, origin: null };
  }
  // A preparer left blank is no preparer (YAML would leave `preparedBy` out), not one without a name.
  const preparer = data['preparedBy'];
  if (preparer && typeof preparer === 'object' && Object.values(preparer).every((v) => v === '')) delete data['preparedBy'];
  // Unit and period come from the metadata the user cannot see; the visible cells only show them.
  const ordered: Record<string, unknown> = {};
  for (const key of ['unit', 'period'] as const) {
    const shown = fixed.get(key);
    const value = meta?.get(key) || shown?.text;
    if (value) ordered[key] = value;
    if (shown) places.set(toPointer([key]), shown.place);
  }
  for (const k of Object.keys(data)) {
    Object.defineProperty(ordered, k, { value: data[k], enumerable: true, writable: true, configurable: true });
  }
  return { data: ordered, places: [...places.entries()], problems, origin: originOf(meta, fixed), labels: labelTexts };
}

/**
 * The plan a form was made from, addressed to the row that shows it; a form
 * made before that row had a key is addressed to its information sheet's title.
 */
function originOf(meta: Map<string, string> | null, fixed: ReadonlyMap<string, { place: CellPlace; sheet: string }>): FormOrigin | null {
  const plan = meta?.get('plan');
  if (!meta || !plan) return null;
  const info = fixed.get('unit') ?? fixed.get('period');
  const cell = fixed.get(PLAN_ROW_KEY)?.place.value ?? (info ? `${info.sheet}!A${TITLE_ROW}` : null);
  return { plan, planVersion: meta.get('planVersion') ?? '', cell, labels: meta.get('labels') || null };
}

/** A rating picked by its name (or typed as its id) → its id; anything else is left for the schema to report. */
function ratingOf(value: unknown, choices: readonly { id: string; name: string }[]): unknown {
  if (typeof value !== 'string') return value;
  const text = value.normalize('NFC').trim();
  if (text === '') return null;
  const found = choices.find((c) => c.name.normalize('NFC').toLowerCase() === text.toLowerCase() || c.id === text);
  return found ? found.id : text;
}

function blankAsNull(value: unknown, yes: boolean): unknown {
  return yes && value === '' ? null : value;
}
