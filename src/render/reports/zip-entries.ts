import { inflateRawSync } from 'node:zlib';

/** One file inside a zip archive, uncompressed. */
export interface ZipEntry {
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

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Reads every entry of a zip archive (Office files are zip archives), in
 * central-directory order. Sizes come from the central directory, so archives
 * written with data descriptors read too. Throws ZipFormatError for anything
 * that is not a plain (non-zip64, unencrypted, stored or deflated) archive.
 */
export function readZipEntries(zip: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('not a zip archive (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('damaged central directory');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) throw new ZipFormatError(`${name}: encrypted`);
    if (compressed === 0xffffffff || size === 0xffffffff) throw new ZipFormatError(`${name}: zip64 is not supported`);
    total += size;
    if (total > MAX_UNCOMPRESSED_BYTES) throw new ZipFormatError('archive expands beyond the size limit');
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new ZipFormatError(`${name}: damaged local header`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressed);
    if (raw.length !== compressed) throw new ZipFormatError(`${name}: truncated`);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
      } catch (err) {
        throw new ZipFormatError(`${name}: ${(err as Error).message}`);
      }
    } else throw new ZipFormatError(`${name}: compression method ${method} is not supported`);
    if (data.length !== size) throw new ZipFormatError(`${name}: size mismatch`);
    entries.push({ name, data });
  }
  return entries;
}
