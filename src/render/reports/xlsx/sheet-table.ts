import type { Alignment, Borders, Row, Style, Worksheet, stream } from 'exceljs';
import { heightOfLines, wrappedLines } from '../../../util/wrapped-lines.js';
import { documentText } from '../../xml-safe.js';

/** exceljs's streaming writer: each row goes to the zip as soon as it is committed. */
export type WorkbookWriter = stream.xlsx.WorkbookWriter;

/**
 * Number formats: counts with thousands groups, rates as fractions with a
 * percent format and one decimal (the value 0.955 shows as 95,5%, and sums,
 * averages and charts of the cells are those of real percentages). The
 * [$-42A] tag gives them the Vietnamese locale, so "." groups thousands and
 * "," marks decimals whatever the reader's own settings.
 */
export const NUMBER_FORMAT = {
  count: '[$-42A]#,##0',
  decimal: '[$-42A]#,##0.0#',
  percent: '[$-42A]0.0%',
  date: '[$-42A]dd/mm/yyyy',
  text: '@',
} as const;
export type NumberFormatName = keyof typeof NUMBER_FORMAT;

export interface SheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Default number format of the column's values. */
  format?: NumberFormatName;
  wrap?: boolean;
}

/** A cell value with an optional format of its own (a rate in a column of mixed indicators). */
export interface SheetCell {
  value: string | number | boolean | Date | null;
  format?: NumberFormatName;
  bold?: boolean;
  /** A figure that covers only part of its period: shaded and in italics (the sheet's subtitle says so). */
  partial?: boolean;
}
export type SheetValue = SheetCell['value'];
export type SheetRow = readonly (SheetValue | SheetCell)[];

/** The words of the statuses that the conditional colours look for. */
export interface StatusWords {
  met: string;
  notMet: string;
  noData: string;
}

/** A titled table on a sheet of its own. */
export interface SheetTable {
  title: string;
  subtitle: string;
  columns: readonly SheetColumn[];
  /** The rows under the header, in order; each is written out, and let go, as soon as it is made. */
  rows: Iterable<SheetRow>;
  frozenColumns?: number;
  /** Small grey labels in the row above the header, from column `first` on (the units sheet's indicator ids, for lookups). */
  labels?: { first: number; texts: readonly string[] };
  /** Height of the header row in points (32 unless given). */
  headerHeight?: number;
  /** Colours the last column (or `statusColumn`) by status: green met, red not met, amber no data. */
  statuses?: StatusWords;
  /** 1-based column the statuses are in, when not the last. */
  statusColumn?: number;
  /** Printed across (landscape, the default: wide tables) or down the page (long text). */
  orientation?: 'landscape' | 'portrait';
  /** Font size of the table's cells in points (12 unless given). */
  fontSize?: number;
}

/** The row of the column headers: after a title, a subtitle and a blank row (or the labels). */
export const HEADER_ROW = 4;

/** Characters of Times New Roman a column width unit holds, relative to the shared estimate (see rowHeight). */
const TIMES_CHARS_PER_UNIT = 1.2;

/** Rows written between two looks at the event loop, so that the zip compresses while the sheet is made. */
const ROWS_PER_TURN = 250;

const FONT = 'Times New Roman';
const THIN: Borders = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
  diagonal: {},
};
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;
const TITLE: Partial<Style> = { font: { name: FONT, size: 14, bold: true } };
const SUBTITLE: Partial<Style> = { font: { name: FONT, size: 12, italic: true } };
const LABEL: Partial<Style> = { font: { name: FONT, size: 9, italic: true, color: { argb: 'FF595959' } } };
const HEADER: Partial<Style> = {
  font: { name: FONT, size: 12, bold: true },
  fill: HEADER_FILL,
  border: THIN,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};

/**
 * The printed page: A4 landscape, one page wide, the header row repeated,
 * page numbers in the footer.
 */
const PAGE_SETUP = {
  paperSize: 9,
  orientation: 'landscape' as 'landscape' | 'portrait',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
  margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  horizontalCentered: true,
} satisfies Worksheet['pageSetup'];

function isSheetCell(v: SheetRow[number]): v is SheetCell {
  return v !== null && typeof v === 'object' && !(v instanceof Date);
}

/** Text that a spreadsheet would take for a formula when retyped: it gets the text format. */
const FORMULA_LIKE = /^[=+\-@]/;

/**
 * Style objects shared by every cell that looks alike: exceljs recognises a
 * style object it has seen and skips working its style out again, which
 * matters for a sheet of a million cells.
 */
class CellStyles {
  private readonly variants = new Map<Partial<Style>, Map<string, Partial<Style>>>();

  /** `base` with a number format (the text format for formula-like text); `base` itself without. */
  withFormat(base: Partial<Style>, numFmt: string | undefined): Partial<Style> {
    if (numFmt === undefined) return base;
    let byFormat = this.variants.get(base);
    if (!byFormat) this.variants.set(base, (byFormat = new Map()));
    let style = byFormat.get(numFmt);
    if (!style) byFormat.set(numFmt, (style = { ...base, numFmt }));
    return style;
  }
}

const PARTIAL_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;

/** A table cell of `column`: bordered, top-aligned, bold when asked; shaded and in italics when partial. */
function cellStyle(column: SheetColumn, bold: boolean, partial: boolean, size: number): Partial<Style> {
  const alignment: Partial<Alignment> = { vertical: 'top', wrapText: column.wrap ?? false };
  if (column.align) alignment.horizontal = column.align;
  const style: Partial<Style> = { font: { name: FONT, size, bold, italic: partial }, border: THIN, alignment };
  if (partial) style.fill = PARTIAL_FILL;
  return style;
}

/**
 * Writes a value so it stays what it is: strings are always plain text (a
 * leading "=", "+", "-" or "@" never becomes a formula, and gets the text
 * format, so retyping it in Excel keeps it text as well), numbers numbers,
 * dates dates. `numFmt` applies to numbers and dates.
 */
function put(styles: CellStyles, row: Row, column: number, value: SheetValue, base: Partial<Style>, numFmt?: string): void {
  const cell = row.getCell(column);
  if (typeof value === 'string') {
    const text = documentText(value);
    cell.value = text;
    cell.style = styles.withFormat(base, FORMULA_LIKE.test(text) ? NUMBER_FORMAT.text : undefined);
    return;
  }
  if (value !== null) cell.value = value;
  cell.style = styles.withFormat(base, typeof value === 'number' || value instanceof Date ? numFmt : undefined);
}

/**
 * Adds a sheet holding a titled table: title and subtitle rows, a styled
 * header row with a filter, frozen panes below it (and right of
 * `frozenColumns`), column widths, borders, number formats, row heights that
 * fit wrapped text, and A4 landscape printing with the header repeated. Rows
 * are written to the workbook's stream as they are made, so a sheet of any
 * length costs the memory of a few hundred rows.
 */
export async function addTableSheet(wb: WorkbookWriter, name: string, table: SheetTable): Promise<void> {
  const { columns } = table;
  const pageSetup = { ...PAGE_SETUP, orientation: table.orientation ?? 'landscape' };
  const ws = wb.addWorksheet(name, {
    // The streaming writer writes these when the sheet opens: they must be known now.
    views: [{ state: 'frozen', xSplit: table.frozenColumns ?? 0, ySplit: HEADER_ROW, activeCell: `A${HEADER_ROW + 1}` }],
    pageSetup,
    headerFooter: { oddFooter: '&C&P/&N' },
  });
  // Only what is set here, not exceljs's defaults for the rest (printer resolution, scale).
  ws.pageSetup = pageSetup;
  centreOnPage(ws);
  ws.columns = columns.map((c) => ({ width: c.width }));
  const styles = new CellStyles();

  const title = ws.getRow(1);
  put(styles, title, 1, table.title, TITLE);
  title.commit();
  const subtitle = ws.getRow(2);
  put(styles, subtitle, 1, table.subtitle, SUBTITLE);
  subtitle.commit();
  if (table.labels) {
    const labels = ws.getRow(HEADER_ROW - 1);
    table.labels.texts.forEach((text, i) => put(styles, labels, table.labels!.first + i, text, LABEL));
    labels.commit();
  }
  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => put(styles, header, i + 1, c.header, HEADER));
  header.height = table.headerHeight ?? 32;
  header.commit();

  // Every column's cell style, plain, bold and partial, made once for all its cells.
  const size = table.fontSize ?? 12;
  const cellStyles = columns.map((c) => [cellStyle(c, false, false, size), cellStyle(c, true, false, size), cellStyle(c, false, true, size)] as const);
  let last = HEADER_ROW;
  for (const row of table.rows) {
    const excelRow = ws.getRow(++last);
    excelRow.height = rowHeight(row, columns, size);
    columns.forEach((c, i) => {
      const raw = row[i] ?? null;
      const content: SheetCell = isSheetCell(raw) ? raw : { value: raw };
      const format = content.format ?? c.format;
      const variant = content.partial === true ? 2 : content.bold === true ? 1 : 0;
      put(styles, excelRow, i + 1, content.value, cellStyles[i]![variant], format && NUMBER_FORMAT[format]);
    });
    excelRow.commit();
    if ((last - HEADER_ROW) % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }

  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: Math.max(last, HEADER_ROW + 1), column: columns.length } };
  if (table.statuses) colourStatuses(ws, table.statusColumn ?? columns.length, HEADER_ROW + 1, last, table.statuses);
  ws.commit();
}

/** What the streaming sheet writer of exceljs 4.4 does without being asked: write a piece of XML, write the page margins. */
interface SheetWriterInternals {
  _write(xml: string): void;
  _writePageMargins(): void;
}

function isSheetWriter(ws: object): ws is SheetWriterInternals {
  return typeof Reflect.get(ws, '_write') === 'function' && typeof Reflect.get(ws, '_writePageMargins') === 'function';
}

/**
 * Centres the printout on the page. The streaming writer leaves out the
 * sheet's <printOptions> (the in-memory writer derives them from pageSetup):
 * they are written just before the page margins, where the schema puts them.
 */
function centreOnPage(ws: Worksheet): void {
  if (!isSheetWriter(ws)) throw new Error('exceljs: not the streaming sheet writer this code was written for');
  const writeMargins = ws._writePageMargins.bind(ws);
  ws._writePageMargins = () => {
    ws._write('<printOptions horizontalCentered="1"/>');
    writeMargins();
  };
}

/**
 * Height of a row in points, from the lines its wrapped cells need: spreadsheet
 * programs do not grow a row written with wrapped text, so it is set here.
 */
export function rowHeight(row: SheetRow, columns: readonly SheetColumn[], size = 12): number {
  // A column holds about 12/size times the characters of 12 pt text; a line is size/12 as tall. The
  // shared estimate is the forms' (safe for any font a clerk's machine substitutes); the report's
  // cells are Times New Roman, whose Vietnamese text runs ~1.2 characters a width unit (measured in
  // LibreOffice's PDF of the narratives sheet), so rows are not made a fifth taller than their text.
  const scale = size / 12;
  let lines = 1;
  columns.forEach((c, i) => {
    const raw = row[i] ?? null;
    const value = isSheetCell(raw) ? raw.value : raw;
    if (typeof value === 'string') lines = Math.max(lines, wrappedLines(value, (c.width * TIMES_CHARS_PER_UNIT) / scale, c.wrap ?? false));
  });
  return Math.min(409, Math.ceil(heightOfLines(lines) * scale));
}

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * Conditional colours for a status column: green for met, red for not met,
 * amber for no data — real conditional formats, so they follow edits.
 */
function colourStatuses(ws: Worksheet, column: number, firstRow: number, lastRow: number, words: StatusWords): void {
  if (lastRow < firstRow) return;
  const ref = `${columnLetter(column)}${firstRow}:${columnLetter(column)}${lastRow}`;
  // The words as the cells hold them (documentText), so that they match.
  const quoted = (text: string) => `"${documentText(text).replace(/"/g, '""')}"`;
  const rule = (priority: number, text: string, fill: string, font: string) => ({
    type: 'cellIs' as const,
    operator: 'equal' as const,
    formulae: [quoted(text)],
    priority,
    style: {
      fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: fill } },
      font: { color: { argb: font } },
    },
  });
  ws.addConditionalFormatting({
    ref,
    rules: [
      rule(1, words.met, 'FFC6EFCE', 'FF006100'),
      rule(2, words.notMet, 'FFFFC7CE', 'FF9C0006'),
      rule(3, words.noData, 'FFFFEB9C', 'FF9C5700'),
    ],
  });
}

/** The first `count` characters of `text` (a surrogate pair is one). */
function firstChars(text: string, count: number): string {
  return text.length <= count ? text : [...text].slice(0, count).join('');
}

/**
 * The longest start of `text` that ends at a word's end and has at most
 * `count` characters, without a dangling comma or dash; cut by characters only
 * when the first word alone is longer.
 */
export function wholeWords(text: string, count: number): string {
  if ([...text].length <= count) return text;
  let out = '';
  for (const word of text.split(' ')) {
    const next = out === '' ? word : `${out} ${word}`;
    if ([...next].length > count) break;
    out = next;
  }
  out = out.replace(/[\s,;:–-]+$/, '');
  return out === '' ? firstChars(text, count) : out;
}

/**
 * A sheet name Excel accepts: at most 31 characters cut at a word's end, none
 * of []:*?/\, unique in the workbook (a number added when taken).
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  // Counted by characters, not UTF-16 units (half an emoji is not XML); Excel also refuses a name that starts or ends with an apostrophe.
  const base = wholeWords(documentText(wanted).replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim(), 31).replace(/^'+|'+$/g, '').trim() || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wholeWords(base, 31 - String(i).length - 1).trim()} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}
