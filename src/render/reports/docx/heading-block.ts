import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { formatPlaceDate } from '../../../util/vi-format.js';
import { NO_CELL_BORDERS, NO_TABLE_BORDERS } from './borderless.js';
import { SIZE, TEXT_WIDTH, twips } from './page-setup.js';
import { centred, runs, shortRule } from './text.js';

/** What the heading of an official document says (Nghị định 30/2020, Phụ lục I, ô 1–5). */
export interface DocumentHeading {
  /** Parent body, upper case ("UBND TỈNH HẢI DƯƠNG"); empty when there is none. */
  parentBody: string;
  /** Issuing body, upper case ("ỦY BAN NHÂN DÂN\nHUYỆN TỨ KỲ"); "\n" forces a line break. */
  issuingBody: string;
  /** Symbol after the number: "BC-UBND". The number itself is left blank for the clerk. */
  symbol: string;
  place: string;
  /** ISO date of the document. */
  date: string;
  nationalTitle: string;
  motto: string;
}

const ADMINISTRATIVE_UNIT = /^(.+?)\s+((?:HUYỆN|XÃ|THỊ TRẤN|THỊ XÃ|THÀNH PHỐ|TỈNH|QUẬN|PHƯỜNG|ĐẶC KHU)\s.+)$/u;

/**
 * Breaks a long body name the way documents set it: "ỦY BAN NHÂN DÂN" on one
 * line, "HUYỆN TỨ KỲ" on the next. Names that fit, or already have a break, stay.
 */
export function breakBodyName(name: string, maxChars = 22): string {
  const upper = name.toUpperCase().normalize('NFC');
  if (upper.includes('\n') || upper.length <= maxChars) return upper;
  const m = ADMINISTRATIVE_UNIT.exec(upper);
  return m ? `${m[1]}\n${m[2]}` : upper;
}

/** Column widths of the heading table: the right one must hold the Quốc hiệu on one line. */
export const HEADING_COLUMNS = [twips(62), TEXT_WIDTH - twips(62)] as const;

function cell(width: number, children: Paragraph[], verticalAlign: 'top' | 'bottom' = 'top'): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: NO_CELL_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    verticalAlign: verticalAlign === 'top' ? VerticalAlign.TOP : VerticalAlign.BOTTOM,
    children,
  });
}

/** Letters of the issuing body's longest line, to size the rule under it (1/3–1/2 of the line). */
function ruleLength(text: string, size: number, columnWidth: number): number {
  const longest = Math.max(...text.split('\n').map((l) => l.length));
  // An upper-case Times New Roman letter is about 0,7 em wide.
  const lineWidth = Math.min(columnWidth, longest * size * 20 * 0.7);
  return Math.round(lineWidth * 0.4);
}

/**
 * The two-column heading without borders: parent and issuing body, a short rule
 * and "Số: …/BC-UBND" on the left; Quốc hiệu, the underlined Tiêu ngữ and the
 * place and date on the right. Two rows keep "Số" and the date on one line.
 */
export function headingBlock(h: DocumentHeading): Table {
  const [left, right] = HEADING_COLUMNS;
  const leftTop: Paragraph[] = [];
  if (h.parentBody.trim() !== '') leftTop.push(centred(h.parentBody.toUpperCase(), { size: SIZE.parentBody }));
  const issuing = breakBodyName(h.issuingBody);
  leftTop.push(centred(issuing, { size: SIZE.issuingBody, bold: true }));
  leftTop.push(shortRule(left, ruleLength(issuing, SIZE.issuingBody, left)));
  const rightTop = [
    centred(h.nationalTitle.toUpperCase(), { size: SIZE.nationalTitle, bold: true }),
    centred(h.motto, { size: SIZE.motto, bold: true, underline: true }),
  ];
  // Eight spaces leave room for the number the clerk writes in.
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120 },
    children: runs(`Số:        /${h.symbol}`, { size: SIZE.docNumber }),
  });
  const date = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120 },
    children: runs(formatPlaceDate(h.place, h.date), { size: SIZE.placeDate, italics: true }),
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_TABLE_BORDERS,
    rows: [
      new TableRow({ children: [cell(left, leftTop), cell(right, rightTop)] }),
      new TableRow({ children: [cell(left, [number]), cell(right, [date])] }),
    ],
  });
}

/** "BÁO CÁO" and the subject line under it, with a short rule below. */
export function titleBlock(documentType: string, subject: string): Paragraph[] {
  const subjectLines = subject.split('\n');
  const longest = Math.max(...subjectLines.map((l) => l.length));
  return [
    centred(documentType.toUpperCase(), { size: SIZE.documentType, bold: true }, { spacing: { before: 360 } }),
    centred(subject, { size: SIZE.subject, bold: true }),
    shortRule(TEXT_WIDTH, Math.min(twips(50), Math.round(longest * SIZE.subject * 20 * 0.5 * 0.4))),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}
