import { AlignmentType, HeadingLevel, Paragraph } from 'docx';
import { SIZE } from './page-setup.js';
import { run, runs } from './text.js';

/**
 * "Phụ lục I" (bold 14, a Heading 1) and the appendix title (upper case, bold 13), then an
 * italic line saying which report it belongs to. `newPage` starts a page
 * (not needed at the start of a section, which starts one already).
 */
export function appendixHeading(number: string, title: string, attachedTo: string, newPage: boolean): Paragraph[] {
  return [
    // A Heading 1 (the Navigation pane lists the appendices beside sections I–V), centred and not indented.
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      spacing: { before: 0, after: 0 },
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
