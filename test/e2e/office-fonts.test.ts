/**
 * The machine's fonts cover Vietnamese: the report asks for Times New Roman,
 * fontconfig gives LibreOffice a metric-compatible serif font, and every letter
 * of a Vietnamese heading must come from that one font. With Debian 12's
 * fonts-liberation 1.07 alone, LibreOffice takes Ế, Ả… from DejaVu and the
 * other PDF tests fail on broken text; this test says why, in one line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { hasOffice, hasPoppler, officeSkipReason, requireVietnameseFonts, serifFont } from '../helpers/office.js';

const HEADING = 'KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH QUÝ II NĂM 2024';
const BODY = 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,8%; Ủy ban nhân dân xã Nguyên Giáp, Hưng Đạo.';

describe('fonts for the Word and Excel reports', () => {
  const skip = officeSkipReason() !== null;
  const work = mkdtempSync(join(tmpdir(), 'cchc-fonts-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the serif font given for Times New Roman covers Vietnamese, in every style', () => {
    requireVietnameseFonts();
    // When both fonts-liberation and fonts-liberation2 are installed, the newer one is chosen.
    expect(serifFont()!.version).toBeGreaterThanOrEqual(2 * 65536);
  });

  it.skipIf(skip || !hasOffice || !hasPoppler)('LibreOffice sets a Vietnamese heading in one font, and pdftotext reads it back whole', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: HEADING, font: 'Times New Roman', bold: true, size: 28 })] }),
            new Paragraph({ children: [new TextRun({ text: BODY, font: 'Times New Roman', size: 28 })] }),
          ],
        },
      ],
    });
    const docx = join(work, 'phong-chu.docx');
    writeFileSync(docx, await Packer.toBuffer(doc));
    const profile = join(work, 'profile');
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
      encoding: 'utf8',
      timeout: 110_000,
    });
    const pdf = join(work, 'phong-chu.pdf');
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(pdf)).toBe(true);
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' })
      .stdout.split('\n')
      .slice(2)
      .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
      .filter(Boolean);
    // A glyph taken from a fallback font shows here as a second family (DejaVuSerif…).
    expect(fonts.every((f) => f.startsWith('LiberationSerif')), `fonts in the PDF: ${fonts.join(', ')}`).toBe(true);
    const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain(HEADING);
    expect(text).toContain(BODY);
  });
});
