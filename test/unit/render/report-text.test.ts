import { describe, expect, it } from 'vitest';
import type { AreaNarratives, NarrativeEntry } from '../../../src/consolidate/types.js';
import { compileNarrative, fieldText, formatThreshold, listNames, sentencesOf, unitNote } from '../../../src/render/reports/report-text.js';
import { sampleReportInput, SAMPLE_INDICATORS } from '../../helpers/sample-report.js';

/** An entry whose difficulties are the lines of `shortcomings` (no causes). */
function entry(unitName: string, lead: boolean, shortcomings: string | null): NarrativeEntry {
  const difficulties = (shortcomings ?? '').split('\n').filter((l) => l.trim() !== '').map((issue) => ({ issue, cause: null }));
  return { unit: unitName, unitName, kind: 'commune', lead, period: '2024Q2', results: null, difficulties, nextTasks: null, proposals: [] };
}

describe('compiled narratives', () => {
  it('splits sentences, but not after a short abbreviation', () => {
    expect(sentencesOf('Đã làm xong. TP. Hải Dương hỗ trợ 2 lần.  Còn 3 việc! 4 hồ sơ chậm.')).toEqual([
      'Đã làm xong.',
      'TP. Hải Dương hỗ trợ 2 lần.',
      'Còn 3 việc!',
      '4 hồ sơ chậm.',
    ]);
  });

  it('puts the lead first, says shared sentences once with every name, then what each unit alone said', () => {
    const area: AreaNarratives = {
      area: 'tthc',
      code: '2.3',
      title: 'Cải cách thủ tục hành chính',
      leadName: 'Văn phòng',
      entries: [
        entry('Xã A', false, 'Thiếu cán bộ. Mạng chậm.'),
        entry('Xã B', false, 'Mạng chậm.\nMáy tính cũ.'),
        entry('Văn phòng', true, 'Một số hồ sơ đất đai chậm.\nĐang khắc phục.'),
        entry('Xã C', false, 'Thiếu cán bộ.  Mạng chậm.'),
        entry('Xã D', false, '   '),
      ],
      difficultyGroups: [],
      proposalGroups: [],
    };
    expect(compileNarrative(area, 'shortcomings')).toEqual({
      lead: ['Một số hồ sơ đất đai chậm.', 'Đang khắc phục.'],
      units: [
        { kind: 'shared', units: ['Xã A', 'Xã B', 'Xã C'], text: 'Mạng chậm' },
        { kind: 'shared', units: ['Xã A', 'Xã C'], text: 'Thiếu cán bộ' },
        { kind: 'unit', unit: 'Xã B', text: 'Máy tính cũ.' },
      ],
    });
    expect(compileNarrative(undefined, 'results')).toEqual({ lead: [], units: [] });
  });

  it('for a rolled-up period: results without figures from every quarter (with figures for the lead only), the rest from the latest', () => {
    const q = (period: string, results: string, shortcomings: string | null): NarrativeEntry => ({
      ...entry('Xã A', false, shortcomings),
      period,
      results,
    });
    const area: AreaNarratives = {
      area: 'tthc',
      code: '2.3',
      title: 'Cải cách thủ tục hành chính',
      leadName: 'Văn phòng',
      entries: [
        q('2024Q2', 'Đã rà soát TTHC. Công khai 100% TTHC. Giải quyết 90 hồ sơ.', null),
        q('2024Q1', 'Công khai 100% TTHC. Đã rà soát TTHC. Giải quyết 80 hồ sơ.', 'Mạng chậm.'),
      ],
      difficultyGroups: [],
      proposalGroups: [],
    };
    expect(compileNarrative(area, 'results').units).toEqual([
      { kind: 'unit', unit: 'Xã A', text: 'Đã rà soát TTHC.' },
    ]);
    const led = { ...area, entries: area.entries.map((e) => ({ ...e, lead: true })) };
    expect(compileNarrative(led, 'results').lead).toEqual([
      'Đã rà soát TTHC.',
      'Quý I/2024: Công khai 100% TTHC. Giải quyết 80 hồ sơ.',
      'Quý II/2024: Công khai 100% TTHC. Giải quyết 90 hồ sơ.',
    ]);
    const later = { ...area, entries: [...area.entries, q('2024Q3', 'X.', 'Thiếu máy quét.')] };
    expect(compileNarrative(later, 'shortcomings').units).toEqual([{ kind: 'unit', unit: 'Xã A', text: 'Thiếu máy quét.' }]);
  });

  it('keeps each cause in the sentence of its difficulty, and lists the proposals', () => {
    const e: NarrativeEntry = {
      ...entry('Xã A', false, null),
      difficulties: [
        { issue: 'Máy quét đã cũ.', cause: 'Chưa được bố trí kinh phí thay thế.' },
        { issue: 'Mạng chậm', cause: 'TTHC trên hệ thống của tỉnh quá tải' },
        { issue: 'Thiếu cán bộ.', cause: null },
      ],
      proposals: [
        { text: 'Đề nghị UBND tỉnh nâng cấp hệ thống.', to: 'upper' },
        { text: 'Đề nghị tập huấn.', to: null },
      ],
    };
    expect(fieldText(e, 'shortcomings')).toBe(
      'Máy quét đã cũ (nguyên nhân: chưa được bố trí kinh phí thay thế).\nMạng chậm (nguyên nhân: TTHC trên hệ thống của tỉnh quá tải).\nThiếu cán bộ.',
    );
    expect(fieldText(e, 'proposals')).toBe('Đề nghị UBND tỉnh nâng cấp hệ thống.\nĐề nghị tập huấn.');
    const area: AreaNarratives = { area: 'tthc', code: '2.3', title: 'TTHC', leadName: 'VP', entries: [e], difficultyGroups: [], proposalGroups: [] };
    expect(compileNarrative(area, 'shortcomings').units).toEqual([
      { kind: 'unit', unit: 'Xã A', text: 'Máy quét đã cũ (nguyên nhân: chưa được bố trí kinh phí thay thế). Mạng chậm (nguyên nhân: TTHC trên hệ thống của tỉnh quá tải). Thiếu cán bộ.' },
    ]);
  });
});

describe('lists of names', () => {
  it('says a shared prefix once', () => {
    expect(listNames(['UBND thị trấn Tứ Kỳ', 'UBND xã An Thanh', 'Phòng Tư pháp', 'UBND xã Bình Lăng'])).toBe(
      'UBND thị trấn Tứ Kỳ; UBND các xã An Thanh, Bình Lăng; Phòng Tư pháp',
    );
    expect(listNames(['Phòng Tư pháp', 'Phòng Nội vụ'])).toBe('các phòng Tư pháp, Nội vụ');
    expect(listNames(['Xã Cũ', 'Trung tâm Y tế'])).toBe('Xã Cũ, Trung tâm Y tế');
  });
});

describe('figures in words', () => {
  const t = sampleReportInput().template;
  it('writes thresholds compactly with the unit of measure', () => {
    const [satisfaction, , onTime, digitised] = SAMPLE_INDICATORS;
    expect(formatThreshold(satisfaction!.targets[0]!, satisfaction!, t)).toBe('≥\u00a085%');
    expect(formatThreshold(onTime!.targets[0]!, onTime!, t)).toBe('95%–100%');
    expect(formatThreshold({ ...digitised!.targets[0]!, min: 30, stretch: 40 }, digitised!, t)).toBe('≥\u00a030% (phấn đấu 40%)');
    expect(formatThreshold({ ...digitised!.targets[0]!, min: null, max: 15, by: 2025 }, { unit: 'phút', type: 'number' }, t)).toBe(
      'đến năm 2025: ≤\u00a015 phút',
    );
  });
  it('notes what is wrong with a unit\'s reporting', () => {
    const units = sampleReportInput('half').consolidation.completeness.units;
    expect(units.map(unitNote)).toEqual(['', '2 lỗi, chưa tổng hợp', '', '']);
    expect(
      unitNote({
        ...units[0]!,
        status: 'partial',
        parts: [
          { period: '2024Q1', status: 'invalid', submitted: '2024-03-10', due: '2024-03-12', file: 'x' },
          { period: '2024Q2', status: 'missing', submitted: null, due: '2024-06-12', file: null },
        ],
      }),
    ).toBe('Số liệu Quý I/2024 có lỗi, chưa tổng hợp; thiếu số liệu Quý II/2024');
  });
});
