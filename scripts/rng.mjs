// The one seeded pseudo-random number generator of the project's generators:
// the example repository (scripts/example/) and the benchmark data (bench/).

/** mulberry32: small, fast, good enough for plausible figures. Floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit hash of a string. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A random stream keyed by strings (`randomStream(seed, 'xa-dai-son', '2024Q2', 'tthc')`):
 * every draw depends only on its key, so changing one unit never shifts another's data.
 */
export function randomStream(seed, ...key) {
  const next = mulberry32(hash(`${seed}|${key.join('|')}`));
  return {
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
}
