import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openZip, writeStoredZip, ZipFormatError, ZipWriter } from '../../../src/util/zip.js';
import { deflatedZip } from '../../fixtures/xlsx/bad-files.js';
import { readZip } from '../../helpers/zip.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-zip-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const enc = new TextEncoder();

async function sample(time: Date): Promise<Buffer> {
  const zip = new ZipWriter(time);
  // An entry given in parts (as the spliced Word body is), one that does not compress, one empty.
  await zip.add('word/document.xml', ['<w:body>', 'Tỷ lệ hồ sơ đúng hạn '.repeat(500), '</w:body>'].map((s) => enc.encode(s)));
  await zip.add('media/random.bin', Uint8Array.from({ length: 256 }, (_, i) => (i * 7919) % 251));
  await zip.add('empty.txt', new Uint8Array(0));
  return zip.finish();
}

describe('ZipWriter (fflate headers, node:zlib deflate)', () => {
  it('writes what an independent reader, unzip and yauzl read back, parts joined, in the order given', async () => {
    const bytes = await sample(new Date('2024-06-14T00:00:00Z'));
    const independent = readZip(bytes);
    expect([...independent.keys()]).toEqual(['word/document.xml', 'media/random.bin', 'empty.txt']);
    expect(independent.get('word/document.xml')!.toString('utf8')).toBe(`<w:body>${'Tỷ lệ hồ sơ đúng hạn '.repeat(500)}</w:body>`);
    const zip = await openZip(bytes);
    // Text is deflated; data that does not shrink is stored.
    expect(zip.entries.map((e) => e.method)).toEqual([8, 0, 0]);
    expect((await zip.read(zip.entries[1]!)).equals(independent.get('media/random.bin')!)).toBe(true);
    const file = join(dir, 'sample.zip');
    writeFileSync(file, bytes);
    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    expect(listing.split('\n').filter((l) => /\d{4}-\d\d-\d\d \d\d:\d\d/.test(l)).every((l) => l.includes('2024-06-14 00:00'))).toBe(true);
  });

  it('gives the same bytes for the same entries in any time zone', async () => {
    const saved = process.env['TZ'];
    const outputs: Buffer[] = [];
    try {
      for (const tz of ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env['TZ'] = tz;
        outputs.push(await sample(new Date('2024-12-14T00:00:00Z')));
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
    for (const o of outputs) expect(o.equals(outputs[0]!)).toBe(true);
  });
});

describe('openZip (yauzl)', () => {
  it('refuses an entry that inflates past its declared size, and a CRC that does not match', async () => {
    const lying = await openZip(deflatedZip([{ name: 'a.xml', data: new Uint8Array(100_000) }], { uncompressedSize: 1000 }));
    await expect(lying.read(lying.entries[0]!)).rejects.toThrow(ZipFormatError);
    const stored = writeStoredZip([{ name: 'a.txt', data: enc.encode('xin chào') }]);
    const flipped = Buffer.from(stored);
    flipped[flipped.indexOf('xin chào')] ^= 1;
    const bad = await openZip(flipped);
    await expect(bad.read(bad.entries[0]!)).rejects.toMatchObject({ reason: 'corrupt' });
  });

  it('says what is not a zip archive', async () => {
    await expect(openZip(enc.encode('không phải tệp zip'))).rejects.toMatchObject({ reason: 'not-a-zip' });
  });
});
