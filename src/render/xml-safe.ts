/**
 * The one way text enters an XML output (the report's .docx and .xlsx parts,
 * the JUnit and other XML formats): XML 1.0 cannot carry C0 controls other
 * than tab, line feed and carriage return, U+FFFE, U+FFFF or unpaired
 * surrogates at all (not even as `&#1;`), and Word and LibreOffice refuse a
 * part that holds one. Such characters are dropped.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** `text` without the characters XML 1.0 forbids (paired surrogates, an emoji say, are kept). */
export function withoutXmlForbidden(text: string): string {
  return HAS_NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHAR, '') : text;
}

/** Text as it goes into a Word or Excel document: NFC, without the characters XML 1.0 forbids. */
export function documentText(text: string): string {
  return withoutXmlForbidden(text.normalize('NFC'));
}

/**
 * The last guard of a serialised part (UTF-8 XML), whatever wrote it: drops
 * every raw byte sequence of a character XML 1.0 forbids. Such a character is
 * not allowed anywhere in a document, markup included, so dropping it cannot
 * change what a well-formed part means; the part is returned as it is (the
 * same object) when it has none, which is always unless a text bypassed
 * documentText. (UTF-8 from Buffer.from never holds a lone surrogate: it
 * becomes U+FFFD.)
 */
export function xmlPartWithoutForbidden(part: Buffer): Buffer {
  if (!hasForbiddenBytes(part)) return part;
  const out = Buffer.allocUnsafe(part.length);
  let n = 0;
  for (let i = 0; i < part.length; i++) {
    const b = part[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) continue;
    if (b === 0xef && part[i + 1] === 0xbf && (part[i + 2] === 0xbe || part[i + 2] === 0xbf)) {
      i += 2;
      continue;
    }
    out[n++] = b;
  }
  return out.subarray(0, n);
}

/** The bytes of a forbidden character in UTF-8, read one byte a character (latin1). */
const FORBIDDEN_BYTES = /[\x00-\x08\x0B\x0C\x0E-\x1F]|\xEF\xBF[\xBE\xBF]/;
const SCAN_CHUNK = 1 << 20;

/**
 * Whether a part holds a forbidden character. Scanned a megabyte at a time as
 * one-byte text by the regular expression engine: about 1 ns a byte, four
 * times faster than a loop over the bytes (a report workbook of 10,000 units
 * is ~100 MB of XML).
 */
function hasForbiddenBytes(part: Buffer): boolean {
  for (let i = 0; i < part.length; i += SCAN_CHUNK) {
    // Two bytes of overlap: a three-byte sequence cut by the chunk's end is still seen whole.
    if (FORBIDDEN_BYTES.test(part.toString('latin1', i, Math.min(part.length, i + SCAN_CHUNK + 2)))) return true;
  }
  return false;
}
