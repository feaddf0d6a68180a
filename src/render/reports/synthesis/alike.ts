/**
 * Texts that differ only in their figures ("Bộ phận Một cửa của xã chật hẹp
 * (khoảng 22 m²)…", "… (khoảng 25 m²)…") say one thing; the body says it once,
 * with the range of the figures ("khoảng 22–25 m²") and every unit behind it,
 * instead of one sentence per figure.
 */
import { sameTextKey } from '../../../consolidate/narrative-groups.js';

/** A number as units write it: "25", "1.234", "94,3". */
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** The text's grouping key with every number replaced: texts alike but for their figures share it. */
export function alikeKey(text: string): string {
  return sameTextKey(text).replace(NUMBER, '#');
}

/** A Vietnamese-written number's value ("1.234" → 1234, "94,3" → 94.3). */
function valueOf(written: string): number {
  return Number(written.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.'));
}

/**
 * One wording for texts alike but for their figures: the first text, each of
 * its figures replaced by the range the texts give at that place ("20–26")
 * when they differ. Texts must share `alikeKey`.
 */
export function mergeAlike(texts: readonly string[]): string {
  const first = texts[0] ?? '';
  if (texts.length < 2) return first;
  const figures = texts.map((t) => t.match(NUMBER) ?? []);
  let slot = 0;
  return first.replace(NUMBER, (written) => {
    const at = slot++;
    const all = figures.map((f) => f[at]).filter((x): x is string => x !== undefined);
    const sorted = [...new Set(all)].sort((a, b) => valueOf(a) - valueOf(b));
    return sorted.length > 1 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : written;
  });
}

/** Items grouped by `alikeKey` of their text, in the order each key first comes. */
export function groupAlike<T>(items: readonly T[], textOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = alikeKey(textOf(item));
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

/** A text's words (syllables), lower case: what `sayingMuchTheSame` compares. */
function wordsOf(text: string): Set<string> {
  return new Set(text.normalize('NFC').toLocaleLowerCase('vi').split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/**
 * Share of the shorter text's words the other has too, above which two texts
 * say much the same thing. Measured on the example's causes: rewordings of one
 * cause ("nguồn thu ngân sách địa phương thấp …" / "nguồn thu ngân sách của xã
 * thấp …", "phần lớn hồ sơ thuộc lĩnh vực chứng thực …" / "phần lớn hồ sơ của xã là
 * chứng thực bản sao …") share 0.545–0.95 of their words; different causes of
 * one difficulty ("máy quét … đã cũ" / "máy quét … hỏng, phải mượn") 0.50 or less.
 */
const MUCH_THE_SAME = 0.54;

/** Whether two texts say much the same thing in different words (see MUCH_THE_SAME). */
export function sayingMuchTheSame(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size) >= MUCH_THE_SAME;
}

/** Texts in order, less any saying much the same as one kept before it. */
export function withoutRewordings(texts: readonly string[]): string[] {
  const kept: string[] = [];
  for (const t of texts) if (!kept.some((k) => sayingMuchTheSame(k, t))) kept.push(t);
  return kept;
}
