import { AlignmentType, BorderStyle, HeadingLevel, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { BLACK, FONT, SIZE, STYLE } from './page-setup.js';
import { documentText } from '../../xml-safe.js';

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

/**
 * Run properties: Times New Roman and the size always (the format is checked
 * per element), bold/italic/underline only when on; colour comes from the
 * document defaults (black). Fewer elements keep large reports fast to write.
 */
function runProps(style: RunStyle) {
  return {
    font: FONT,
    size: (style.size ?? SIZE.body) * 2,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
  };
}

/** A run in Times New Roman, `size` in points (default: body size). */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text: documentText(text), ...runProps(style) });
}

/** Runs for text that may contain line breaks ("\n"). */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: documentText(line), ...runProps(style), ...(i > 0 ? { break: 1 } : {}) }));
}

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export function centred(text: string, style: RunStyle = {}, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: runs(text, style), ...extra });
}

/**
 * Runs of a paragraph whose style carries the font and size: only what
 * differs from the style is set (fewer elements keep large reports fast to write).
 */
function styledRuns(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: documentText(line),
        ...(style.bold ? { bold: true } : {}),
        ...(style.italics ? { italics: true } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
}

/** A body paragraph (style "Body Text": justified, first-line indent, 6 pt after). */
export function bodyParagraph(text: string | TextRun[], style: RunStyle = {}): Paragraph {
  const children = typeof text !== 'string' ? text : style.size === undefined && !style.underline ? styledRuns(text, style) : runs(text, style);
  return new Paragraph({ style: STYLE.body, children });
}

/** Section heading ("I. CÔNG TÁC CHỈ ĐẠO…"): Heading 1, bold, indented like the body. */
export function sectionHeading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: styledRuns(text) });
}

/** Sub-heading ("1. Cải cách thể chế"): Heading 2, bold. `italics` makes it a point under one (Heading 3). */
export function subHeading(text: string, italics = false): Paragraph {
  return italics ? pointHeading(text) : new Paragraph({ heading: HeadingLevel.HEADING_2, children: styledRuns(text) });
}

/** Point heading ("a) Kết quả…"): Heading 3, bold italic. */
export function pointHeading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_3, children: styledRuns(text) });
}

/** A caption above a table or under a figure (style "Caption": italic, centred). */
export function caption(text: string, alignment: Alignment = AlignmentType.CENTER): Paragraph {
  return new Paragraph({
    style: STYLE.caption,
    ...(alignment === AlignmentType.CENTER ? {} : { alignment }),
    children: styledRuns(text),
  });
}

/**
 * A short horizontal rule, centred in a column of `columnWidth` twips and
 * `length` twips long: an empty, 3 pt high paragraph with a bottom border
 * between its indents.
 */
export function shortRule(columnWidth: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } },
    children: [],
  });
}

/** An empty line of the given size (the signature space, gaps between blocks). */
export function blankLine(size: number = SIZE.body): Paragraph {
  return new Paragraph({ children: [run('', { size })] });
}
