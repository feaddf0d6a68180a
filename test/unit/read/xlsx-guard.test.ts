import { describe, expect, it } from 'vitest';
import { guardWorkbook } from '../../../src/read/xlsx/guard.js';
import { openZip, writeStoredZip, ZipFormatError } from '../../../src/util/zip.js';
import { readWorkbook } from '../../../src/read/xlsx/read-workbook.js';
import { readXlsx } from '../../../src/read/xlsx.js';
import { BAD_FILES, MALFORMED_SHEET } from '../../fixtures/xlsx/bad-files.js';

describe('zip helpers', () => {
  it('write a stored zip that reads back entry by entry', async () => {
    const files = [
      { name: 'a.txt', data: new TextEncoder().encode('xin chào') },
      { name: 'thư mục/b.xml', data: new Uint8Array([1, 2, 3]) },
    ];
    const zip = await openZip(writeStoredZip(files));
    expect(zip.entries.map((e) => [e.name, e.method])).toEqual([
      ['a.txt', 0],
      ['thư mục/b.xml', 0],
    ]);
    expect((await zip.read(zip.entries[0]!)).toString('utf8')).toBe('xin chào');
  });

  it('refuse an archive cut short, and a directory claiming more entries than allowed', async () => {
    const zip = writeStoredZip([{ name: 'a', data: new Uint8Array(100) }]);
    await expect(openZip(zip.subarray(0, 50))).rejects.toMatchObject({ reason: 'not-a-zip' });
    await expect(openZip(zip, { maxEntries: 0 })).rejects.toBeInstanceOf(ZipFormatError);
  });
});

describe('files that are not readable workbooks', () => {
  for (const bad of BAD_FILES) {
    it(`${bad.name} → ${bad.expected}`, async () => {
      const bytes = bad.bytes();
      // The cheap guard or the in-process reader, and the public reader: all agree.
      const reading = await readWorkbook(bytes);
      expect(reading.data).toBeUndefined();
      expect(reading.problems.map((p) => p.code)).toEqual([bad.expected]);
      const result = await readXlsx(bytes);
      expect(result.data).toBeUndefined();
      expect(result.problems.map((p) => [p.code, p.severity, p.cell])).toEqual([[bad.expected, 'error', null]]);
      expect(result.problems[0]!.message).toMatch(/Excel|bảng tính|tệp/i);
    });
  }

  it(`${MALFORMED_SHEET.name} → ${MALFORMED_SHEET.expected}, naming the part on one line`, async () => {
    // The guard parses every sheet with a real XML parser before exceljs sees it.
    const r = await readXlsx(MALFORMED_SHEET.bytes());
    expect(r.data).toBeUndefined();
    expect(r.problems.map((p) => p.code)).toEqual(['xlsx-corrupt']);
    expect(r.problems[0]!.message).toBe('Tệp Excel bị hỏng (phần "xl/worksheets/sheet1.xml" không đọc được); hãy mở bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại.');
  });

  it('the guard decides on size before looking inside', async () => {
    const r = await guardWorkbook(new Uint8Array(100), { ...guardLimits(), maxFileBytes: 10 });
    expect(r).toMatchObject({ ok: false, problem: { code: 'xlsx-too-large' } });
  });
});

function guardLimits() {
  return { maxFileBytes: 1e9, maxExpandedBytes: 1e9, maxRatio: 100, ratioFloorBytes: 1e6, maxEntries: 100, timeBudgetMs: 1000 };
}
