import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { BLACK, SIZE, TEXT_WIDTH } from './page-setup.js';
import { runs } from './text.js';

export type CellAlign = 'left' | 'centre' | 'right';

export interface TableColumn {
  header: string;
  /** Share of the text width; the shares are normalised so the columns fill it exactly. */
  weight: number;
  align: CellAlign;
}

export interface TableCellContent {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** A second, smaller line under the text (the counts a rate comes from). */
  note?: string;
  /** Number of columns this cell spans (group rows). */
  span?: number;
  align?: CellAlign;
}

export type TableRowContent = readonly (string | TableCellContent)[];

const LINE = { style: BorderStyle.SINGLE, size: 4, color: BLACK } as const;
const ALIGN = { left: AlignmentType.LEFT, centre: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Headers start with a capital even when a placeholder ("năm 2023") opens them. */
function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Integer column widths in twips that add up to exactly `total`. */
export function columnWidths(weights: readonly number[], total: number = TEXT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1]! += rest;
  return widths;
}

function cell(content: TableCellContent, width: number, align: CellAlign, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: content.span && content.span > 1 ? content.span : undefined,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 57, right: 57, top: 30, bottom: 30 },
    children: [
      new Paragraph({
        alignment: ALIGN[content.align ?? align],
        children: runs(content.text, {
          size: header ? SIZE.tableHeader : SIZE.table,
          bold: header || content.bold === true,
          italics: content.italics === true,
        }),
      }),
      ...(content.note
        ? [
            new Paragraph({
              alignment: ALIGN[content.align ?? align],
              children: runs(content.note, { size: SIZE.tableNote, italics: true }),
            }),
          ]
        : []),
    ],
  });
}

/**
 * A data table: thin black borders, a bold header row repeated on every page,
 * rows that never split across pages, explicit grid widths and matching cell
 * widths (LibreOffice ignores everything else).
 */
export function dataTable(columns: readonly TableColumn[], rows: readonly TableRowContent[], totalWidth: number = TEXT_WIDTH): Table {
  const widths = columnWidths(columns.map((c) => c.weight), totalWidth);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell({ text: upperFirst(c.header) }, widths[i]!, 'centre', true)),
  });
  const body = rows.map((row) => {
    let col = 0;
    const cells = row.map((raw) => {
      const content = typeof raw === 'string' ? { text: raw } : raw;
      const span = Math.max(1, Math.min(content.span ?? 1, columns.length - col));
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      const align = columns[col]?.align ?? 'left';
      col += span;
      return cell({ ...content, span }, width, align, false);
    });
    return new TableRow({ cantSplit: true, children: cells });
  });
  return new Table({
    width: { size: totalWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [header, ...body],
  });
}
