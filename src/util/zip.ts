import { crc32, inflateRawSync } from 'node:zlib';

/**
 * Just enough of the ZIP format to look inside a workbook before any library
 * parses it (sizes, compression ratio, encryption) and to hand a cleaned copy
 * on. Central directory only; no ZIP64 (no genuine form comes near 4 GB).
 */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; reason: 'no-end-record' | 'truncated' | 'zip64' | 'bad-directory' };

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const MAX_COMMENT = 0xffff;

const decoder = new TextDecoder('utf-8');

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Reads the central directory; never trusts an offset without a bounds check. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const dv = view(bytes);
  const len = bytes.byteLength;
  let eocd = -1;
  for (let i = len - 22; i >= Math.max(0, len - 22 - MAX_COMMENT); i--) {
    if (dv.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'no-end-record' };
  if (eocd >= 20 && dv.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIG) return { ok: false, reason: 'zip64' };
  const count = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { ok: false, reason: 'zip64' };
  if (cdOffset + cdSize > eocd) return { ok: false, reason: 'truncated' };
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || dv.getUint32(p, true) !== CDH_SIG) return { ok: false, reason: 'bad-directory' };
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    if (p + 46 + nameLen > eocd) return { ok: false, reason: 'bad-directory' };
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      crc32: dv.getUint32(p + 16, true),
      compressedSize: dv.getUint32(p + 20, true),
      uncompressedSize: dv.getUint32(p + 24, true),
      localHeaderOffset: dv.getUint32(p + 42, true),
    };
    if (
      entry.compressedSize === 0xffffffff ||
      entry.uncompressedSize === 0xffffffff ||
      entry.localHeaderOffset === 0xffffffff
    )
      return { ok: false, reason: 'zip64' };
    if (entry.localHeaderOffset + 30 + entry.compressedSize > cdOffset) return { ok: false, reason: 'truncated' };
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}

export class ZipEntryError extends Error {
  constructor(
    readonly reason: 'truncated' | 'corrupt' | 'unsupported-method' | 'encrypted',
    readonly entry: string,
  ) {
    super(`${reason}: ${entry}`);
    this.name = 'ZipEntryError';
  }
}

/**
 * Inflates one entry, refusing to produce more than the directory declared
 * (a lying directory is how zip bombs slip past size checks) and checking the CRC.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & 1) throw new ZipEntryError('encrypted', entry.name);
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || dv.getUint32(at, true) !== LFH_SIG) throw new ZipEntryError('corrupt', entry.name);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw new ZipEntryError('truncated', entry.name);
  const raw = bytes.subarray(start, end);
  let data: Uint8Array;
  if (entry.method === 0) {
    data = raw;
  } else if (entry.method === 8) {
    try {
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      throw new ZipEntryError('corrupt', entry.name);
    }
  } else {
    throw new ZipEntryError('unsupported-method', entry.name);
  }
  if (data.byteLength !== entry.uncompressedSize || crc32(data) !== entry.crc32) {
    throw new ZipEntryError('corrupt', entry.name);
  }
  return data;
}

/**
 * One entry to write: stored (its data as is), or deflated: the deflated bytes
 * with the CRC-32 and size of what they inflate to, so that the inflated data
 * need not be kept until the archive is written.
 */
export type ZipEntryToWrite =
  | { name: string; data: Uint8Array }
  | { name: string; deflated: Uint8Array; crc32: number; size: number };

/**
 * Writes a plain ZIP archive: local headers and bodies in the given order, the
 * central directory, the end record. Every entry gets the same MS-DOS date and
 * time (0 = none); names are UTF-8, flagged as such when not plain ASCII; no
 * extra fields, no comments.
 */
export function writeZip(entries: readonly ZipEntryToWrite[], dos: { date: number; time: number } = { date: 0, time: 0 }): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const bodies = entries.map((e) => ('deflated' in e ? e.deflated : e.data));
  const localSize = entries.reduce((s, _, i) => s + 30 + names[i]!.byteLength + bodies[i]!.byteLength, 0);
  const centralSize = names.reduce((s, n) => s + 46 + n.byteLength, 0);
  if (localSize > 0xffffffff || entries.length > 0xffff) throw new RangeError('archive too large for a plain zip');
  const out = new Uint8Array(new ArrayBuffer(localSize + centralSize + 22));
  const dv = view(out);
  /** The fields local and central headers share, from "version needed" to the name's length. */
  const common = (at: number, i: number, crc: number): void => {
    const e = entries[i]!;
    dv.setUint16(at, 20, true); // version needed: 2.0
    dv.setUint16(at + 2, /[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0, true);
    dv.setUint16(at + 4, 'deflated' in e ? 8 : 0, true);
    dv.setUint16(at + 6, dos.time, true);
    dv.setUint16(at + 8, dos.date, true);
    dv.setUint32(at + 10, crc, true);
    dv.setUint32(at + 14, bodies[i]!.byteLength, true);
    dv.setUint32(at + 18, 'deflated' in e ? e.size : e.data.byteLength, true);
    dv.setUint16(at + 22, names[i]!.byteLength, true);
  };
  const offsets: number[] = [];
  const crcs = entries.map((e) => ('deflated' in e ? e.crc32 : crc32(e.data)) >>> 0);
  let p = 0;
  entries.forEach((_, i) => {
    offsets.push(p);
    dv.setUint32(p, LFH_SIG, true);
    common(p + 4, i, crcs[i]!);
    out.set(names[i]!, p + 30);
    out.set(bodies[i]!, p + 30 + names[i]!.byteLength);
    p += 30 + names[i]!.byteLength + bodies[i]!.byteLength;
  });
  const cdStart = p;
  entries.forEach((_, i) => {
    dv.setUint32(p, CDH_SIG, true);
    dv.setUint16(p + 4, 20, true); // made by: MS-DOS, 2.0
    common(p + 6, i, crcs[i]!);
    dv.setUint32(p + 42, offsets[i]!, true);
    out.set(names[i]!, p + 46);
    p += 46 + names[i]!.byteLength;
  });
  dv.setUint32(p, EOCD_SIG, true);
  dv.setUint16(p + 8, entries.length, true);
  dv.setUint16(p + 10, entries.length, true);
  dv.setUint32(p + 12, p - cdStart, true);
  dv.setUint32(p + 16, cdStart, true);
  return out;
}

/** A ZIP with every entry stored (no compression): the cleaned copy handed to the parser. */
export function writeStoredZip(files: readonly { name: string; data: Uint8Array }[]): Uint8Array<ArrayBuffer> {
  return writeZip(files.map((f) => ({ name: f.name, data: f.data })));
}

/** A whole archive's contents, for comparing and rewriting our own Office files. */
export interface ZipFile {
  name: string;
  data: Buffer;
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

/** Reports are a few MB; anything that expands past this is not one of ours. */
export const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;

/** An entry of a zip archive, inflated only when read. */
export interface ZipFileReader {
  name: string;
  /** The entry's content; throws ZipFormatError when it is damaged. */
  read(): Buffer;
}

/**
 * The entries of a zip archive in central-directory order, each inflated only
 * when read: reading them one at a time keeps memory to the largest entry.
 * Throws ZipFormatError for anything that is not a plain (non-zip64,
 * unencrypted, stored or deflated) archive within the size limit.
 */
export function listZipFiles(zip: Uint8Array): ZipFileReader[] {
  const dir = readZipDirectory(zip);
  if (!dir.ok) throw new ZipFormatError(`not a readable zip archive (${dir.reason})`);
  // Declared sizes are binding: readZipEntry refuses an entry that inflates to any other size.
  const total = dir.entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > MAX_UNCOMPRESSED_BYTES) throw new ZipFormatError('archive expands beyond the size limit');
  return dir.entries.map((entry) => ({
    name: entry.name,
    read: () => {
      try {
        const data = readZipEntry(zip, entry);
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      } catch (err) {
        throw new ZipFormatError(err instanceof Error ? err.message : String(err));
      }
    },
  }));
}

/** Reads every entry of a zip archive in central-directory order (see listZipFiles). */
export function readZipEntries(zip: Uint8Array): ZipFile[] {
  return listZipFiles(zip).map((file) => ({ name: file.name, data: file.read() }));
}
