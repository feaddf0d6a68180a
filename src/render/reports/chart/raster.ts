import { GLYPH_HEIGHT, GLYPH_WIDTH, glyph, textWidth } from './bitmap-font.js';
import { encodePng } from './png-encoder.js';

/** An sRGB colour, 0–255 per channel. */
export interface Colour {
  r: number;
  g: number;
  b: number;
}

export function hexColour(hex: string): Colour {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`not a colour: ${hex}`);
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) };
}

/**
 * An RGBA drawing surface with the few primitives a line chart needs. Shapes are
 * drawn with 4×4 supersampled coverage so slanted lines are smooth in print.
 */
export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Colour = { r: 255, g: 255, b: 255 },
  ) {
    this.pixels = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      this.pixels[i * 4] = background.r;
      this.pixels[i * 4 + 1] = background.g;
      this.pixels[i * 4 + 2] = background.b;
      this.pixels[i * 4 + 3] = 255;
    }
  }

  /** Blends `colour` into pixel (x, y) with coverage `alpha` (0–1). */
  blend(x: number, y: number, colour: Colour, alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const i = (y * this.width + x) * 4;
    const a = Math.min(1, alpha);
    this.pixels[i] = Math.round(this.pixels[i]! * (1 - a) + colour.r * a);
    this.pixels[i + 1] = Math.round(this.pixels[i + 1]! * (1 - a) + colour.g * a);
    this.pixels[i + 2] = Math.round(this.pixels[i + 2]! * (1 - a) + colour.b * a);
  }

  pixel(x: number, y: number): Colour {
    const i = (y * this.width + x) * 4;
    return { r: this.pixels[i]!, g: this.pixels[i + 1]!, b: this.pixels[i + 2]! };
  }

  fillRect(x: number, y: number, w: number, h: number, colour: Colour): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) this.blend(xx, yy, colour, 1);
  }

  /** Fills every pixel whose supersampled coverage by `inside` is positive. */
  private fillShape(
    bounds: { x0: number; y0: number; x1: number; y1: number },
    inside: (x: number, y: number) => boolean,
    colour: Colour,
  ): void {
    const x0 = Math.max(0, Math.floor(bounds.x0));
    const y0 = Math.max(0, Math.floor(bounds.y0));
    const x1 = Math.min(this.width - 1, Math.ceil(bounds.x1));
    const y1 = Math.min(this.height - 1, Math.ceil(bounds.y1));
    const S = 4;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        let hits = 0;
        for (let sy = 0; sy < S; sy++)
          for (let sx = 0; sx < S; sx++) if (inside(x + (sx + 0.5) / S, y + (sy + 0.5) / S)) hits++;
        if (hits > 0) this.blend(x, y, colour, hits / (S * S));
      }
    }
  }

  /** A straight segment of the given thickness with round ends. */
  line(ax: number, ay: number, bx: number, by: number, thickness: number, colour: Colour): void {
    const r = thickness / 2;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    this.fillShape(
      { x0: Math.min(ax, bx) - r, y0: Math.min(ay, by) - r, x1: Math.max(ax, bx) + r, y1: Math.max(ay, by) + r },
      (x, y) => {
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
        const px = ax + t * dx - x;
        const py = ay + t * dy - y;
        return px * px + py * py <= r * r;
      },
      colour,
    );
  }

  /** A dashed segment: `dash` pixels drawn, `gap` pixels left blank. */
  dashedLine(
    ax: number,
    ay: number,
    bx: number,
    by: number,
    thickness: number,
    colour: Colour,
    dash: number,
    gap: number,
  ): void {
    const len = Math.hypot(bx - ax, by - ay);
    if (len === 0) return;
    const ux = (bx - ax) / len;
    const uy = (by - ay) / len;
    for (let s = 0; s < len; s += dash + gap) {
      const e = Math.min(len, s + dash);
      this.line(ax + ux * s, ay + uy * s, ax + ux * e, ay + uy * e, thickness, colour);
    }
  }

  disk(cx: number, cy: number, radius: number, colour: Colour): void {
    this.fillShape(
      { x0: cx - radius, y0: cy - radius, x1: cx + radius, y1: cy + radius },
      (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius,
      colour,
    );
  }

  /** A filled square centred on (cx, cy). */
  square(cx: number, cy: number, half: number, colour: Colour): void {
    this.fillRect(cx - half, cy - half, half * 2, half * 2, colour);
  }

  /** A filled triangle pointing up, centred on (cx, cy). */
  triangle(cx: number, cy: number, half: number, colour: Colour): void {
    const h = half * 1.15;
    this.fillShape(
      { x0: cx - h, y0: cy - h, x1: cx + h, y1: cy + h },
      (x, y) => {
        if (y > cy + h * 0.8 || y < cy - h) return false;
        const t = (y - (cy - h)) / (h * 1.8); // 0 at the apex, 1 at the base
        return Math.abs(x - cx) <= t * h;
      },
      colour,
    );
  }

  /** A filled diamond centred on (cx, cy). */
  diamond(cx: number, cy: number, half: number, colour: Colour): void {
    const h = half * 1.3;
    this.fillShape(
      { x0: cx - h, y0: cy - h, x1: cx + h, y1: cy + h },
      (x, y) => Math.abs(x - cx) + Math.abs(y - cy) <= h,
      colour,
    );
  }

  /**
   * Draws `text` with the 5×7 font; (x, y) is the top-left corner, or the
   * top-centre / top-right with `align`.
   */
  text(x: number, y: number, text: string, scale: number, colour: Colour, align: 'left' | 'centre' | 'right' = 'left'): void {
    const w = textWidth(text, scale);
    let left = align === 'centre' ? x - w / 2 : align === 'right' ? x - w : x;
    left = Math.round(left);
    const top = Math.round(y);
    for (const ch of text) {
      const rows = glyph(ch);
      for (let gy = 0; gy < GLYPH_HEIGHT; gy++) {
        const row = rows[gy]!;
        for (let gx = 0; gx < GLYPH_WIDTH; gx++) {
          if (row[gx] === '#') this.fillRect(left + gx * scale, top + gy * scale, scale, scale, colour);
        }
      }
      left += (GLYPH_WIDTH + 1) * scale;
    }
  }

  toPng(dotsPerInch = 0): Buffer {
    return encodePng(this.width, this.height, this.pixels, dotsPerInch);
  }
}
