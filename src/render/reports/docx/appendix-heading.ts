import { AlignmentType, Paragraph } from 'docx';
import { SIZE } from './page-setup.js';
import { run, runs } from './text.js';

/**
 * "Phụ lục I" (bold 14) and the appendix title (upper case, bold 13), then an
 * italic line saying which report it belongs to. `newPage` starts a page
 * (not needed at the start of a section, which starts one already).
 */
export function appendixHeading(number: string, title: string, attachedTo: string, newPage: boolean): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: newPage,
      children: [run(number, { size: SIZE.appendixNumber, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: runs(title.toUpperCase(), { size: SIZE.appendixTitle, bold: true }),
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: runs(attachedTo, { size: SIZE.appendixTitle, italics: true }),
    }),
  ];
}
