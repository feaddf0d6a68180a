import { openOwnZip, ZipFormatError } from '../../util/zip.js';

const OFFICE = /\.(docx|xlsx)$/i;

/**
 * Whether a saved report file holds what `expected` holds. Office files
 * (zip archives) compare by their parts, names and uncompressed content, so a
 * file written with another build of zlib, with other compressed bytes, still
 * counts as the same report.
 */
export async function sameReport(file: string, expected: string | Uint8Array, saved: Uint8Array): Promise<boolean> {
  const want = typeof expected === 'string' ? Buffer.from(expected, 'utf8') : Buffer.from(expected);
  const have = Buffer.from(saved);
  if (want.equals(have)) return true;
  if (!OFFICE.test(file)) return false;
  try {
    // Part by part, so that only two parts at a time are in memory.
    const a = await openOwnZip(want);
    const b = await openOwnZip(have);
    const byName = new Map(b.entries.map((e) => [e.name, e]));
    if (a.entries.length !== byName.size) return false;
    for (const e of a.entries) {
      const other = byName.get(e.name);
      if (!other || !(await a.read(e)).equals(await b.read(other))) return false;
    }
    return true;
  } catch (err) {
    if (err instanceof ZipFormatError) return false;
    throw err;
  }
}
