// Helpers for writing Vietnamese narrative: number formats and sentence assembly.

/** 1234 → "1.234"; 86.5 → "86,5". */
export function num(value) {
  const [int, frac] = String(value).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (frac ? `,${frac}` : '');
}

/** 100 × a ÷ b with one decimal, Vietnamese style: "45,6%" ("100%" without decimals). */
export function pct(a, b) {
  const rounded = Math.round((1000 * a) / b) / 10;
  return `${num(rounded)}%`;
}

/** First letter upper case: "xã Đại Sơn" → "Xã Đại Sơn". */
export function cap(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const QUARTER_NAME = { 1: 'quý I', 2: 'quý II', 3: 'quý III', 4: 'quý IV' };

/** Joins sentences, dropping empty ones; each must end with its own full stop. */
export function para(...sentences) {
  const out = sentences.flat().filter(Boolean);
  for (const s of out) if (!/[.!?]$/.test(s)) throw new Error(`sentence without a full stop: ${s}`);
  return out.join(' ');
}

/** Sum of one indicator over the given submissions' values (absent values skipped). */
export function total(valueSets, id) {
  return valueSets.reduce((sum, v) => sum + (typeof v?.[id] === 'number' ? v[id] : 0), 0);
}

/** A count as official documents write it: under ten with a leading zero ("05 văn bản"). */
export function two(n) {
  return n < 10 ? `0${n}` : num(n);
}
