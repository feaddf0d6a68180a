/**
 * Deep copy with every string (keys included) normalised to NFC, so text typed
 * with decomposed diacritics compares equal to the catalogue. Keys such as
 * `__proto__` become plain own properties, never prototypes.
 */
export function normalizeText(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeText);
  if (value instanceof Map) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of value) out[String(k).normalize('NFC')] = normalizeText(v);
    return Object.setPrototypeOf(out, Object.prototype) as unknown;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key.normalize('NFC'), {
        value: normalizeText((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
