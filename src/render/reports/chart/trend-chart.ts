import type { ChartMarkerShape, LineChartOptions } from 'docx/charts';
import type { Trend } from '../../../consolidate/types.js';
import { documentText } from '../../xml-safe.js';

/** What the chart says in words (from the report template). */
export interface TrendChartLabels {
  /** Title of the value axis, with its unit: "Tỷ lệ (%)". */
  valueAxis: string;
  /** Title of the category axis: "Quý". */
  categoryAxis: string;
  /** Legend name of a series' target line: "Mục tiêu: {series}". */
  target: (series: string) => string;
  /** A one-line description of the chart for screen readers. */
  description: string;
}

/**
 * Colours that stay distinct in print and for the common colour-vision
 * deficiencies, each with its own marker shape, so the lines also part in
 * black and white.
 */
export const SERIES_STYLES: readonly { colour: string; marker: ChartMarkerShape }[] = [
  { colour: '1F4E9C', marker: 'circle' },
  { colour: 'C0392B', marker: 'square' },
  { colour: '1E8449', marker: 'triangle' },
  { colour: 'D68910', marker: 'diamond' },
  { colour: '6C3483', marker: 'x' },
  { colour: '117A8B', marker: 'star' },
  { colour: '7B7D7D', marker: 'plus' },
  { colour: '935116', marker: 'dash' },
];

/** Width and height of the chart in pixels (96 per inch): the text width of an A4 page, legend included. */
export const CHART_SIZE = { width: 600, height: 420 } as const;

/** Upper end of the value axis: 100 % unless a value or target is above it, then the next 10 %. */
function axisMaximum(trend: Trend): number {
  let max = 0;
  for (const s of trend.series) for (const v of [...s.values, ...s.targets]) if (v !== null && Number.isFinite(v)) max = Math.max(max, v);
  return max <= 100 ? 1 : Math.ceil(max / 10) / 10;
}

/**
 * The trend of the key rates as a native line chart (Word and LibreOffice
 * draw it from its data, which a clerk can edit): one line with markers per
 * series over the quarters, its target as a dashed line of the same colour
 * (named in the chart's data, left out of the legend),
 * rates stored as fractions with a percent format, every label in the
 * document's font. Null when there is nothing to draw.
 */
export function trendChartOptions(trend: Trend, labels: TrendChartLabels, font: string): LineChartOptions | null {
  const series = trend.series.filter((s) => s.values.some((v) => v !== null)).slice(0, SERIES_STYLES.length);
  if (series.length === 0 || trend.periods.length === 0) return null;
  const fraction = (v: number | null) => (v === null ? null : Math.round(v * 10) / 1000);
  const lines = series.map((s, i) => ({
    name: documentText(s.shortName),
    values: s.values.map(fraction),
    color: SERIES_STYLES[i]!.colour,
    markers: { shape: SERIES_STYLES[i]!.marker, size: 7 },
    line: { width: 2.25 },
  }));
  const targets = series.flatMap((s, i) =>
    s.targets.some((t) => t !== null)
      ? [
          {
            name: documentText(labels.target(s.shortName)),
            values: s.targets.map(fraction),
            color: SERIES_STYLES[i]!.colour,
            markers: false as const,
            line: { width: 1.25, dash: 'dash' as const },
          },
        ]
      : [],
  );
  const small = { size: 10 };
  return {
    type: 'line',
    categories: trend.periods.map((p) => documentText(p.label)),
    series: [...lines, ...targets],
    font: { name: font, color: '000000' },
    // The targets' entries are left out (the note under the caption says how to read the dashed lines):
    // a legend of one entry per line leaves the plot room on an A4 page.
    legend: { position: 'bottom', font: small, hiddenEntries: targets.map((t) => t.name) },
    valueAxis: {
      title: { text: documentText(labels.valueAxis), font: small },
      minimum: 0,
      maximum: axisMaximum(trend),
      interval: 0.1,
      numberFormat: '0%',
      gridlines: true,
      font: small,
    },
    categoryAxis: { title: { text: documentText(labels.categoryAxis), font: small }, font: small },
    emptyValues: 'gap',
    transformation: CHART_SIZE,
    altText: { name: 'trend-chart', description: documentText(labels.description) },
  };
}
