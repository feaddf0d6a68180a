import type { Alignment, Borders, Cell, CellValue, Worksheet } from 'exceljs';

/**
 * Number formats: counts with thousands groups, rates with one decimal and a %
 * sign (the value 95.5 shows as 95,5%). The [$-42A] tag gives them the
 * Vietnamese locale, so "." groups thousands and "," marks decimals whatever
 * the reader's own settings.
 */
export const NUMBER_FORMAT = {
  count: '[$-42A]#,##0',
  decimal: '[$-42A]#,##0.0#',
  percent: '[$-42A]0.0"%"',
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
}
export type SheetRow = readonly (string | number | boolean | Date | null | SheetCell)[];

const FONT = 'Times New Roman';
const THIN: Borders = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
  diagonal: {},
};
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;

/** The row of the column headers: after a title, a subtitle and a blank row. */
export const HEADER_ROW = 4;

function isSheetCell(v: SheetRow[number]): v is SheetCell {
  return v !== null && typeof v === 'object' && !(v instanceof Date);
}

/**
 * Writes a value so it stays what it is: strings are always plain text (a
 * leading "=", "+", "-" or "@" never becomes a formula), numbers numbers,
 * dates dates.
 */
export function setValue(cell: Cell, value: string | number | boolean | Date | null): void {
  if (value === null) return;
  if (typeof value === 'string') {
    const text = value.normalize('NFC');
    cell.value = text;
    // Text-formatted, so retyping in Excel keeps it text as well.
    if (/^[=+\-@]/.test(text)) cell.numFmt = NUMBER_FORMAT.text;
    return;
  }
  cell.value = value satisfies CellValue;
}

/**
 * A titled table on a sheet: title and subtitle rows, a styled header row with
 * a filter, frozen panes below it (and right of `frozenColumns`), column widths,
 * borders, number formats, and A4 landscape printing with the header repeated.
 */
export function writeTable(
  ws: Worksheet,
  options: { title: string; subtitle: string; columns: readonly SheetColumn[]; rows: readonly SheetRow[]; frozenColumns?: number },
): void {
  const { columns, rows } = options;
  ws.columns = columns.map((c) => ({ width: c.width }));
  const titleCell = ws.getCell(1, 1);
  setValue(titleCell, options.title);
  titleCell.font = { name: FONT, size: 14, bold: true };
  const subtitleCell = ws.getCell(2, 1);
  setValue(subtitleCell, options.subtitle);
  subtitleCell.font = { name: FONT, size: 12, italic: true };

  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    setValue(cell, c.header);
    cell.font = { name: FONT, size: 12, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 32;

  rows.forEach((row, r) => {
    const excelRow = ws.getRow(HEADER_ROW + 1 + r);
    excelRow.height = rowHeight(row, columns);
    columns.forEach((c, i) => {
      const raw = row[i] ?? null;
      const content: SheetCell = isSheetCell(raw) ? raw : { value: raw };
      const cell = excelRow.getCell(i + 1);
      const format = content.format ?? c.format;
      if (format && (typeof content.value === 'number' || content.value instanceof Date)) cell.numFmt = NUMBER_FORMAT[format];
      setValue(cell, content.value);
      cell.font = { name: FONT, size: 12, bold: content.bold === true };
      cell.border = THIN;
      const alignment: Partial<Alignment> = { vertical: 'top', wrapText: c.wrap ?? false };
      if (c.align) alignment.horizontal = c.align;
      cell.alignment = alignment;
    });
  });

  const lastRow = HEADER_ROW + Math.max(rows.length, 1);
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastRow, column: columns.length } };
  ws.views = [{ state: 'frozen', xSplit: options.frozenColumns ?? 0, ySplit: HEADER_ROW, activeCell: `A${HEADER_ROW + 1}` }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    horizontalCentered: true,
  };
  ws.headerFooter = { oddFooter: '&C&P/&N' };
}

const LINE_HEIGHT = 15.75; // points, for 12 pt text

/**
 * Height of a row in points, from the lines its wrapped cells need: spreadsheet
 * programs do not grow a row written with wrapped text, so it is set here.
 */
export function rowHeight(row: SheetRow, columns: readonly SheetColumn[]): number {
  let lines = 1;
  columns.forEach((c, i) => {
    const raw = row[i] ?? null;
    const value = isSheetCell(raw) ? raw.value : raw;
    if (typeof value !== 'string') return;
    // About one character of 12 pt Times New Roman per unit of column width, less the padding.
    const perLine = Math.max(4, Math.floor(c.width * 1.05) - 1);
    const needed = value
      .split('\n')
      .reduce((n, part) => n + (c.wrap ? Math.max(1, Math.ceil([...part].length / perLine)) : 1), 0);
    lines = Math.max(lines, needed);
  });
  return Math.min(409, Math.ceil(lines * LINE_HEIGHT + 2));
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
export function colourStatuses(
  ws: Worksheet,
  column: number,
  firstRow: number,
  lastRow: number,
  words: { met: string; notMet: string; noData: string },
): void {
  if (lastRow < firstRow) return;
  const ref = `${columnLetter(column)}${firstRow}:${columnLetter(column)}${lastRow}`;
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
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

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}
