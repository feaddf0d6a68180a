import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPlan } from '../../helpers/plan.js';
import { tempRepo } from '../../helpers/fixture-repo.js';
import { loadRepository } from '../../../src/repo/load.js';
import { loadCommonDifficulties, parseCommonDifficulties } from '../../../src/repo/common-difficulties.js';
import { addresseeLabels, addresseeNames, runningName } from '../../../src/repo/addressees.js';
import { UsageError } from '../../../src/cli/errors.js';

const enc = new TextEncoder();

describe('the list of common difficulties', () => {
  it('ships one for every area of the bundled plan, each with its cause', async () => {
    const plan = await bundledPlan();
    const list = loadCommonDifficulties(plan, null);
    expect([...list.keys()]).toEqual(plan.areas.map((a) => a.id));
    for (const items of list.values()) {
      expect(items.length).toBeGreaterThan(0);
      for (const d of items) {
        expect(d.issue).toBe(d.issue.normalize('NFC'));
        expect(d.issue).toMatch(/^\p{Lu}.*\.$/u);
        expect(d.cause).toMatch(/^\p{Lu}.*\.$/u);
      }
    }
  });

  it('is replaced area by area by the repository’s own list in its templates folder', async () => {
    const root = tempRepo({
      'mau/form/kho-khan-thuong-gap.yaml': 'tthc:\n  - issue: Máy quét hỏng.\n    cause: Dùng lâu năm.\n  - issue: Mạng chậm.\nthe-che: []\n',
    });
    const config = readFileSync(`${root}/cchc.yaml`, 'utf8');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${root}/cchc.yaml`, `${config}\ntemplates: mau\n`);
    const repo = await loadRepository(root);
    const list = loadCommonDifficulties(repo.plan, repo);
    expect(list.get('tthc')).toEqual([
      { issue: 'Máy quét hỏng.', cause: 'Dùng lâu năm.' },
      { issue: 'Mạng chậm.', cause: null },
    ]);
    expect(list.get('the-che')).toEqual([]);
    expect(list.get('chi-dao')!.length).toBeGreaterThan(0);
  });

  it('names every problem of a broken list with its line and column', async () => {
    const plan = await bundledPlan();
    const text = [
      'tthc:',
      '  - issue: Mạng chậm.',
      '  - cause: Không có vấn đề.',
      '  - issue: mạng chậm.',
      'tthcc:',
      '  - issue: X.',
      'cong-vu: Thiếu cán bộ.',
      '',
    ].join('\n');
    const { problems } = parseCommonDifficulties(enc.encode(text), plan, true);
    expect(problems.map((p) => [p.line, p.message.split(' ')[0]])).toEqual([
      [3, 'mỗi'],
      [4, 'khó'],
      [5, 'lĩnh'],
      [7, 'lĩnh'],
    ]);
    expect(problems[2]!.message).toContain('(có phải "tthc"?)');
    // The bundled list skips areas a repository's plan does not have.
    expect(parseCommonDifficulties(enc.encode('khac:\n  - issue: X.\n'), plan, false).problems).toEqual([]);
  });

  it('stops the command with the file and place when the repository’s list is broken', async () => {
    const root = tempRepo({ 'mau/form/kho-khan-thuong-gap.yaml': 'tthc: [1, 2]\n' });
    const { appendFileSync } = await import('node:fs');
    appendFileSync(`${root}/cchc.yaml`, '\ntemplates: mau\n');
    const repo = await loadRepository(root);
    expect(() => loadCommonDifficulties(repo.plan, repo)).toThrow(UsageError);
    expect(() => loadCommonDifficulties(repo.plan, repo)).toThrow(/mau\/form\/kho-khan-thuong-gap\.yaml:1:8/);
  });
});

describe('the addressees of proposals', () => {
  it('are named from the repository’s configuration', () => {
    expect(runningName('UBND TỈNH HẢI DƯƠNG')).toBe('UBND tỉnh Hải Dương');
    expect(runningName('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG')).toBe('Ủy ban nhân dân thành phố Hải Phòng');
    expect(runningName('UBND THỊ XÃ KINH MÔN')).toBe('UBND thị xã Kinh Môn');
    expect(addresseeNames({ shortName: 'UBND huyện Tứ Kỳ', parent: 'UBND TỈNH HẢI DƯƠNG' })).toEqual({
      body: 'UBND huyện Tứ Kỳ',
      upper: 'UBND tỉnh Hải Dương',
      central: null,
    });
    expect(addresseeLabels({ shortName: 'UBND xã Tứ Kỳ', parent: '' })).toEqual({
      body: 'UBND xã Tứ Kỳ',
      upper: 'Cơ quan cấp trên',
      central: 'Bộ, ngành trung ương',
    });
    expect(addresseeLabels(null)).toEqual({ body: 'Cơ quan tổng hợp báo cáo', upper: 'Cơ quan cấp trên', central: 'Bộ, ngành trung ương' });
  });
});
