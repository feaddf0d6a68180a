/**
 * Deep copy with every string (keys included) normalised to NFC, so text typed
 * with decomposed diacritics compares equal to the catalogue. Keys such as
 * `__proto__` become plain own properties, never prototypes.
 */
export function normalizeText(value: unknown): unknown {
  if (typeof value === 'string') return ownText(nfc(value));
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

/**
 * V8 makes a substring of 13 or more characters a view into the whole string
 * it came from, so one kept narrative would keep its file's whole text (and a
 * province's 40,000 files ~300 MB of text) alive for as long as the data is
 * kept. Copying such a string once lets the file text go.
 */
const SLICE_MIN = 13;

/** The string as text of its own, never a view into a larger string. */
export function ownText(s: string): string {
  return s.length < SLICE_MIN ? s : (' ' + s).slice(1);
}
