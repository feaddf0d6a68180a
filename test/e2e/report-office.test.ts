/**
 * `cchc report` end to end: both files for a quarter, a half and a year; real
 * office software (LibreOffice) converts them to PDF, and the text poppler
 * extracts from the PDFs carries the headings, the period and the figures of
 * the JSON output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consolidation } from '../../src/consolidate/types.js';
import { cchc, ROOT } from '../helpers/cli.js';
import { hasOffice, hasPoppler, officeSkipReason, requireVietnameseFonts } from '../helpers/office.js';

/** The example repository: UBND huyện Tứ Kỳ, 38 units, 2024Q1–Q4. */
const REPO = join(ROOT, 'examples', 'tu-ky');
const PERIODS = ['2024Q2', '2024S1', '2024'] as const;
/** Issue 11: the body, everything before the first appendix, in LibreOffice. */
const MAX_BODY_PAGES: Record<(typeof PERIODS)[number], number> = { '2024Q2': 15, '2024S1': 20, '2024': 25 };

/** Vietnamese number formats computed independently of the code under test. */
const vi = (value: number, decimals: { min: number; max: number }) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals.min, maximumFractionDigits: decimals.max }).format(value);

const squash = (s: string) => s.replace(/\s+/g, ' ');

officeSkipReason();

describe('cchc report writes Word and Excel files that LibreOffice opens', () => {
  const out = mkdtempSync(join(tmpdir(), 'cchc-report-office-'));
  const profile = mkdtempSync(join(tmpdir(), 'cchc-lo-profile-'));
  const json = new Map<string, Consolidation>();

  beforeAll(() => {
    // Without fonts covering Vietnamese every PDF text check below fails confusingly: say why once.
    if (hasOffice && hasPoppler) requireVietnameseFonts();
    for (const p of PERIODS) {
      const r = cchc(['report', '--period', p, '--format', 'docx,xlsx,json', '--out', out], { cwd: REPO });
      expect(r.stderr).toContain(`bao-cao-cchc-${p}.docx`);
      expect(r.code).toBe(0);
      json.set(p, JSON.parse(readFileSync(join(out, `bao-cao-cchc-${p}.json`), 'utf8')) as Consolidation);
    }
  }, 120_000);

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('writes both files for a quarter, a half year and a year', () => {
    for (const p of PERIODS) {
      for (const ext of ['docx', 'xlsx']) expect(existsSync(join(out, `bao-cao-cchc-${p}.${ext}`))).toBe(true);
    }
  });

  /** Pages of the PDF before the first landscape page: the body, everything before "Phụ lục I". */
  function bodyPages(pdf: string): number {
    const info = spawnSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
    const sizes = [...info.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => Number(m[1]) > Number(m[2]));
    expect(sizes.length).toBeGreaterThan(0);
    const first = sizes.indexOf(true);
    return first < 0 ? sizes.length : first;
  }
  const pdfs = new Map<string, string>();

  function convert(file: string): string {
    const dir = mkdtempSync(join(out, 'pdf-'));
    const run = () =>
      spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
        encoding: 'utf8',
        timeout: 180_000,
      });
    let r = run();
    // A LibreOffice process killed by a signal (a crash under load) is retried once; an error exit is not.
    if (r.status === null) r = run();
    expect(r.status, `${r.signal ?? ''} ${r.stderr}`).toBe(0);
    const pdf = join(dir, file.split('/').pop()!.replace(/\.(docx|xlsx)$/, '.pdf'));
    expect(existsSync(pdf)).toBe(true);
    pdfs.set(file, pdf);
    const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(text.status).toBe(0);
    return text.stdout;
  }

  for (const p of PERIODS) {
    it.skipIf(!hasOffice || !hasPoppler)(`${p}: the Word report's PDF has the headings, the period and the JSON figures`, () => {
      const text = squash(convert(join(out, `bao-cao-cchc-${p}.docx`)));
      const compact = text.replace(/\s/g, '');
      const c = json.get(p)!;
      for (const heading of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'BÁO CÁO',
        'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH',
        'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
        'ĐÁNH GIÁ CHUNG',
        'ĐỀ XUẤT, KIẾN NGHỊ',
        'Nơi nhận:',
        'Phụ lục I',
        'Phụ lục II',
      ]) {
        expect(text).toContain(heading);
      }
      expect(text).toContain(`Kết quả thực hiện công tác cải cách hành chính ${c.period.label}`);
      expect(text).toContain(`${c.completeness.submitted}/${c.completeness.expected} cơ quan, đơn vị`);
      for (const ind of c.indicators) {
        // An indicator the plan reads "trong năm" is given year to date in a report shorter than a year.
        const ytd = ind.window === 'year-to-date' && ind.yearToDate && c.yearToDate !== null && c.yearToDate.id !== c.period.id;
        const figure = ytd ? ind.yearToDate!.figure : ind.figure;
        const value = figure.value;
        if (typeof value !== 'number') continue;
        const shown = ind.isRate || ind.type === 'percent' ? `${vi(value, { min: 0, max: 1 })}%` : vi(value, { min: 0, max: 2 });
        expect(text, `${ind.id} = ${shown}`).toContain(shown);
        if (ind.isRate && figure.numerator != null && figure.denominator != null) {
          // The counts may wrap after the slash in a narrow cell: compare without spaces.
          const parts = `(${vi(figure.numerator, { min: 0, max: 0 })}/${vi(figure.denominator, { min: 0, max: 0 })})`;
          expect(compact, `${ind.id} counts`).toContain(parts);
        }
      }
      if (p === '2024') expect(text).toContain('MỨC ĐỘ HOÀN THÀNH CÁC MỤC TIÊU CỦA KẾ HOẠCH');
      if (p !== '2024Q2') expect(text).toContain('và phương hướng, nhiệm vụ');
      // The chart is drawn by LibreOffice from its data: its legend, axis titles and categories are text of the PDF.
      const drawn = c.trend.series.filter((s) => s.values.some((v) => v !== null));
      expect(drawn.length).toBeGreaterThanOrEqual(4);
      for (const s of drawn) expect(text, s.shortName).toContain(s.shortName);
      for (const label of ['Tỷ lệ (%)', 'Quý', 'Biểu đồ 1.', ...c.trend.periods.map((q) => q.label)]) expect(text).toContain(label);
      expect(text).toMatch(/\b100%/);
      // No invisible characters reach the reader (they end up in copied text).
      expect(text).not.toMatch(/[\u200b-\u200f\u2060\ufeff]/);
      // A district's report runs 10–15 pages for a quarter, somewhat more for six months and a year.
      const pages = bodyPages(pdfs.get(join(out, `bao-cao-cchc-${p}.docx`))!);
      expect(pages, `${p}: ${pages} pages before Phụ lục I`).toBeLessThanOrEqual(MAX_BODY_PAGES[p]);
      expect(pages).toBeGreaterThanOrEqual(4);
      // The appendices the introduction points to are there, in its order.
      const pointers = /Chi tiết (.*?) kèm theo báo cáo này\./.exec(text)?.[1] ?? '';
      expect(pointers).toMatch(/Phụ lục I,.*Phụ lục II,.*Phụ lục III/);
      for (const n of ['Phụ lục I', 'Phụ lục II', 'Phụ lục III']) expect(text).toMatch(new RegExp(`${n} [^a-zđ(]+\\(Kèm theo Báo cáo`));
    }, 120_000);

    it.skipIf(!hasOffice || !hasPoppler)(`${p}: the workbook's PDF has the sheets' titles and the JSON figures`, () => {
      const text = squash(convert(join(out, `bao-cao-cchc-${p}.xlsx`)));
      const c = json.get(p)!;
      expect(text).toContain(`KẾT QUẢ CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH ${c.period.label.toUpperCase()}`);
      expect(text).toContain('TÌNH HÌNH GỬI BÁO CÁO');
      expect(text).toContain('KẾT QUẢ KIỂM TRA SỐ LIỆU');
      for (const ind of c.indicators) {
        const value = ind.figure.value;
        if (typeof value !== 'number') continue;
        const shown = ind.isRate || ind.type === 'percent' ? `${vi(value, { min: 1, max: 1 })}%` : vi(value, { min: 0, max: 2 });
        expect(text, `${ind.id} = ${shown}`).toContain(shown);
      }
    }, 120_000);

    it(`${p}: the workbook read back with a spreadsheet library: contents first, rates as percentages, no identifiers on the reader's sheets`, async () => {
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(out, `bao-cao-cchc-${p}.xlsx`));
      const c = json.get(p)!;
      const names = wb.worksheets.map((w) => w.name);
      expect(names[0]).toBe('Mục lục');
      expect(names.at(-1)).toBe('Mã tra cứu');
      for (const n of names) expect(n.length, n).toBeLessThanOrEqual(31);
      // Every area has its sheet, named by its number in the Word report and its short title, whole words.
      for (const a of c.areas) expect(names.some((n) => n.endsWith(`. ${a.shortTitle}`)), a.title).toBe(true);
      // Rates are numbers (fractions) with a percent format, equal to the consolidation's figures.
      const summary = wb.getWorksheet('Tổng hợp')!;
      const header = summary.getRow(4).values as unknown[];
      const valueColumn = header.findIndex((h) => typeof h === 'string' && h.startsWith('Kết quả'));
      let rates = 0;
      c.indicators.forEach((ind, i) => {
        if (!ind.isRate || typeof ind.figure.value !== 'number') return;
        const cell = summary.getRow(5 + i).getCell(valueColumn);
        expect(cell.value, ind.id).toBeCloseTo(ind.figure.value / 100, 10);
        expect(cell.numFmt).toMatch(/0\.0%$/);
        rates++;
      });
      expect(rates).toBeGreaterThan(5);
      // Ids of indicators and units, file paths and data paths only on the last sheet.
      const ids = new Set([...c.indicators.map((i) => i.id), ...c.units.map((u) => u.unit)]);
      for (const ws of wb.worksheets.slice(0, -1)) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const text = typeof cell.value === 'string' ? cell.value : '';
            expect(text, `${ws.name}!${cell.address}`).not.toMatch(/submissions\/|\/areas\/|[\u200b-\u200f\u2060\ufeff]/);
            for (const word of text.split(/[\s,;:()]+/)) expect(ids.has(word), `${ws.name}!${cell.address}: ${word}`).toBe(false);
          }),
        );
      }
      // Units sheets and text sheets print one page wide, with the header rows repeated.
      for (const ws of wb.worksheets) {
        expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
        expect(ws.pageSetup.printTitlesRow, ws.name).toBe('4:4');
      }
    }, 120_000);
  }
});
