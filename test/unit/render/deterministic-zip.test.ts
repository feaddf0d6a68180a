import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deterministicZip, reportTimestamp } from '../../../src/util/deterministic-zip.js';
import { readZipEntries, ZipFormatError } from '../../../src/util/zip.js';

const SAMPLE = fileURLToPath(new URL('../../helpers/office-sample.mjs', import.meta.url));
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

let dir: string;
const runs: { docx: Buffer; xlsx: Buffer }[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-zip-'));
  // Two separate runs, as two `cchc report` invocations would be.
  for (const [name, offset] of [['a', 0], ['b', 26 * 3600 * 1000 + 3000]] as const) {
    execFileSync(process.execPath, [SAMPLE, join(dir, name)], {
      cwd: fileURLToPath(new URL('../../../', import.meta.url)),
      env: { ...process.env, CLOCK_OFFSET_MS: String(offset) },
    });
    runs.push({ docx: readFileSync(join(dir, `${name}.docx`)), xlsx: readFileSync(join(dir, `${name}.xlsx`)) });
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const time = new Date('2024-06-30T00:00:00Z');

describe('deterministicZip', () => {
  it('the libraries alone do not give identical bytes; after rewriting, two runs are identical', async () => {
    for (const kind of ['docx', 'xlsx'] as const) {
      expect(runs[0]![kind].equals(runs[1]![kind])).toBe(false);
      const a = await deterministicZip(runs[0]![kind], time);
      const b = await deterministicZip(runs[1]![kind], time);
      expect(a.equals(b)).toBe(true);
      // Idempotent: rewriting a rewritten file changes nothing.
      expect((await deterministicZip(a, time)).equals(a)).toBe(true);
    }
  });

  it('keeps every part byte for byte except the dates in docProps/core.xml', async () => {
    for (const kind of ['docx', 'xlsx'] as const) {
      const before = await readZipEntries(runs[0]![kind]);
      const after = await readZipEntries(await deterministicZip(runs[0]![kind], time));
      expect(after[0]!.name).toBe('[Content_Types].xml');
      expect(after.map((e) => e.name).sort()).toEqual(before.map((e) => e.name).sort());
      for (const e of after) {
        const original = before.find((o) => o.name === e.name)!;
        if (e.name === 'docProps/core.xml') {
          const xml = e.data.toString('utf8');
          expect(xml).toMatch(/<dcterms:created [^>]*>2024-06-30T00:00:00Z<\/dcterms:created>/);
          expect(xml).toMatch(/<dcterms:modified [^>]*>2024-06-30T00:00:00Z<\/dcterms:modified>/);
        } else {
          expect(e.data.equals(original.data)).toBe(true);
        }
      }
    }
  });

  it('stamps every entry with the given time (as unzip lists it)', async () => {
    const file = join(dir, 'fixed.xlsx');
    writeFileSync(file, await deterministicZip(runs[0]!.xlsx, new Date('2024-06-14T00:00:00Z')));
    const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    const dates = listing.split('\n').filter((l) => /\d{4}-\d\d-\d\d \d\d:\d\d/.test(l));
    expect(dates.length).toBeGreaterThan(5);
    for (const l of dates) expect(l).toContain('2024-06-14 00:00');
    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });

  it.skipIf(!hasSoffice)('LibreOffice still opens the rewritten files', async () => {
    const out = join(dir, 'pdf');
    for (const kind of ['docx', 'xlsx'] as const) {
      const file = join(dir, `fixed-${kind}.${kind}`);
      writeFileSync(file, await deterministicZip(runs[0]![kind], time));
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', out, file], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      const pdf = join(out, `fixed-${kind}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(text.replace(/\s+/g, ' ')).toContain('Tỷ lệ hồ sơ đúng hạn');
    }
  });

  it('refuses what is not a zip archive', async () => {
    await expect(readZipEntries(Buffer.from('không phải tệp zip'))).rejects.toThrow(ZipFormatError);
    const truncated = (await deterministicZip(runs[0]!.docx, time)).subarray(0, 2000);
    await expect(readZipEntries(truncated)).rejects.toThrow(ZipFormatError);
  });
});

describe('reportTimestamp', () => {
  it('uses SOURCE_DATE_EPOCH when set, else the last day of the period', () => {
    expect(reportTimestamp('2024-06-30', undefined)?.toISOString()).toBe('2024-06-30T00:00:00.000Z');
    expect(reportTimestamp('2024-06-30', '')?.toISOString()).toBe('2024-06-30T00:00:00.000Z');
    expect(reportTimestamp('2024-06-30', '1718409600')?.toISOString()).toBe('2024-06-15T00:00:00.000Z');
    expect(reportTimestamp('2024-06-30', 'hôm qua')).toBeNull();
    expect(reportTimestamp('2024-06-30', '-5')).toBeNull();
  });
});
