import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx';
import type { TrendChart } from '../chart/trend-chart.js';
import { SIZE, TEXT_WIDTH } from './page-setup.js';
import { run } from './text.js';
import { documentText } from '../../xml-safe.js';

const MARKER_NAMES = { circle: 'chấm tròn', square: 'chấm vuông', triangle: 'tam giác', diamond: 'hình thoi' } as const;
const COLOUR_NAMES: Record<string, string> = {
  '#1f4e9c': 'xanh lam',
  '#c0392b': 'đỏ',
  '#1e8449': 'xanh lá',
  '#d68910': 'cam',
  '#6c3483': 'tím',
  '#117a8b': 'xanh ngọc',
};

/**
 * The chart as an inline picture across the text width, its caption under it,
 * then the legend as document text: the picture carries numbers only.
 */
export function chartFigure(chart: TrendChart, captionText: string, legendNote: string): Paragraph[] {
  // Twips → pixels at 96 dpi (15 twips per pixel).
  const widthPx = Math.floor((TEXT_WIDTH * 0.98) / 15);
  const heightPx = Math.round((widthPx * chart.heightPx) / chart.widthPx);
  const picture = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    // An explicit single-spacing rule: LibreOffice clips a picture in a paragraph whose rule is left out.
    spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width: widthPx, height: heightPx },
        altText: { name: 'trend-chart', title: documentText(captionText), description: documentText(chart.legend.map((l) => `(${l.number}) ${l.label}`).join('; ')) },
      }),
    ],
  });
  const captionParagraph = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 60, after: 60 },
    children: [run(captionText, { size: SIZE.caption, bold: true })],
  });
  const legend = chart.legend.map(
    (l) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: { left: 567 },
        keepNext: true,
        children: [
          run(`(${l.number}) `, { size: SIZE.table, bold: true }),
          run(`${l.label} (đường ${COLOUR_NAMES[l.colour] ?? l.colour}, ${MARKER_NAMES[l.marker]})`, { size: SIZE.table }),
        ],
      }),
  );
  const note = new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { left: 567 },
    spacing: { after: 120 },
    children: [run(legendNote, { size: SIZE.table, italics: true })],
  });
  return [picture, captionParagraph, ...legend, note];
}
