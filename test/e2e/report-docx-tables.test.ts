/**
 * The Word report's large parts (data tables, units' narratives) are written
 * as WordprocessingML text and spliced into the document after the docx
 * library packs it. LibreOffice must open the result: a repository with 160
 * units, names full of XML's markup characters, Phụ lục III over several
 * landscape pages; pdftotext must find every unit, the header row on every
 * page of the table, and a unit's narrative.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cchc } from '../helpers/cli.js';
import { BASE_REPO, tempRepo } from '../helpers/fixture-repo.js';
import { hasOffice, hasPoppler, officeSkipReason, requireVietnameseFonts } from '../helpers/office.js';


const EXTRA = 160;
/** Names with every character XML escapes, and a decomposed (NFD) one. */
const name = (i: number) => `Xã "Hòa & Bình" <số ${i}> O'Neil`;
const NFD_NAME = 'Xã Nguye\u0302\u0303n Hue\u0323\u0302';
const NARRATIVE = 'Đã số hóa 100% hồ sơ & "một cửa" <liên thông> đúng quy định.';

const squash = (s: string) => s.replace(/\s+/g, ' ');

officeSkipReason();

describe('cchc report: the spliced tables in LibreOffice', () => {
  let repo: string;
  let out: string;
  let profile: string;
  let pages: string[] = [];
  let sizes: { width: number; height: number }[] = [];

  beforeAll(() => {
    // Without fonts covering Vietnamese every PDF text check below fails confusingly: say why once.
    if (hasOffice && hasPoppler) requireVietnameseFonts();
    const units = readFileSync(join(BASE_REPO, 'units.yaml'), 'utf8');
    const extra = Array.from({ length: EXTRA }, (_, i) => `  - { id: xa-so-${i + 1}, name: ${JSON.stringify(name(i + 1))}, kind: commune }`);
    const submission = readFileSync(join(BASE_REPO, 'submissions', '2024Q2', 'xa-an-binh.yaml'), 'utf8')
      .replace('unit: xa-an-binh', 'unit: xa-nfd')
      .replace('results: Bộ phận Một cửa hoạt động ổn định.', `results: ${JSON.stringify(NARRATIVE)}`);
    repo = tempRepo({
      'units.yaml': `${units.trimEnd()}\n  - { id: xa-nfd, name: ${JSON.stringify(NFD_NAME)}, kind: commune }\n${extra.join('\n')}\n`,
      'submissions/2024Q2/xa-nfd.yaml': submission,
    });
    out = mkdtempSync(join(tmpdir(), 'cchc-docx-tables-'));
    profile = mkdtempSync(join(tmpdir(), 'cchc-lo-profile-'));
    const r = cchc(['report', '--period', '2024Q2', '--format', 'docx', '--detail', '--out', out], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    if (!hasOffice || !hasPoppler) return;
    const docx = join(out, 'bao-cao-cchc-2024Q2.docx');
    const run = () =>
      spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx], {
        encoding: 'utf8',
        timeout: 180_000,
      });
    let converted = run();
    // A LibreOffice process killed by a signal (a crash under load) is retried once; an error exit is not.
    if (converted.status === null) converted = run();
    expect(converted.status, `${converted.signal ?? ''} ${converted.stderr}`).toBe(0);
    const pdf = join(out, 'bao-cao-cchc-2024Q2.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(text.status).toBe(0);
    pages = text.stdout.split('\f').map(squash);
    const info = spawnSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
    sizes = [...info.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  }, 240_000);

  afterAll(() => {
    for (const dir of [repo, out, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!hasOffice || !hasPoppler)('shows every unit in Phụ lục III, names as written (NFC)', () => {
    const all = pages.join(' ');
    for (let i = 1; i <= EXTRA; i++) expect(all).toContain(name(i));
    expect(all).toContain(NFD_NAME.normalize('NFC'));
    expect(all).toContain('Phòng Nội vụ');
  });

  it.skipIf(!hasOffice || !hasPoppler)('keeps the units\' narratives in the detailed annex (--detail), escaped text intact', () => {
    expect(pages.join(' ')).toContain(`${NFD_NAME.normalize('NFC')}: ${NARRATIVE}`);
  });

  it.skipIf(!hasOffice || !hasPoppler)('sets the appendices on landscape pages and repeats the table header on each', () => {
    expect(sizes).toHaveLength(pages.filter((p) => p.trim() !== '').length);
    const first = pages.findIndex((p) => p.includes('Phụ lục III') && p.includes('TÌNH HÌNH GỬI BÁO CÁO'));
    expect(first).toBeGreaterThan(0);
    const annex = pages.findIndex((p) => p.includes('Phụ lục IV') && p.includes('NỘI DUNG BÁO CÁO'));
    expect(annex).toBeGreaterThan(first);
    const appendix = pages.slice(first, annex).filter((p) => p.trim() !== '');
    // 160 rows do not fit one page: the header row is repeated on every page of the table.
    expect(appendix.length).toBeGreaterThanOrEqual(3);
    for (const page of appendix) {
      expect(page).toContain('Cơ quan, đơn vị');
      expect(page).toContain('Tình hình gửi báo cáo');
    }
    for (const size of sizes.slice(first)) expect(size.width).toBeGreaterThan(size.height);
    expect(sizes[0]!.width).toBeLessThan(sizes[0]!.height);
  });
});
