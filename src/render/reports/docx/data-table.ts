import { BLACK, SIZE, TEXT_WIDTH } from './page-setup.js';
import { paragraphXml, runsXml, type ParagraphAlign } from './wordml.js';
import { XmlBlock } from './xml-block.js';

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
  /** A light grey background (a value under its target in the key-indicators table). */
  shaded?: boolean;
}

/** Type sizes of a table, in points: its cells and its header row. */
export interface TableSizes {
  size?: number;
  headerSize?: number;
}

export type TableRowContent = readonly (string | TableCellContent)[];

const ALIGN: Record<CellAlign, ParagraphAlign> = { left: 'left', centre: 'center', right: 'right' };

/** Cell margins in twips: 1 mm left and right, 0,5 mm top and bottom. */
export const CELL_MARGINS = { top: 30, left: 57, bottom: 30, right: 57 } as const;

const LINE = `w:val="single" w:color="${BLACK}" w:sz="4"`;
const BORDERS = `<w:tblBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/><w:insideH ${LINE}/><w:insideV ${LINE}/></w:tblBorders>`;
// Table-wide cell margins: the same as giving each cell its own, in a fraction of the bytes.
const MARGINS =
  '<w:tblCellMar>' +
  (['top', 'left', 'bottom', 'right'] as const).map((side) => `<w:${side} w:type="dxa" w:w="${CELL_MARGINS[side]}"/>`).join('') +
  '</w:tblCellMar>';

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

/** Background of a shaded cell: light grey, legible in black and white. */
const SHADING = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>';

function cellXml(
  content: TableCellContent,
  width: number,
  span: number,
  align: CellAlign,
  header: boolean,
  sizes: TableSizes = {},
  keepNext = false,
): string {
  const jc = ALIGN[content.align ?? align];
  const text = runsXml(content.text, {
    size: header ? (sizes.headerSize ?? SIZE.tableHeader) : (sizes.size ?? SIZE.table),
    bold: header || content.bold === true,
    italics: content.italics === true,
  });
  const note = content.note ? paragraphXml(jc, runsXml(content.note, { size: SIZE.tableNote, italics: true })) : '';
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${content.shaded ? SHADING : ''}<w:vAlign w:val="center"/></w:tcPr>` +
    `${paragraphXml(jc, text, keepNext)}${note}</w:tc>`
  );
}

function rowXml(cells: string, header: boolean): string {
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
}

/**
 * A data table: thin black borders, a bold header row repeated on every page,
 * rows that never split across pages, explicit grid widths and matching cell
 * widths (LibreOffice ignores everything else). Written as WordprocessingML
 * text: the appendices have a row per unit.
 */
export function dataTable(
  columns: readonly TableColumn[],
  rows: Iterable<TableRowContent>,
  totalWidth: number = TEXT_WIDTH,
  sizes: TableSizes = {},
): XmlBlock {
  const widths = columnWidths(
    columns.map((c) => c.weight),
    totalWidth,
  );
  const block = new XmlBlock();
  block.write(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${totalWidth}"/>${BORDERS}<w:tblLayout w:type="fixed"/>${MARGINS}</w:tblPr>` +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  );
  block.write(rowXml(columns.map((c, i) => cellXml({ text: upperFirst(c.header) }, widths[i]!, 1, 'centre', true, sizes)).join(''), true));
  for (const row of rows) {
    let col = 0;
    let cells = '';
    for (const raw of row) {
      const content = typeof raw === 'string' ? { text: raw } : raw;
      const span = Math.max(1, Math.min(content.span ?? 1, columns.length - col));
      let width = 0;
      for (let i = col; i < col + span; i++) width += widths[i] ?? 0;
      // A row spanning the whole table is a group heading ("I. Công tác chỉ đạo, điều hành"): kept
      // with the row after it, never left alone at the foot of a page.
      const heading = col === 0 && span === columns.length && columns.length > 1;
      cells += cellXml(content, width, span, columns[col]?.align ?? 'left', false, sizes, heading);
      col += span;
    }
    block.write(rowXml(cells, false));
  }
  block.write('</w:tbl>');
  return block;
}
