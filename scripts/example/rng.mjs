// Seeded pseudo-random numbers for the example generator. Every draw is keyed by a
// string (unit, period, purpose), so changing one unit never shifts another's data.

const SEED = 'cchc-tu-ky-2024';

/** FNV-1a 32-bit hash of a string. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for plausible example figures. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random stream for one key: `rng('xa-dai-son', '2024Q2', 'tthc')`. */
export function rng(...key) {
  const next = mulberry32(hash(`${SEED}|${key.join('|')}`));
  const r = {
    next,
    /** Uniform float in [a, b). */
    uniform: (a, b) => a + (b - a) * next(),
    /** Uniform integer in [a, b]. */
    int: (a, b) => a + Math.floor((b - a + 1) * next()),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** `n` distinct items in random order. */
    sample: (items, n) => {
      const pool = [...items];
      const out = [];
      while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      return out;
    },
  };
  return r;
}
