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
