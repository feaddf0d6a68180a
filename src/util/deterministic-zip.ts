import { openOwnZip, ZipWriter } from './zip.js';
import { xmlPartWithoutForbidden } from '../render/xml-safe.js';

/** Parts that Office readers expect first; everything else follows in name order. */
const FIRST = ['[Content_Types].xml', '_rels/.rels'];

function entryOrder(a: { name: string }, b: { name: string }): number {
  const ia = FIRST.indexOf(a.name);
  const ib = FIRST.indexOf(b.name);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? FIRST.length : ia) - (ib < 0 ? FIRST.length : ib);
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** 2024-06-30T00:00:00Z: the W3CDTF form Office writes in docProps/core.xml. */
function w3cdtf(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Sets the document's created and modified dates (docProps/core.xml), the only clock readings inside. */
function patchCoreProperties(xml: string, time: Date): string {
  const stamp = w3cdtf(time);
  return xml
    .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

/**
 * Rewrites an Office file (.docx, .xlsx: a zip archive) so that the same
 * content always gives the same bytes: entries in a fixed order, every entry
 * time and the document's created/modified dates set to `time`, the same
 * compression for every entry, no extra fields or comments. The content of
 * every part other than docProps/core.xml and embedded Office files (rewritten
 * the same way) is kept byte for byte.
 */
export async function deterministicZip(zip: Uint8Array, time: Date): Promise<Buffer> {
  const archive = await openOwnZip(zip);
  const out = new ZipWriter(time);
  // One entry inflated at a time, and let go once deflated: a workbook of 10,000 units holds ~80 MB of XML.
  for (const entry of [...archive.entries].sort(entryOrder)) {
    let data = await archive.read(entry);
    // The last guard: whatever wrote a part, it leaves as well-formed XML (see xml-safe.ts).
    if (/\.(xml|rels)$/.test(entry.name)) data = xmlPartWithoutForbidden(data);
    if (entry.name === 'docProps/core.xml') data = Buffer.from(patchCoreProperties(data.toString('utf8'), time), 'utf8');
    // An Office file inside (a chart's workbook in word/embeddings/) is made the same way.
    if (/\.(xlsx|docx)$/i.test(entry.name)) data = await deterministicZip(data, time);
    await out.add(entry.name, data);
  }
  return out.finish();
}

/**
 * The time stamped into reports: SOURCE_DATE_EPOCH (seconds since 1970, the
 * reproducible-builds convention) when given, otherwise the end of the period
 * reported on (midnight UTC of its last day). Null when SOURCE_DATE_EPOCH is
 * set but is not a whole number of seconds.
 */
export function reportTimestamp(periodLastDay: string, sourceDateEpoch: string | undefined): Date | null {
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== '') {
    if (!/^\d{1,12}$/.test(sourceDateEpoch.trim())) return null;
    return new Date(Number(sourceDateEpoch.trim()) * 1000);
  }
  return new Date(`${periodLastDay}T00:00:00Z`);
}
