import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32, encodePng } from '../../../src/render/reports/chart/png-encoder.js';
import { drawTrendChart, SERIES_STYLES } from '../../../src/render/reports/chart/trend-chart.js';
import { categoryLabel, trendChartInput } from '../../../src/render/reports/chart/trend-chart-of.js';
import { hexColour } from '../../../src/render/reports/chart/raster.js';
import { decodePng } from '../../helpers/png.js';
import { sampleConsolidation } from '../../helpers/sample-report.js';

describe('PNG encoder', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('round-trips any RGBA image through an independent decoder', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer(), (w, h, seed) => {
        const rgba = new Uint8Array(w * h * 4);
        let s = seed >>> 0;
        for (let i = 0; i < rgba.length; i++) {
          s = (s * 1103515245 + 12345) >>> 0;
          rgba[i] = s >>> 24;
        }
        const png = decodePng(encodePng(w, h, rgba, 150));
        expect(png.width).toBe(w);
        expect(png.height).toBe(h);
        expect(Buffer.from(png.rgba).equals(Buffer.from(rgba))).toBe(true);
        expect(png.chunks).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses sizes that do not match the buffer', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(RangeError);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(RangeError);
  });
});

describe('trend chart', () => {
  const input = trendChartInput(sampleConsolidation().trend)!;

  it('labels quarters with Roman numerals the bitmap font can draw', () => {
    expect(categoryLabel('2024Q2')).toBe('II/2024');
    expect(input.categories).toEqual(['III/2023', 'IV/2023', 'I/2024', 'II/2024']);
  });

  it('draws each series in its own colour and gives a numbered legend', () => {
    const chart = drawTrendChart(input);
    const png = decodePng(chart.png);
    expect([png.width, png.height]).toEqual([chart.widthPx, chart.heightPx]);
    expect(chart.legend.map((l) => [l.number, l.label])).toEqual([
      [1, 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn'],
      [2, 'Tỷ lệ kết quả giải quyết TTHC được số hóa'],
    ]);
    // Every series colour is present in the picture; the background is white.
    const present = new Set<string>();
    for (let i = 0; i < png.rgba.length; i += 4) present.add(`${png.rgba[i]},${png.rgba[i + 1]},${png.rgba[i + 2]}`);
    for (const style of SERIES_STYLES.slice(0, 2)) {
      const c = hexColour(style.colour);
      expect(present.has(`${c.r},${c.g},${c.b}`)).toBe(true);
    }
    expect([png.rgba[0], png.rgba[1], png.rgba[2]]).toEqual([255, 255, 255]);
  });

  it('is the same picture for the same data', () => {
    expect(drawTrendChart(input).png.equals(drawTrendChart(input).png)).toBe(true);
  });

  it('has nothing to draw without values', () => {
    expect(trendChartInput({ periods: [{ id: '2024Q1', label: '' }], series: [{ indicator: 'x', name: 'x', values: [null], targets: [50] }] })).toBeNull();
  });
});
