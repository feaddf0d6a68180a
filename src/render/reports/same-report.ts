import { readZipEntries, ZipFormatError } from '../../util/zip.js';

const OFFICE = /\.(docx|xlsx)$/i;

/**
 * Whether a saved report file holds what `expected` holds. Office files
 * (zip archives) compare by their parts, names and uncompressed content, so a
 * file written with another build of zlib, with other compressed bytes, still
 * counts as the same report.
 */
export function sameReport(file: string, expected: string | Uint8Array, saved: Uint8Array): boolean {
  const want = typeof expected === 'string' ? Buffer.from(expected, 'utf8') : Buffer.from(expected);
  const have = Buffer.from(saved);
  if (want.equals(have)) return true;
  if (!OFFICE.test(file)) return false;
  try {
    const a = readZipEntries(want);
    const b = readZipEntries(have);
    const byName = new Map(b.map((e) => [e.name, e.data]));
    return a.length === b.length && a.every((e) => byName.get(e.name)?.equals(e.data) === true);
  } catch (err) {
    if (err instanceof ZipFormatError) return false;
    throw err;
  }
}
