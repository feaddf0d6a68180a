/**
 * Difficulties and proposals consolidated per area: each unit's items (old text
 * forms as one item without cause or addressee), grouped by what they say,
 * counted once per unit, for a quarter and rolled up over a half year and a
 * year (each unit with its latest period that has any). Expectations worked
 * out by hand from the submissions below.
 *
 * Units in canonical order: pnv (department, leads area a), tt (town "Thị trấn Tứ Kỳ"),
 * xa-a, xa-b, xa-c (communes "Xã A", "Xã B", "Xã C").
 *
 *   Q1  xa-a  D "Máy quét đã cũ." (c "Chưa có kinh phí.")             P "Đề nghị UBND huyện cấp máy quét." → body
 *       xa-b  D "máy  quét đã cũ" (no cause); D "Mạng chậm." (c "Hạ tầng cũ.")   P "Đề nghị UBND huyện cấp máy quét" → body
 *       tt    shortcomings "Thiếu cán bộ."; proposals "Đề nghị tập huấn." (old text forms)
 *   Q2  pnv   D "Một số đơn vị báo cáo chậm." (c "Cán bộ mới.")
 *       xa-a  D "Máy quét đã cũ." (c "chưa có kinh phí"); D "MÁY QUÉT ĐÃ CŨ" (c "Máy dùng từ năm 2015.")
 *             P "Đề nghị UBND tỉnh nâng cấp hệ thống." → upper
 *       xa-b  results only
 *       xa-c  D "Mạng chậm" (c "Nhà mạng chưa nâng cấp.")
 *             P "Đề nghị UBND tỉnh nâng cấp hệ thống" → upper; P "Đề nghị UBND huyện cấp máy quét." → upper
 *   Q4  xa-b  D "Mạng chậm" (c "Hạ tầng cũ.")
 */
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import { groupDifficulties, sameTextKey } from '../../../src/consolidate/narrative-groups.js';
import type { SubmissionEntry } from '../../../src/consolidate/input.js';
import type { AreaNarratives } from '../../../src/consolidate/types.js';
import type { Plan } from '../../../src/plan/model.js';
import type { Unit } from '../../../src/repo/model.js';
import type { Narrative } from '../../../src/model/submission.js';
import { PLAN_DEFAULTS } from '../../helpers/plan.js';

const PLAN: Plan = {
  id: 'p',
  version: '1',
  title: 'Kế hoạch',
  issuer: 'UBND',
  fromYear: 2021,
  toYear: 2025,
  levels: { district: ['department'], commune: ['commune', 'town'] },
  levelNames: { district: 'cấp huyện', commune: 'cấp xã' },
  ...PLAN_DEFAULTS,
  areas: [{ id: 'a', code: '2.3', title: 'Cải cách thủ tục hành chính', lead: 'Văn phòng' }],
  indicators: [],
  tasks: [],
};

const UNITS: Unit[] = [
  { id: 'xa-c', name: 'Xã C', kind: 'commune', leads: [] },
  { id: 'xa-a', name: 'Xã A', kind: 'commune', leads: [] },
  { id: 'tt', name: 'Thị trấn Tứ Kỳ', kind: 'town', leads: [] },
  { id: 'xa-b', name: 'Xã B', kind: 'commune', leads: [] },
  { id: 'pnv', name: 'Phòng Nội vụ', kind: 'department', leads: ['a'] },
];

function sub(unit: string, period: string, narrative: Narrative): SubmissionEntry {
  return {
    file: `submissions/${period}/${unit}.yaml`,
    valid: true,
    errors: 0,
    warnings: 0,
    submission: { unit, period, submitted: '2024-01-01', areas: { a: { values: {}, tasks: {}, narrative } } },
  };
}

const SUBMISSIONS: SubmissionEntry[] = [
  sub('xa-a', '2024Q1', {
    difficulties: [{ issue: 'Máy quét đã cũ.', cause: 'Chưa có kinh phí.' }],
    proposals: [{ text: 'Đề nghị UBND huyện cấp máy quét.', to: 'body' }],
  }),
  sub('xa-b', '2024Q1', {
    difficulties: [{ issue: 'máy  quét đã cũ' }, { issue: 'Mạng chậm.', cause: 'Hạ tầng cũ.' }],
    proposals: [{ text: 'Đề nghị UBND huyện cấp máy quét', to: 'body' }],
  }),
  sub('tt', '2024Q1', { shortcomings: 'Thiếu cán bộ.', proposals: 'Đề nghị tập huấn.' }),
  sub('pnv', '2024Q2', { results: 'Đã kiểm tra 5 đơn vị.', difficulties: [{ issue: 'Một số đơn vị báo cáo chậm.', cause: 'Cán bộ mới.' }] }),
  sub('xa-a', '2024Q2', {
    difficulties: [
      { issue: 'Máy quét đã cũ.', cause: 'chưa có kinh phí' },
      { issue: 'MÁY QUÉT ĐÃ CŨ', cause: 'Máy dùng từ năm 2015.' },
    ],
    proposals: [{ text: 'Đề nghị UBND tỉnh nâng cấp hệ thống.', to: 'upper' }],
  }),
  sub('xa-b', '2024Q2', { results: 'Tiếp nhận 90 hồ sơ.' }),
  sub('xa-c', '2024Q2', {
    difficulties: [{ issue: 'Mạng chậm', cause: 'Nhà mạng chưa nâng cấp.' }],
    proposals: [
      { text: 'Đề nghị UBND tỉnh nâng cấp hệ thống', to: 'upper' },
      { text: 'Đề nghị UBND huyện cấp máy quét.', to: 'upper' },
    ],
  }),
  sub('xa-b', '2024Q4', { difficulties: [{ issue: 'Mạng chậm', cause: 'Hạ tầng cũ.' }] }),
];

function area(period: string): AreaNarratives {
  const c = consolidate({
    plan: PLAN,
    config: { due: { quarter: 12, half: 12, year: 10 }, cutoffDay: 14, baselines: {} },
    units: UNITS,
    submissions: SUBMISSIONS,
    period,
  });
  return c.narratives[0]!;
}

describe('difficulties and proposals of the units', () => {
  it('keeps each unit’s items in its order, old text forms as one item without cause or addressee', () => {
    const q1 = area('2024Q1');
    expect(q1.entries.map((e) => [e.unit, e.difficulties, e.proposals])).toEqual([
      ['tt', [{ issue: 'Thiếu cán bộ.', cause: null }], [{ text: 'Đề nghị tập huấn.', to: null }]],
      ['xa-a', [{ issue: 'Máy quét đã cũ.', cause: 'Chưa có kinh phí.' }], [{ text: 'Đề nghị UBND huyện cấp máy quét.', to: 'body' }]],
      [
        'xa-b',
        [
          { issue: 'máy  quét đã cũ', cause: null },
          { issue: 'Mạng chậm.', cause: 'Hạ tầng cũ.' },
        ],
        [{ text: 'Đề nghị UBND huyện cấp máy quét', to: 'body' }],
      ],
    ]);
  });

  it('groups a quarter’s difficulties by what they say, each unit once, with the causes given', () => {
    expect(area('2024Q2').difficultyGroups).toEqual([
      { issue: 'Một số đơn vị báo cáo chậm.', causes: ['Cán bộ mới.'], units: ['pnv'], byKind: { department: 1 } },
      // xa-a wrote it twice: one unit, both causes ("chưa có kinh phí" only once).
      { issue: 'Máy quét đã cũ.', causes: ['chưa có kinh phí', 'Máy dùng từ năm 2015.'], units: ['xa-a'], byKind: { commune: 1 } },
      { issue: 'Mạng chậm', causes: ['Nhà mạng chưa nâng cấp.'], units: ['xa-c'], byKind: { commune: 1 } },
    ]);
  });

  it('for a half year, counts each unit once with its latest quarter that has any, most units first', () => {
    const s1 = area('2024S1');
    expect(s1.difficultyGroups).toEqual([
      // xa-a (Q2) and xa-b (Q1: it wrote none in Q2); xa-a's Q1 cause is not counted again.
      { issue: 'Máy quét đã cũ.', causes: ['chưa có kinh phí', 'Máy dùng từ năm 2015.'], units: ['xa-a', 'xa-b'], byKind: { commune: 2 } },
      { issue: 'Mạng chậm.', causes: ['Hạ tầng cũ.', 'Nhà mạng chưa nâng cấp.'], units: ['xa-b', 'xa-c'], byKind: { commune: 2 } },
      { issue: 'Một số đơn vị báo cáo chậm.', causes: ['Cán bộ mới.'], units: ['pnv'], byKind: { department: 1 } },
      { issue: 'Thiếu cán bộ.', causes: [], units: ['tt'], byKind: { town: 1 } },
    ]);
    expect(s1.proposalGroups).toEqual([
      { text: 'Đề nghị UBND tỉnh nâng cấp hệ thống.', to: 'upper', units: ['xa-a', 'xa-c'] },
      { text: 'Đề nghị tập huấn.', to: null, units: ['tt'] },
      // The same words to another addressee are another proposal; xa-a's Q1 one is superseded by its Q2 list.
      { text: 'Đề nghị UBND huyện cấp máy quét', to: 'body', units: ['xa-b'] },
      { text: 'Đề nghị UBND huyện cấp máy quét.', to: 'upper', units: ['xa-c'] },
    ]);
  });

  it('for a year, a unit’s latest word replaces its earlier ones', () => {
    const year = area('2024');
    expect(year.difficultyGroups.map((g) => [g.issue, g.units, g.causes])).toEqual([
      ['Mạng chậm', ['xa-b', 'xa-c'], ['Hạ tầng cũ.', 'Nhà mạng chưa nâng cấp.']],
      ['Một số đơn vị báo cáo chậm.', ['pnv'], ['Cán bộ mới.']],
      ['Thiếu cán bộ.', ['tt'], []],
      ['Máy quét đã cũ.', ['xa-a'], ['chưa có kinh phí', 'Máy dùng từ năm 2015.']],
    ]);
    const total = year.difficultyGroups.reduce((n, g) => n + g.units.length, 0);
    expect(total).toBe(5);
  });
});

describe('the key of a text', () => {
  it('ignores Unicode form, case, spacing and final punctuation, nothing else', () => {
    expect(sameTextKey('Máy quét đã cũ.')).toBe(sameTextKey('  MÁY   QUÉT ĐÃ CŨ ;'));
    expect(sameTextKey('Ma\u0301y quét')).toBe(sameTextKey('Máy quét'));
    expect(sameTextKey('Máy quét đã cũ')).not.toBe(sameTextKey('Máy quét cũ'));
  });

  it('leaves out difficulties without an issue, and a group keeps no empty cause', () => {
    const entry = {
      unit: 'x',
      unitName: 'X',
      kind: 'commune' as const,
      lead: false,
      period: '2024Q1',
      results: null,
      nextTasks: null,
      proposals: [],
      difficulties: [
        { issue: '  ', cause: 'Máy hỏng.' },
        { issue: 'Mạng chậm.', cause: '  ' },
      ],
    };
    expect(groupDifficulties([entry], ['x'], new Map([['x', 'commune']]))).toEqual([
      { issue: 'Mạng chậm.', causes: [], units: ['x'], byKind: { commune: 1 } },
    ]);
  });
});
