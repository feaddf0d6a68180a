import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deterministicZip } from '../../../src/util/deterministic-zip.js';
import { sameReport } from '../../../src/render/reports/same-report.js';
import { readZipEntries } from '../../../src/util/zip.js';

const SAMPLE = fileURLToPath(new URL('../../helpers/office-sample.mjs', import.meta.url));
let dir: string;
let docx: Buffer;
const time = new Date('2024-06-30T00:00:00Z');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-repro-'));
  execFileSync(process.execPath, [SAMPLE, join(dir, 's')], { cwd: fileURLToPath(new URL('../../../', import.meta.url)) });
  docx = readFileSync(join(dir, 's.docx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The same parts, compressed differently (as another zlib build might): a stored-only zip. */
async function storedCopy(zip: Buffer): Promise<Buffer> {
  const entries = await readZipEntries(zip);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(10, 4);
    h.writeUInt32LE(crc32(e.data) >>> 0, 14);
    h.writeUInt32LE(e.data.length, 18);
    h.writeUInt32LE(e.data.length, 22);
    h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt32LE(h.readUInt32LE(14), 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.data.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    parts.push(h, name, e.data);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const dirBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dirBuf, end]);
}

describe('sameReport', () => {
  it('an Office file compressed differently but with the same parts is the same report', async () => {
    const written = await deterministicZip(docx, time);
    const other = await storedCopy(written);
    expect(other.equals(written)).toBe(false);
    expect(await sameReport('r.docx', written, other)).toBe(true);
  });

  it('a changed part, a missing part or a broken file is a different report', async () => {
    const written = await deterministicZip(docx, time);
    const later = await deterministicZip(docx, new Date('2024-07-01T00:00:00Z'));
    expect(await sameReport('r.docx', written, later)).toBe(false);
    expect(await sameReport('r.docx', written, Buffer.from('không phải docx'))).toBe(false);
    expect(await sameReport('r.json', '{"a":1}\n', Buffer.from('{"a":2}\n'))).toBe(false);
    expect(await sameReport('r.json', '{"a":1}\n', Buffer.from('{"a":1}\n'))).toBe(true);
  });
});
