/**
 * Section III's difficulties and sections IV–V's proposals: grouped, counted by
 * level, routed by addressee. Hand-written groups, sentences written out in full.
 */
import { describe, expect, it } from 'vitest';
import type { AreaNarratives, GroupResult, UnitCompleteness, UnitResult } from '../../../src/consolidate/types.js';
import type { ReportInput } from '../../../src/render/reports/report-input.js';
import { alikeKey, mergeAlike, sayingMuchTheSame, withoutRewordings } from '../../../src/render/reports/synthesis/alike.js';
import {
  bodyProposalsText,
  difficultiesByArea,
  proposalsByAddressee,
  singleDifficultiesText,
  unitsByLevel,
} from '../../../src/render/reports/synthesis/narrative-groups-text.js';
import { sampleReportInput } from '../../helpers/sample-report.js';

const COMMUNES = ['Đại Sơn', 'Hà Kỳ', 'Tân Kỳ', 'Văn Tố', 'Cộng Lạc', 'An Thanh'];
const ids = COMMUNES.map((_, i) => `x${i}`);

/** The sample report with six communes (one of them, x5, not reporting), a lead department and the given narratives. */
function withNarratives(narratives: AreaNarratives[]): ReportInput {
  const input = sampleReportInput();
  const c = structuredClone(input.consolidation);
  const unit = (id: string, name: string, level: string): UnitResult => ({ unit: id, name, kind: level === 'commune' ? 'commune' : 'department', level, status: 'on-time', values: {} });
  c.units = [unit('vp', 'Văn phòng HĐND và UBND huyện', 'district'), unit('tu-phap', 'Phòng Tư pháp', 'district'), ...ids.map((id, i) => unit(id, `UBND xã ${COMMUNES[i]}`, 'commune'))];
  const level = (id: string, name: string, units: string[]): GroupResult => ({ id, type: 'level', name, kinds: [], level: id, units, indicators: {} });
  c.levels = [level('district', 'cấp huyện', ['vp', 'tu-phap']), level('commune', 'cấp xã', ids)];
  const base = c.completeness.units[0]!;
  c.completeness.units = c.units.map((u): UnitCompleteness => ({ ...base, unit: u.unit, name: u.name, status: u.unit === 'x5' ? 'missing' : 'on-time' }));
  c.narratives = narratives;
  return { ...input, consolidation: c };
}

const area = (groups: Partial<AreaNarratives>): AreaNarratives => ({
  area: 'tthc',
  code: '2.3',
  title: 'Cải cách thủ tục hành chính',
  leadName: 'Văn phòng HĐND và UBND huyện',
  entries: [{ unit: 'vp', unitName: 'Văn phòng HĐND và UBND huyện', kind: 'department', lead: true, period: '2024Q2', results: null, difficulties: [], nextTasks: null, proposals: [] }],
  difficultyGroups: [],
  proposalGroups: [],
  ...groups,
});

describe('texts alike but for their figures', () => {
  it('share a key and are said once with the range of their figures', () => {
    const a = 'Bộ phận Một cửa chật hẹp (khoảng 22 m²).';
    const b = 'Bộ phận Một cửa chật hẹp (khoảng 25 m²).';
    expect(alikeKey(a)).toBe(alikeKey(b));
    expect(mergeAlike([b, a, b])).toBe('Bộ phận Một cửa chật hẹp (khoảng 22–25 m²).');
    expect(mergeAlike(['Có 1.200 hồ sơ, đạt 94,3%.', 'Có 980 hồ sơ, đạt 94,3%.'])).toBe('Có 980–1.200 hồ sơ, đạt 94,3%.');
    expect(alikeKey('Thiếu máy quét')).not.toBe(alikeKey('Thiếu máy tính'));
  });
});

describe('causes said once', () => {
  it('leaves out a cause that rewords one already given, and keeps different causes sharing a few words', () => {
    const budget = 'Nguồn thu ngân sách địa phương thấp, chủ yếu dựa vào ngân sách cấp trên bổ sung.';
    const budgetCommune = 'Nguồn thu ngân sách của xã thấp, chủ yếu dựa vào ngân sách cấp trên bổ sung.';
    const oldScanner = 'Máy tính, máy quét tại Bộ phận Một cửa đã cũ, cấu hình thấp; công chức một cửa kiêm nhiệm nhiều việc.';
    const brokenScanner = 'Máy quét của Bộ phận Một cửa hỏng, xã phải mượn máy của bộ phận khác.';
    expect(sayingMuchTheSame(budget, budgetCommune)).toBe(true);
    expect(sayingMuchTheSame(oldScanner, brokenScanner)).toBe(false);
    expect(withoutRewordings([budget, oldScanner, budgetCommune, brokenScanner])).toEqual([budget, oldScanner, brokenScanner]);
    expect(
      sayingMuchTheSame(
        'Phần lớn hồ sơ thuộc lĩnh vực chứng thực, hộ tịch; người dân quen nộp hồ sơ trực tiếp tại Bộ phận Một cửa.',
        'Phần lớn hồ sơ của xã là chứng thực bản sao, người dân quen nộp trực tiếp và nhận kết quả ngay.',
      ),
    ).toBe(true);
  });
});

describe('units behind a difficulty', () => {
  const input = withNarratives([]);
  it('counts them by level out of those that reported, naming a few, or those that reported without it', () => {
    expect(unitsByLevel(input, ['x0', 'x2'])).toBe('02/05 đơn vị cấp xã: UBND các xã Đại Sơn, Tân Kỳ');
    expect(unitsByLevel(input, ['x0', 'x1', 'x2', 'x3'])).toBe('04/05 đơn vị cấp xã, trừ UBND xã Cộng Lạc');
    // The commune that did not report counts neither way.
    expect(unitsByLevel(input, ['x0', 'x1', 'x2', 'x3', 'x4'])).toBe('05/05 đơn vị cấp xã');
    expect(unitsByLevel(input, ['tu-phap', 'x0'])).toBe('01/02 đơn vị cấp huyện: Phòng Tư pháp; 01/05 đơn vị cấp xã: UBND xã Đại Sơn');
  });
});

describe('section III: difficulties', () => {
  const input = withNarratives([
    area({
      difficultyGroups: [
        { issue: 'Tỷ lệ hồ sơ trực tuyến chưa đạt chỉ tiêu.', causes: ['Người dân quen nộp trực tiếp.', 'Thiếu máy tính.'], units: ['x0', 'x1', 'x2', 'x3'], byKind: { commune: 4 } },
        { issue: 'Một cửa chật hẹp (khoảng 22 m²).', causes: ['Trụ sở xây dựng năm 2003.'], units: ['x0'], byKind: { commune: 1 } },
        { issue: 'Một cửa chật hẹp (khoảng 25 m²).', causes: ['Trụ sở xây dựng năm 2008.'], units: ['x2'], byKind: { commune: 1 } },
        { issue: 'Sổ hộ tịch cũ bị rách.', causes: [], units: ['x4'], byKind: { commune: 1 } },
        { issue: 'Hệ thống của tỉnh có lúc chậm.', causes: ['Hệ thống quá tải cuối tháng.'], units: ['vp'], byKind: { department: 1 } },
      ],
    }),
  ]);
  it("gives the lead's own first without units, then the shared ones with their units and causes", () => {
    expect(difficultiesByArea(input)).toEqual([
      {
        area: 'Cải cách thủ tục hành chính',
        paragraphs: [
          'Hệ thống của tỉnh có lúc chậm. Nguyên nhân: hệ thống quá tải cuối tháng.',
          'Tỷ lệ hồ sơ trực tuyến chưa đạt chỉ tiêu (04/05 đơn vị cấp xã, trừ UBND xã Cộng Lạc). Nguyên nhân: người dân quen nộp trực tiếp; thiếu máy tính.',
          'Một cửa chật hẹp (khoảng 22–25 m²) (02/05 đơn vị cấp xã: UBND các xã Đại Sơn, Tân Kỳ). Nguyên nhân: trụ sở xây dựng năm 2003–2008.',
        ],
      },
    ]);
  });
  it('leaves a difficulty only one unit gave to the workbook, and says how many units did so', () => {
    expect(singleDifficultiesText(input)).toBe(
      'Ngoài các nội dung trên, 01 cơ quan, đơn vị nêu khó khăn, vướng mắc riêng của đơn vị mình; chi tiết tại bảng tính kèm theo báo cáo này.',
    );
  });
});

describe('section III of a report longer than the texts it draws on', () => {
  it("leaves out a difficulty holding a figure written for a shorter period (a quarter's count is not the half year's)", () => {
    const entry = (unit: string, period: string) => ({ unit, unitName: unit, kind: 'commune' as const, lead: false, period, results: null, difficulties: [{ issue: 'x', cause: null }], nextTasks: null, proposals: [] });
    const input = withNarratives([
      area({
        entries: [entry('x0', '2024Q1'), entry('x1', '2024Q1'), entry('x2', '2024Q2'), entry('x3', '2024Q2')],
        difficultyGroups: [
          { issue: 'Còn 12 hồ sơ quá hạn.', causes: [], units: ['x0', 'x1'], byKind: { commune: 2 } },
          { issue: 'Đường truyền chậm.', causes: [], units: ['x0', 'x1'], byKind: { commune: 2 } },
          { issue: 'Còn 05 hồ sơ quá hạn.', causes: [], units: ['x2', 'x3'], byKind: { commune: 2 } },
        ],
      }),
    ]);
    // The report is quarter II: the two communes whose latest text is of quarter I lose their figure, not their words.
    expect(difficultiesByArea(input)[0]!.paragraphs).toEqual([
      'Đường truyền chậm (02/05 đơn vị cấp xã: UBND các xã Đại Sơn, Hà Kỳ).',
      'Còn 05 hồ sơ quá hạn (02/05 đơn vị cấp xã: UBND các xã Tân Kỳ, Văn Tố).',
    ]);
  });
});

describe('sections IV and V: proposals by addressee', () => {
  const input = withNarratives([
    area({
      proposalGroups: [
        { text: 'Đề nghị UBND huyện hỗ trợ 3 máy tính.', to: 'body', units: ['x0'] },
        { text: 'Đề nghị UBND huyện hỗ trợ 2 máy tính.', to: 'body', units: ['x1'] },
        { text: 'Đề nghị Phòng Tư pháp hướng dẫn số hóa sổ hộ tịch.', to: 'body', units: ['x2', 'x3'] },
        { text: 'Đề nghị UBND tỉnh nâng cấp Hệ thống thông tin giải quyết TTHC.', to: 'upper', units: ['vp'] },
        { text: 'Đề nghị Sở Nội vụ mở lớp bồi dưỡng kỹ năng số.', to: 'upper', units: ['x0', 'x1'] },
        { text: 'Đề nghị Bộ Nội vụ ban hành bộ tiêu chí Chỉ số CCHC cấp xã.', to: 'central', units: ['x4'] },
        { text: 'Đề nghị tăng kinh phí.', to: null, units: ['vp'] },
        { text: 'Đề nghị cấp thêm máy in.', to: null, units: ['x3'] },
      ],
    }),
  ]);
  it('puts only what goes above the body in section V, under its addressee from cchc.yaml', () => {
    expect(proposalsByAddressee(input)).toEqual([
      {
        area: 'Đối với UBND tỉnh Hải Dương',
        paragraphs: [
          'Đề nghị UBND tỉnh nâng cấp Hệ thống thông tin giải quyết TTHC.',
          'Đề nghị Sở Nội vụ mở lớp bồi dưỡng kỹ năng số (đề xuất của UBND các xã Đại Sơn, Hà Kỳ).',
          'Đề nghị tăng kinh phí.',
        ],
      },
      { area: 'Đối với Bộ, ngành trung ương', paragraphs: ['Đề nghị Bộ Nội vụ ban hành bộ tiêu chí Chỉ số CCHC cấp xã (đề xuất của UBND xã Cộng Lạc).'] },
    ]);
    const v = JSON.stringify(proposalsByAddressee(input));
    expect(v).not.toContain('UBND huyện hỗ trợ');
    expect(v).not.toContain('máy in');
  });
  it('counts the requests to the body itself as its own business in section IV', () => {
    // Three contents (the two computer requests differ only in their figures) from four communes.
    expect(bodyProposalsText(input)).toBe(
      'Xem xét, giải quyết 03 nội dung đề xuất, kiến nghị của 04 cơ quan, đơn vị gửi UBND huyện Tứ Kỳ (tổng hợp tại bảng tính kèm theo báo cáo này).',
    );
    expect(bodyProposalsText(withNarratives([area({})]))).toBeNull();
  });
});
