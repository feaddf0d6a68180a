/**
 * How much room text of 12 pt Times New Roman takes in a spreadsheet column.
 * Excel and LibreOffice do not grow a row for wrapped text when they open a
 * file, so the workbooks cchc writes (forms and report) set row heights from
 * this estimate.
 */

/** Characters of 12 pt Times New Roman on one line of a column `width` units wide: about one per unit, less the padding. */
function charsPerLine(width: number): number {
  return Math.max(4, Math.floor(width * 1.05) - 1);
}

/** Characters as a reader counts them: a surrogate pair (an emoji, a rare CJK sign) is one. */
function characters(text: string): number {
  const pairs = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
  return text.length - (pairs?.length ?? 0);
}

/**
 * Lines a text takes in a column `width` units wide (Excel's column width):
 * each paragraph as many lines as it needs when the cell wraps, one otherwise.
 */
export function wrappedLines(text: string, width: number, wrap = true): number {
  const perLine = charsPerLine(width);
  let lines = 0;
  for (const paragraph of text.split('\n')) lines += wrap ? Math.max(1, Math.ceil(characters(paragraph) / perLine)) : 1;
  return lines;
}

/** Height in points of a row that shows `lines` lines of 12 pt text (Excel's line is 15.75 pt; 409 pt is its largest row). */
export function heightOfLines(lines: number): number {
  return Math.min(409, Math.ceil(Math.max(1, lines) * 15.75 + 2));
}
