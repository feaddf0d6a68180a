import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import { ChartRun, type LineChartOptions } from 'docx/charts';
import { SIZE } from './page-setup.js';
import { caption, run } from './text.js';

/**
 * The chart as a native Word chart (its data in an embedded workbook, so
 * "Edit Data" in Word or LibreOffice opens it), centred, its caption under it
 * in the style of the table captions, then a short note on how to read it.
 */
export function chartFigure(chart: LineChartOptions, captionText: string, note: string): Paragraph[] {
  const figure = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    // An explicit single-spacing rule: LibreOffice clips a drawing in a paragraph whose rule is left out.
    spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [new ChartRun(chart)],
  });
  const out = [figure, caption(captionText)];
  if (note !== '') {
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(note, { size: SIZE.tableNote + 1, italics: true })] }));
  }
  return out;
}
