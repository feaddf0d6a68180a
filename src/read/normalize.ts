/**
 * Deep copy with every string (keys included) normalised to NFC, so text typed
 * with decomposed diacritics compares equal to the catalogue. Keys such as
 * `__proto__` become plain own properties, never prototypes.
 */
export function normalizeText(value: unknown): unknown {
  if (typeof value === 'string') return nfc(value);
  if (Array.isArray(value)) return value.map(normalizeText);
  if (value instanceof Map) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of value) out[String(k).normalize('NFC')] = normalizeText(v);
    return Object.setPrototypeOf(out, Object.prototype) as unknown;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const name = nfc(key);
      const inner = normalizeText((value as Record<string, unknown>)[key]);
      // Assignment would set the prototype for "__proto__": define it as a plain own property.
      if (name === '__proto__') Object.defineProperty(out, name, { value: inner, enumerable: true, writable: true, configurable: true });
      else out[name] = inner;
    }
    return out;
  }
  return value;
}

const NOT_ASCII = /[^\u0000-\u007f]/;

/** Text in NFC; ASCII (most keys and values) is already NFC and is left as it is. */
export function nfc(s: string): string {
  return NOT_ASCII.test(s) ? s.normalize('NFC') : s;
}
