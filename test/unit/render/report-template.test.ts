import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/errors.js';
import {
  COMMON_TEMPLATE_FILE,
  loadReportTemplate,
  missingKeys,
  parseReportTemplate,
  TEMPLATE_FILES,
} from '../../../src/render/reports/template/load-report-template.js';
import { readFileSync } from 'node:fs';
import { BUNDLED_TEMPLATES_DIR } from '../../../src/render/reports/template/load-report-template.js';

function problemsOf(text: string): [number | null, string][] {
  return parseReportTemplate(text).problems.map((p) => [p.line, p.message]);
}

describe('bundled report templates', () => {
  it(`${COMMON_TEMPLATE_FILE} has every key, valid and NFC`, () => {
    const text = readFileSync(join(BUNDLED_TEMPLATES_DIR, 'report', COMMON_TEMPLATE_FILE), 'utf8');
    const { data, problems } = parseReportTemplate(text);
    expect(problems).toEqual([]);
    expect(missingKeys(data)).toEqual([]);
    expect(text).toBe(text.normalize('NFC'));
  });
  for (const [kind, file] of Object.entries(TEMPLATE_FILES)) {
    it(`${file} is valid, NFC, and with the common file makes a whole template`, () => {
      const text = readFileSync(join(BUNDLED_TEMPLATES_DIR, 'report', file), 'utf8');
      const { problems } = parseReportTemplate(text);
      expect(problems).toEqual([]);
      expect(text).toBe(text.normalize('NFC'));
      const t = loadReportTemplate(kind as 'quarter');
      expect(t.documentType).toBe('BÁO CÁO');
      expect(missingKeys(t as never)).toEqual([]);
    });
  }
  it('every report compares with the previous period and a year earlier (a year: one column)', () => {
    expect(loadReportTemplate('quarter').compare).toEqual(['previous', 'lastYear']);
    expect(loadReportTemplate('quarter').figures.comparedWith.previous).toBe('quý trước');
    expect(loadReportTemplate('half').compare).toEqual(['previous', 'lastYear']);
    // A year's previous period is the same period a year earlier: one column.
    expect(loadReportTemplate('year').compare).toEqual(['previous']);
    expect(loadReportTemplate('year').sections).toContain('targets');
  });
});

describe('template validation', () => {
  it('reports YAML syntax errors with their line', () => {
    const p = problemsOf('subject: "Kết quả\nintro: x\n');
    expect(p.length).toBeGreaterThan(0);
    expect(p[0]![0]).not.toBeNull();
    expect(p[0]![1]).toMatch(/cú pháp YAML/);
  });
  it('names an unknown key, suggests the right one, and gives its line', () => {
    expect(problemsOf('documentType: BÁO CÁO\nsubjet: Kết quả {period}\n')).toEqual([
      [2, expect.stringMatching(/khóa "subjet".*có phải "subject"/)],
    ]);
    expect(problemsOf('headings:\n  direction: A\n  resuts: B\n')).toEqual([
      [3, expect.stringMatching(/"headings\.resuts".*"results"/)],
    ]);
  });
  it('refuses a placeholder the text cannot use', () => {
    const p = problemsOf('subject: Kết quả {periodd}\nphrases:\n  tasks: "{count} {met}"\n');
    expect(p).toEqual([
      [1, expect.stringMatching(/\{periodd\}.*"subject".*có phải "\{period\}"/)],
      [3, expect.stringMatching(/\{met\}.*"phrases\.tasks"/)],
    ]);
  });
  it('checks section lists: known ids, each once', () => {
    expect(problemsOf('sections: [direction, results, result, direction]\n')).toEqual([
      [1, expect.stringMatching(/"result" không dùng được trong "sections"/)],
      [1, expect.stringMatching(/"direction" xuất hiện hai lần/)],
    ]);
    expect(problemsOf('sections: direction\n')).toEqual([[1, expect.stringMatching(/phải là một danh sách/)]]);
  });
  it('wants text where text belongs', () => {
    expect(problemsOf('status:\n  no-target: [a, b]\n')).toEqual([[2, expect.stringMatching(/phải là một đoạn chữ/)]]);
    expect(problemsOf('status:\n  no-target: -\n')).toEqual([[2, expect.stringMatching(/^lỗi cú pháp YAML: [^\n]*[^:]$/)]]);
    expect(problemsOf('motto:\n')).toEqual([[1, expect.stringMatching(/chưa có nội dung/)]]);
    expect(problemsOf('headings: Tiêu đề\n')).toEqual([[1, expect.stringMatching(/"headings" phải gồm/)]]);
  });
});

describe('repository templates', () => {
  function repoWith(file: string, text: string): string {
    const root = mkdtempSync(join(tmpdir(), 'cchc-tpl-'));
    mkdirSync(join(root, 'mau', 'report'), { recursive: true });
    writeFileSync(join(root, 'mau', 'report', file), text);
    return root;
  }
  it('overlays the repository common file, then its kind file, on the bundled ones', () => {
    const root = repoWith('chung.yaml', 'headings:\n  proposals: KIẾN NGHỊ\n  strengths: Kết quả nổi bật\n');
    writeFileSync(join(root, 'mau', 'report', 'nam.yaml'), 'headings:\n  strengths: Những kết quả nổi bật\n');
    expect(loadReportTemplate('quarter', { root, templatesDir: 'mau' }).headings.proposals).toBe('KIẾN NGHỊ');
    expect(loadReportTemplate('quarter', { root, templatesDir: 'mau' }).headings.strengths).toBe('Kết quả nổi bật');
    expect(loadReportTemplate('year', { root, templatesDir: 'mau' }).headings.strengths).toBe('Những kết quả nổi bật');
    // The bundled kind file still overrides the bundled common one underneath.
    expect(loadReportTemplate('year', { root, templatesDir: 'mau' }).sections).toContain('targets');
  });
  it('overlays the repository copy on the bundled template', () => {
    const root = repoWith('quy.yaml', 'subject: Tình hình cải cách hành chính {period}\nheadings:\n  proposals: KIẾN NGHỊ\n');
    const t = loadReportTemplate('quarter', { root, templatesDir: 'mau' });
    expect(t.subject).toBe('Tình hình cải cách hành chính {period}');
    expect(t.headings.proposals).toBe('KIẾN NGHỊ');
    expect(t.headings.direction).toBe('CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH');
    // No copy for the half-year report: the bundled one is used.
    expect(loadReportTemplate('half', { root, templatesDir: 'mau' }).compare).toEqual(['previous', 'lastYear']);
  });
  it('a broken copy is a usage error naming file and line', () => {
    const root = repoWith('quy.yaml', 'documentType: BÁO CÁO\n\nheadings:\n  proposal: KIẾN NGHỊ\n');
    expect(() => loadReportTemplate('quarter', { root, templatesDir: 'mau' })).toThrow(UsageError);
    expect(() => loadReportTemplate('quarter', { root, templatesDir: 'mau' })).toThrow(
      /mau\/report\/quy\.yaml:4:3: khóa "headings\.proposal"/,
    );
  });
  it('a templates folder that does not exist is a usage error', () => {
    const root = mkdtempSync(join(tmpdir(), 'cchc-tpl-'));
    expect(() => loadReportTemplate('quarter', { root, templatesDir: 'khong-co' })).toThrow(/khong-co/);
  });
});
