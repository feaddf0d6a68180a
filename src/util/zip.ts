import { once } from 'node:events';
import { constants, crc32, createDeflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import { Zip, zipSync, type ZipInputFile } from 'fflate';
import type { Entry, ZipFile } from 'yauzl';

/**
 * Zip archives (.xlsx, .docx) through kept libraries. yauzl reads: it checks
 * every offset and size against the file and knows zip64 and encrypted
 * entries; node:zlib inflates an entry's bytes never past its declared size
 * (a lying directory is how zip bombs slip past size checks), and the CRC is
 * checked here (inflating in one call is ~2x faster than through yauzl's stream
 * on the 20 MB body of a 10,000-unit report).
 * fflate writes the headers and the directory. The deflating itself is
 * node:zlib's: on the parts of a report workbook (7.4 MB of XML) it takes 63 ms
 * at level 6 where fflate's JavaScript deflate takes 175 ms. Both libraries
 * are loaded on first use, so commands that never touch a zip do not pay for them.
 */

/** An entry of an archive as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  encrypted: boolean;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
}

export type ZipProblem = 'not-a-zip' | 'bad-directory' | 'too-many-entries' | 'truncated' | 'corrupt' | 'unsupported-method' | 'encrypted';

/** A damaged or unsupported archive or entry; `entry` is null for the archive itself. */
export class ZipFormatError extends Error {
  constructor(
    readonly reason: ZipProblem,
    readonly entry: string | null,
    readonly detail = '',
  ) {
    super(`${reason}${entry === null ? '' : `: ${entry}`}${detail ? ` (${detail})` : ''}`);
    this.name = 'ZipFormatError';
  }
}

/** An archive opened for reading: its entries in central-directory order, each inflated only when read. */
export interface ZipArchive {
  readonly entries: readonly ZipEntry[];
  /** The entry's content, checked against its declared size and CRC; throws ZipFormatError. */
  read(entry: ZipEntry): Promise<Buffer>;
}

/** yauzl's words for a file that ends too early. */
const TRUNCATED = /overflows|truncated|end of central directory record signature not found|unexpected EOF|too few bytes/i;

function directoryError(err: unknown): ZipFormatError {
  const message = err instanceof Error ? err.message : String(err);
  if (/end of central directory record signature not found/i.test(message)) return new ZipFormatError('not-a-zip', null, message);
  return new ZipFormatError(TRUNCATED.test(message) ? 'truncated' : 'bad-directory', null, message);
}

/**
 * Opens an archive held in memory and reads its central directory (nothing is
 * inflated yet). Throws ZipFormatError when it is not a readable archive or
 * has more than `maxEntries` entries (counted as they are read, so a directory
 * claiming millions costs nothing).
 */
export async function openZip(bytes: Uint8Array, { maxEntries = Infinity }: { maxEntries?: number } = {}): Promise<ZipArchive> {
  const yauzl = await import('yauzl');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { decodeStrings: true, validateEntrySizes: true, strictFileNames: false });
  } catch (err) {
    throw directoryError(err);
  }
  if (zip.entryCount > maxEntries) throw new ZipFormatError('too-many-entries', null, String(zip.entryCount));
  const raw = new Map<ZipEntry, Entry>();
  try {
    for await (const e of zip.eachEntry()) {
      const entry: ZipEntry = {
        name: e.fileName,
        method: e.compressionMethod,
        encrypted: e.isEncrypted(),
        crc32: e.crc32 >>> 0,
        compressedSize: e.compressedSize,
        uncompressedSize: e.uncompressedSize,
      };
      raw.set(entry, e);
    }
  } catch (err) {
    throw directoryError(err);
  }
  return {
    entries: [...raw.keys()],
    read: async (entry) => {
      const e = raw.get(entry);
      if (!e) throw new ZipFormatError('corrupt', entry.name, 'not an entry of this archive');
      if (entry.encrypted) throw new ZipFormatError('encrypted', entry.name);
      if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError('unsupported-method', entry.name, String(entry.method));
      // yauzl finds and bounds the entry's bytes; node:zlib inflates them at once, never past the declared size.
      const chunks: Buffer[] = [];
      let data: Buffer;
      try {
        const stream = await zip.openReadStreamPromise(e, entry.method === 0 ? {} : { decompress: false });
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        data = entry.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        throw new ZipFormatError(TRUNCATED.test(message) ? 'truncated' : 'corrupt', entry.name, message);
      }
      if (data.byteLength !== entry.uncompressedSize || crc32(data) >>> 0 !== entry.crc32) {
        throw new ZipFormatError('corrupt', entry.name, 'size or CRC differs from the directory');
      }
      return data;
    },
  };
}

/** Reports are a few MB; anything that expands past this is not one of ours. */
export const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;

/** An archive of ours (a report, a form) to compare or rewrite: bounded in total size. */
export async function openOwnZip(bytes: Uint8Array): Promise<ZipArchive> {
  const zip = await openZip(bytes);
  const total = zip.entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > MAX_UNCOMPRESSED_BYTES) throw new ZipFormatError('corrupt', null, 'archive expands beyond the size limit');
  return zip;
}

/** Every entry of an archive of ours, in central-directory order. */
export async function readZipEntries(bytes: Uint8Array): Promise<{ name: string; data: Buffer }[]> {
  const zip = await openOwnZip(bytes);
  const out: { name: string; data: Buffer }[] = [];
  for (const e of zip.entries) out.push({ name: e.name, data: await zip.read(e) });
  return out;
}

/** zlib's default level. Level 9 takes 25× as long on the big, periodic sheet XML of a workbook for 20 % less. */
export const DEFLATE_LEVEL = 6;

/** Parts up to this size are deflated in one call; larger ones, and parts given in pieces, through a stream. */
const SMALL_PART = 1 << 20;

/** Deflates data given in parts as one stream, without joining the parts first. */
async function deflateParts(parts: readonly Uint8Array[], level: number): Promise<{ deflated: Buffer; crc: number; size: number }> {
  // One small part (most parts of an Office file): at once, without a stream's overhead.
  if (parts.length === 1 && parts[0]!.byteLength <= SMALL_PART) {
    const part = parts[0]!;
    return { deflated: deflateRawSync(part, { level }), crc: crc32(part) >>> 0, size: part.byteLength };
  }
  const deflate = createDeflateRaw({ level, strategy: constants.Z_DEFAULT_STRATEGY });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = once(deflate, 'end');
  let crc = 0;
  let size = 0;
  for (const part of parts) {
    crc = crc32(part, crc);
    size += part.byteLength;
    deflate.write(part);
  }
  deflate.end();
  await done;
  return { deflated: out.length === 1 ? out[0]! : Buffer.concat(out), crc: crc >>> 0, size };
}

/**
 * The Date whose local-time fields are `time`'s UTC fields: fflate writes an
 * entry's MS-DOS date and time from local fields, and the same report must
 * give the same bytes in every time zone. Where that local time does not
 * exist (a daylight-saving gap), noon of the same day stands in. MS-DOS dates
 * run from 1980; fflate's end at 2099.
 */
function localFieldsOf(time: Date): Date {
  const y = Math.min(Math.max(time.getUTCFullYear(), 1980), 2099);
  const at = (h: number, m: number, s: number) => new Date(y, time.getUTCMonth(), time.getUTCDate(), h, m, s);
  const local = at(time.getUTCHours(), time.getUTCMinutes(), time.getUTCSeconds());
  return local.getHours() === time.getUTCHours() && local.getDate() === time.getUTCDate() ? local : at(12, 0, 0);
}

/**
 * Writes a zip archive entry by entry, in the order given: every entry with
 * the same time stamp, deflated (or stored when deflating does not pay), no
 * extra fields or comments, so the same entries always give the same bytes.
 * Parts of an entry are deflated as one stream and never joined.
 */
export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly mtime: Date;
  private readonly zip: Zip;
  private failure: Error | null = null;

  /** `time`: the stamp of every entry (its UTC date and time); 1980-01-01 when not given. */
  constructor(time: Date = new Date(Date.UTC(1980, 0, 1))) {
    this.mtime = localFieldsOf(time);
    this.zip = new Zip((err, chunk) => {
      if (err) this.failure = err;
      else this.chunks.push(chunk);
    });
  }

  /**
   * Adds an entry made of `parts` (or one buffer), deflated at `level`; level
   * 0 stores it. Deflated data that is not smaller is stored instead.
   */
  async add(name: string, parts: Uint8Array | Iterable<Uint8Array>, level = DEFLATE_LEVEL): Promise<void> {
    const list = parts instanceof Uint8Array ? [parts] : [...parts];
    let body: Uint8Array[];
    let crc = 0;
    let size = 0;
    let compression = 0;
    if (level === 0) {
      for (const part of list) {
        crc = crc32(part, crc);
        size += part.byteLength;
      }
      body = list;
    } else {
      const packed = await deflateParts(list, level);
      ({ crc, size } = packed);
      compression = packed.deflated.byteLength < size ? 8 : 0;
      body = compression === 8 ? [packed.deflated] : list;
    }
    // fflate's documented way to add data compressed elsewhere: a ZipInputFile whose ondata it sets.
    const file: ZipInputFile = { filename: name, size, crc: crc >>> 0, compression, mtime: this.mtime, os: 0, attrs: 0 };
    this.zip.add(file);
    if (body.length === 0) body = [new Uint8Array(0)];
    body.forEach((chunk, i) => file.ondata!(null, chunk as Uint8Array<ArrayBuffer>, i === body.length - 1));
    if (this.failure) throw this.failure;
  }

  /** The archive's bytes; the writer is done. */
  finish(): Buffer {
    this.zip.end();
    if (this.failure) throw this.failure;
    return Buffer.concat(this.chunks);
  }
}

/**
 * A zip with every entry stored (no compression), made at once: the cleaned
 * copy of a workbook handed to the parser, and test fixtures.
 */
export function writeStoredZip(files: readonly { name: string; data: Uint8Array }[]): Uint8Array<ArrayBuffer> {
  const mtime = localFieldsOf(new Date(Date.UTC(1980, 0, 1)));
  const out = zipSync(Object.fromEntries(files.map((f) => [f.name, [new Uint8Array(f.data), { level: 0, mtime, os: 0, attrs: 0 }]])));
  return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
}
