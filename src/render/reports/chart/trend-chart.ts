import { GLYPH_HEIGHT, textWidth } from './bitmap-font.js';
import { Raster, hexColour, type Colour } from './raster.js';

/** One line of the chart: an indicator's value per category and its target per category. */
export interface TrendSeries {
  /** Full name, written in the legend below the picture (any text). */
  label: string;
  values: readonly (number | null)[];
  /** Target per category (a ramp may change it by year); null where none applies. */
  targets: readonly (number | null)[];
}

export interface TrendChartInput {
  /** Category labels drawn under the x axis, ASCII only (e.g. "I/2024"). */
  categories: readonly string[];
  series: readonly TrendSeries[];
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface LegendEntry {
  /** 1-based number drawn next to the series' swatch in the picture. */
  number: number;
  label: string;
  colour: string;
  marker: MarkerShape;
}

export interface TrendChart {
  png: Buffer;
  widthPx: number;
  heightPx: number;
  legend: LegendEntry[];
}

/** Colours that stay distinct in print and for the common colour-vision deficiencies. */
export const SERIES_STYLES: readonly { colour: string; marker: MarkerShape }[] = [
  { colour: '#1f4e9c', marker: 'circle' },
  { colour: '#c0392b', marker: 'square' },
  { colour: '#1e8449', marker: 'triangle' },
  { colour: '#d68910', marker: 'diamond' },
  { colour: '#6c3483', marker: 'circle' },
  { colour: '#117a8b', marker: 'square' },
];

const WIDTH = 1200;
const HEIGHT = 640;
const FONT = 4;
const PLOT = { left: 130, right: 40, top: 100, bottom: 90 };
const BLACK = hexColour('#000000');
const GRID = hexColour('#d0d0d0');
const AXIS = hexColour('#404040');

function lighten(c: Colour, amount: number): Colour {
  return {
    r: Math.round(c.r + (255 - c.r) * amount),
    g: Math.round(c.g + (255 - c.g) * amount),
    b: Math.round(c.b + (255 - c.b) * amount),
  };
}

function marker(r: Raster, shape: MarkerShape, x: number, y: number, size: number, colour: Colour): void {
  if (shape === 'circle') r.disk(x, y, size, colour);
  else if (shape === 'square') r.square(x, y, size * 0.85, colour);
  else if (shape === 'triangle') r.triangle(x, y, size, colour);
  else r.diamond(x, y, size, colour);
}

/** Upper end of the y axis: 100 for rates unless a value exceeds it, else a round step above the maximum. */
function axisMax(input: TrendChartInput): number {
  let max = 0;
  for (const s of input.series) {
    for (const v of [...s.values, ...s.targets]) if (v !== null && Number.isFinite(v)) max = Math.max(max, v);
  }
  if (max <= 100) return 100;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

/**
 * Draws the quarter-by-quarter trend of some rates against their targets as a
 * line chart: solid lines with markers for values, dashed lines in a lighter
 * shade of the same colour for targets. Names go in the legend the caller
 * writes as document text under the picture; the picture shows numbers only.
 */
export function drawTrendChart(input: TrendChartInput): TrendChart {
  if (input.series.length > SERIES_STYLES.length) {
    throw new RangeError(`at most ${SERIES_STYLES.length} series fit one chart`);
  }
  const r = new Raster(WIDTH, HEIGHT);
  const x0 = PLOT.left;
  const x1 = WIDTH - PLOT.right;
  const y0 = HEIGHT - PLOT.bottom;
  const y1 = PLOT.top;
  const top = axisMax(input);
  const yOf = (v: number) => y0 - (Math.max(0, Math.min(top, v)) / top) * (y0 - y1);
  const n = input.categories.length;
  const xOf = (i: number) => (n <= 1 ? (x0 + x1) / 2 : x0 + 60 + (i * (x1 - x0 - 120)) / (n - 1));

  // Grid and y labels.
  const steps = 5;
  for (let k = 0; k <= steps; k++) {
    const v = (top * k) / steps;
    const y = yOf(v);
    r.line(x0, y, x1, y, k === 0 ? 3 : 1.5, k === 0 ? AXIS : GRID);
    const label = `${Number.isInteger(v) ? v : v.toFixed(1).replace('.', ',')}${top === 100 ? '%' : ''}`;
    r.text(x0 - 18, y - (GLYPH_HEIGHT * FONT) / 2, label, FONT, BLACK, 'right');
  }
  r.line(x0, y0, x0, y1, 3, AXIS);

  // X labels and ticks: smaller type, then two staggered rows, when the labels would touch.
  const spacing = n <= 1 ? x1 - x0 : (x1 - x0 - 120) / (n - 1);
  const widest = Math.max(0, ...input.categories.map((c) => textWidth(c, 1)));
  let xScale = FONT;
  while (xScale > 2 && widest * xScale > spacing - 12) xScale--;
  const stagger = widest * xScale > spacing - 12;
  input.categories.forEach((c, i) => {
    const x = xOf(i);
    r.line(x, y0, x, y0 + 12, 3, AXIS);
    const row = stagger && i % 2 === 1 ? 1 : 0;
    r.text(x, y0 + 24 + row * (GLYPH_HEIGHT * xScale + 8), c, xScale, BLACK, 'centre');
  });

  const legend: LegendEntry[] = [];
  input.series.forEach((s, si) => {
    const style = SERIES_STYLES[si]!;
    const colour = hexColour(style.colour);
    const faint = lighten(colour, 0.35);
    // Target: dashed horizontal steps across the categories where it applies.
    for (let i = 0; i < n; i++) {
      const t = s.targets[i];
      if (t === null || t === undefined) continue;
      const half = n <= 1 ? (x1 - x0) / 2 - 20 : (x1 - x0 - 120) / (n - 1) / 2;
      const xa = Math.max(x0 + 4, xOf(i) - half);
      const xb = Math.min(x1, xOf(i) + half);
      r.dashedLine(xa, yOf(t), xb, yOf(t), 4, faint, 22, 12);
    }
    // Values: line segments between consecutive known points, then markers.
    for (let i = 0; i + 1 < n; i++) {
      const a = s.values[i];
      const b = s.values[i + 1];
      if (a === null || a === undefined || b === null || b === undefined) continue;
      r.line(xOf(i), yOf(a), xOf(i + 1), yOf(b), 6, colour);
    }
    for (let i = 0; i < n; i++) {
      const v = s.values[i];
      if (v === null || v === undefined) continue;
      marker(r, style.marker, xOf(i), yOf(v), 12, colour);
    }
    legend.push({ number: si + 1, label: s.label, colour: style.colour, marker: style.marker });
  });

  // Legend keys in the picture: swatch, marker and the series number.
  let lx = x0;
  const ly = 45;
  for (const entry of legend) {
    const colour = hexColour(entry.colour);
    r.line(lx, ly, lx + 70, ly, 6, colour);
    marker(r, entry.marker, lx + 35, ly, 12, colour);
    const label = `(${entry.number})`;
    r.text(lx + 85, ly - (GLYPH_HEIGHT * FONT) / 2, label, FONT, BLACK);
    lx += 85 + textWidth(label, FONT) + 60;
  }

  return { png: r.toPng(), widthPx: WIDTH, heightPx: HEIGHT, legend };
}
