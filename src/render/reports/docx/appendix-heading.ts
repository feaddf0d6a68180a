import { AlignmentType, Paragraph } from 'docx';
import { SIZE } from './page-setup.js';
import { run, runs } from './text.js';

/**
 * "Phụ lục I" (bold 14) and the appendix title (upper case, bold 13) on a new
 * page, then an italic line saying which report it belongs to.
 */
export function appendixHeading(number: string, title: string, attachedTo: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
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
