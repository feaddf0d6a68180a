import type { Borders, Cell, DataValidation, Fill, Font, Worksheet } from 'exceljs';
import { heightOfLines, wrappedLines } from '../util/wrapped-lines.js';
import { MARKER_ROW, MARKERS, TITLE_ROW, type RowKind } from './layout.js';

/** A visible column of a form sheet. `field` marks an input column ('' = the row's value). */
export interface FormColumn {
  header: string;
  width: number;
  field?: string;
}

export interface InputCell {
  value: Cell['value'];
  validation?: DataValidation;
  numFmt?: string;
  /** Taller rows for free text. */
  tall?: boolean;
  /** Columns the input spans, its own included (merged into one cell); 1 when absent. */
  span?: number;
}

export const FONT: Partial<Font> = { name: 'Times New Roman', size: 12 };
export const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
export const FILLS = {
  header: solid('FFD9D9D9'),
  section: solid('FFDDEBF7'),
  input: solid('FFFFF2CC'),
};

/**
 * One data sheet of a form: a hidden marker row, a title, a header row frozen
 * in place, then keyed rows. The key (data path) and kind of each row sit in
 * two hidden, locked columns after the visible ones.
 */
export class FormSheet {
  readonly headerRow = 4;
  private next = 5;
  private readonly keyCol: number;
  private readonly kindCol: number;

  constructor(
    readonly ws: Worksheet,
    title: string,
    subtitle: string,
    readonly columns: readonly FormColumn[],
  ) {
    this.keyCol = columns.length + 1;
    this.kindCol = columns.length + 2;
    columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.width = c.width;
      if (c.field !== undefined) {
        ws.getCell(MARKER_ROW, i + 1).value = c.field === '' ? MARKERS.field : `${MARKERS.field}:${c.field}`;
      }
    });
    ws.getColumn(this.keyCol).width = 40;
    ws.getColumn(this.keyCol).hidden = true;
    ws.getColumn(this.kindCol).width = 10;
    ws.getColumn(this.kindCol).hidden = true;
    ws.getCell(MARKER_ROW, this.keyCol).value = MARKERS.key;
    ws.getCell(MARKER_ROW, this.kindCol).value = MARKERS.kind;
    ws.getRow(MARKER_ROW).hidden = true;

    const last = columns.length;
    ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, last);
    const t = ws.getCell(TITLE_ROW, 1);
    t.value = title;
    t.font = { ...FONT, bold: true, size: 14 };
    t.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(TITLE_ROW).height = 36;
    ws.mergeCells(3, 1, 3, last);
    const s = ws.getCell(3, 1);
    s.value = subtitle;
    s.font = { ...FONT, italic: true };
    s.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(3).height = 30;
    columns.forEach((c, i) => {
      const cell = ws.getCell(this.headerRow, i + 1);
      cell.value = c.header;
      cell.font = { ...FONT, bold: true };
      cell.fill = FILLS.header;
      cell.border = THIN;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: this.headerRow, topLeftCell: `A${this.headerRow + 1}` }];
    ws.pageSetup = {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${this.headerRow}:${this.headerRow}`,
    };
    ws.headerFooter = { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' };
  }

  private stamp(row: number, key: string | null, kind: RowKind | `rating:${string}`): void {
    // Wrapped, so the text of a hidden cell never spills into visible ones.
    if (key !== null) {
      const keyCell = this.ws.getCell(row, this.keyCol);
      keyCell.value = key;
      keyCell.alignment = { wrapText: true };
    }
    const kindCell = this.ws.getCell(row, this.kindCol);
    kindCell.value = kind;
    kindCell.alignment = { wrapText: true };
  }

  /** Prints the visible columns only. */
  finish(): void {
    const lastCol = String.fromCharCode(64 + this.columns.length);
    this.ws.pageSetup.printArea = `A2:${lastCol}${Math.max(this.next - 1, this.headerRow)}`;
  }

  /** An area heading across the visible columns. */
  section(key: string | null, text: string): number {
    const r = this.next++;
    this.ws.mergeCells(r, 1, r, this.columns.length);
    const cell = this.ws.getCell(r, 1);
    cell.value = text;
    cell.font = { ...FONT, bold: true };
    cell.fill = FILLS.section;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', wrapText: true };
    const width = this.columns.reduce((w, c) => w + c.width, 0);
    this.ws.getRow(r).height = heightOfLines(wrappedLines(text, width));
    this.stamp(r, key, 'section');
    return r;
  }

  /**
   * A keyed row: labels in the columns without a field, inputs (unlocked,
   * tinted, validated) in the field columns. A `label` row has no key.
   */
  row(key: string | null, kind: RowKind | `rating:${string}`, labels: readonly (string | null)[], inputs: Record<string, InputCell>): number {
    const r = this.next++;
    let tall = false;
    let lines = 1;
    // Columns merged into an input before them: styled with it, never given a label.
    let coveredUntil = -1;
    this.columns.forEach((c, i) => {
      const cell = this.ws.getCell(r, i + 1);
      cell.font = FONT;
      cell.border = THIN;
      const input = c.field !== undefined ? inputs[c.field] : undefined;
      if (i <= coveredUntil) {
        cell.protection = { locked: false };
        cell.fill = FILLS.input;
      } else if (input) {
        const span = Math.max(1, Math.min(input.span ?? 1, this.columns.length - i));
        const width = this.columns.slice(i, i + span).reduce((w, col) => w + col.width, 0);
        cell.value = input.value;
        cell.protection = { locked: false };
        cell.fill = FILLS.input;
        cell.alignment = { vertical: 'top', wrapText: true };
        if (input.numFmt) cell.numFmt = input.numFmt;
        if (input.validation) cell.dataValidation = input.validation;
        tall ||= input.tall === true;
        if (typeof input.value === 'string') lines = Math.max(lines, wrappedLines(input.value, width));
        if (span > 1) {
          coveredUntil = i + span - 1;
          this.ws.mergeCells(r, i + 1, r, coveredUntil + 1);
        }
      } else {
        cell.value = labels[i] ?? null;
        if (labels[i]) lines = Math.max(lines, wrappedLines(labels[i]!, c.width));
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: c.width <= 10 ? 'center' : undefined };
      }
    });
    this.ws.getRow(r).height = Math.max(heightOfLines(lines), tall ? 90 : 0);
    this.stamp(r, key, kind);
    return r;
  }

  /** Protect the sheet without a password: labels cannot be edited by accident. */
  async protect(): Promise<void> {
    await this.ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}
