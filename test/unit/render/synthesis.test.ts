/**
 * The body's text: what the code chooses to say about the figures, in the
 * bundled template's words. Hand-written consolidations, expected sentences
 * written out in full.
 */
import { describe, expect, it } from 'vitest';
import { unitSpreads } from '../../../src/consolidate/spreads.js';
import type { IndicatorResult, TargetResult, UnitResult } from '../../../src/consolidate/types.js';
import type { ReportInput } from '../../../src/render/reports/report-input.js';
import { comparisonsWithData, formatCount, thresholdWords, unitInSentence } from '../../../src/render/reports/report-text.js';
import { areaFigures, changeOf, tidy } from '../../../src/render/reports/synthesis/area-figures.js';
import { shortcomingsText, strengthsText } from '../../../src/render/reports/synthesis/assessment-text.js';
import { appendixPointersText, basisDocuments, introText, reportingText } from '../../../src/render/reports/synthesis/intro-text.js';
import { leadNextTasks, leadResults } from '../../../src/render/reports/synthesis/lead-text.js';
import { taskSentences } from '../../../src/render/reports/synthesis/task-text.js';
import { keyIndicators } from '../../../src/render/reports/synthesis/key-indicators.js';
import { sampleReportInput, targetResult } from '../../helpers/sample-report.js';

const target = targetResult;

describe('words for figures', () => {
  const t = sampleReportInput().template;
  const pct = { unit: '%', type: 'percent' as const };
  it('writes counts under ten with a leading zero, but a zero as 0', () => {
    expect([0, 5, 9, 10, 1234].map(formatCount)).toEqual(['0', '05', '09', '10', '1.234']);
  });
  it('names a commune by its commune inside a sentence', () => {
    expect(unitInSentence('UBND xã Tiên Động')).toBe('xã Tiên Động');
    expect(unitInSentence('UBND thị trấn Tứ Kỳ')).toBe('thị trấn Tứ Kỳ');
    expect(unitInSentence('Phòng Tư pháp')).toBe('Phòng Tư pháp');
    expect(unitInSentence('UBND Huyện')).toBe('UBND Huyện');
  });
  it('writes thresholds in words', () => {
    expect(thresholdWords(target({ min: 50 }), pct, t)).toBe('từ 50% trở lên');
    expect(thresholdWords(target({ min: 95, max: 100 }), pct, t)).toBe('từ 95% đến 100%');
    expect(thresholdWords(target({ min: 100 }), pct, t)).toBe('100%');
    expect(thresholdWords(target({ min: 30, stretch: 40 }), pct, t)).toBe('từ 30% trở lên, phấn đấu 40%');
    expect(thresholdWords(target({ max: 15 }), { unit: 'phút', type: 'number' }, t)).toBe('không quá 15 phút');
    expect(thresholdWords(target({ max: 3 }), { unit: 'hạng', type: 'number' }, t)).toBe('không quá hạng 3');
  });
  it('says a change in points for rates, per cent for large counts, items for small ones', () => {
    expect(changeOf({ isRate: true, type: 'percent', unit: '%' }, 44.35, 39.77)).toEqual({ direction: 'up', amount: '4,6', points: true });
    // Both rates print as 99,8%: no change to speak of.
    expect(changeOf({ isRate: true, type: 'percent', unit: '%' }, 99.846, 99.828)).toEqual({ direction: 'same', amount: '', points: true });
    expect(changeOf({ isRate: false, type: 'count', unit: 'hồ sơ' }, 15721, 13544)).toEqual({ direction: 'up', amount: '16,1%', points: false });
    expect(changeOf({ isRate: false, type: 'count', unit: 'văn bản' }, 1, 3)).toEqual({ direction: 'down', amount: '02 văn bản', points: false });
    expect(changeOf({ isRate: false, type: 'number', unit: 'phút' }, 18, 17)).toEqual({ direction: 'up', amount: '1 phút', points: false });
  });
  it('tidies the spaces an empty placeholder leaves', () => {
    expect(tidy('đạt 97,3% (2.919/3.000 ), tăng')).toBe('đạt 97,3% (2.919/3.000), tăng');
  });
});

describe('introduction', () => {
  it('cites the plan, the annual plan and the request of the period, then the data window', () => {
    const input: ReportInput = {
      ...sampleReportInput(),
      basis: {
        plan: { number: '3148/KH-UBND', date: '2021-12-30' },
        annualPlans: { '2024': { number: '18/KH-UBND', date: '2024-01-19' }, '2023': { number: '9/KH-UBND', date: '2023-01-05' } },
        requests: [
          { document: 'Công văn', number: '1175/SNV-CCHC', date: '2024-05-31', issuer: 'Sở Nội vụ tỉnh Hải Dương', subject: 'về việc báo cáo CCHC', periods: ['2024Q2'] },
          { document: 'Công văn', number: '99/SNV-CCHC', date: '2024-09-01', issuer: 'Sở Nội vụ tỉnh Hải Dương', periods: ['2024Q3'] },
        ],
      },
    };
    expect(basisDocuments(input)).toEqual([
      'Kế hoạch số 3148/KH-UBND ngày 30/12/2021 của UBND huyện Tứ Kỳ về thực hiện cải cách hành chính nhà nước huyện Tứ Kỳ giai đoạn 2021 - 2025',
      'Kế hoạch số 18/KH-UBND ngày 19/01/2024 của UBND huyện Tứ Kỳ về cải cách hành chính năm 2024',
      'Công văn số 1175/SNV-CCHC ngày 31/05/2024 của Sở Nội vụ tỉnh Hải Dương về việc báo cáo CCHC',
    ]);
    expect(introText(input)).toMatch(
      /^Thực hiện Kế hoạch số 3148\/KH-UBND .*; Kế hoạch số 18\/KH-UBND .*; Công văn số 1175\/SNV-CCHC .* về việc báo cáo CCHC, UBND huyện Tứ Kỳ báo cáo kết quả thực hiện công tác cải cách hành chính quý II năm 2024 \(số liệu tính từ ngày 15\/03\/2024 đến ngày 14\/06\/2024\) như sau:$/,
    );
  });
  it('names the plan by its title when cchc.yaml gives no number', () => {
    const input = { ...sampleReportInput(), basis: {} };
    expect(introText(input)).toMatch(/^Thực hiện Kế hoạch thực hiện cải cách hành chính nhà nước huyện Tứ Kỳ giai đoạn 2021 - 2025, UBND huyện Tứ Kỳ báo cáo/);
  });
  it('says what the figures come from and points to each appendix by its number', () => {
    const input = sampleReportInput();
    expect(reportingText(input)).toBe(
      'Báo cáo được tổng hợp từ báo cáo của 02/04 cơ quan, đơn vị, UBND cấp xã (50%), trong đó 01 đơn vị gửi đúng hạn, 01 đơn vị gửi trễ hạn.',
    );
    expect(appendixPointersText(input, ['indicators', 'keyRates', 'reporting', 'narratives'])).toBe(
      'Chi tiết kết quả các chỉ tiêu tại Phụ lục I, một số chỉ tiêu chủ yếu của từng cơ quan, đơn vị tại Phụ lục II, tình hình gửi báo cáo của từng đơn vị tại Phụ lục III, nội dung báo cáo của từng đơn vị tại Phụ lục IV kèm theo báo cáo này.',
    );
    // Numbers follow the report's own list.
    expect(appendixPointersText(input, ['reporting'])).toBe('Chi tiết tình hình gửi báo cáo của từng đơn vị tại Phụ lục I kèm theo báo cáo này.');
  });
});

/** A commune level of five units on one rate, for the spread clauses. */
function withCommunes(values: (number | null)[], rateTarget: Partial<TargetResult>): ReportInput {
  const input = sampleReportInput();
  const c = input.consolidation;
  const rate: IndicatorResult = {
    ...c.indicators.find((i) => i.id === 'ty-le-dung-han')!,
    targets: [target({ min: 95, max: 100, value: 97.3, status: 'met', ...rateTarget })],
  };
  const units: UnitResult[] = values.map((v, i) => ({
    unit: `x${i}`,
    name: `UBND xã X${i}`,
    kind: 'commune',
    level: 'commune',
    status: 'on-time',
    values: { 'ty-le-dung-han': { value: v, partial: false, status: v === null ? 'no-data' : v >= 95 ? 'met' : 'not-met' } },
  }));
  const levels = [
    {
      id: 'commune',
      type: 'level' as const,
      name: 'cấp xã',
      kinds: ['commune' as const],
      level: 'commune',
      units: units.map((u) => u.unit),
      indicators: { 'ty-le-dung-han': { figure: rate.figure, targets: [target({ min: 95, max: 100 })], status: 'met' as const } },
    },
  ];
  const indicators = c.indicators.map((i) => (i.id === rate.id ? rate : i));
  return { ...input, consolidation: { ...c, indicators, levels, units, spreads: unitSpreads(indicators, levels, units) } };
}

describe("an area's figures", () => {
  it('gives a rate with its counts, the change against the previous quarter and a year earlier, and the target', () => {
    const f = areaFigures('tthc', sampleReportInput());
    expect(f.paragraphs[0]).toBe(
      'Trong quý II năm 2024, tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn đạt 97,3% (2.919/3.000), tăng 1,2 điểm phần trăm so với quý trước, tăng 3,9 điểm phần trăm so với cùng kỳ năm trước, đạt mục tiêu của Kế hoạch (từ 95% đến 100%). ' +
        'Tỷ lệ kết quả giải quyết TTHC được số hóa đạt 42,5% (1.275/3.000); cấp huyện đạt 55%, chưa đạt mục tiêu của Kế hoạch (từ 60% trở lên); cấp xã đạt 35,2%, chưa đạt mục tiêu của Kế hoạch (từ 55% trở lên). ' +
        'Duy trì hệ thống quản lý chất lượng TCVN ISO 9001: 03/03 cơ quan, đơn vị đã thực hiện, đạt mục tiêu của Kế hoạch.',
    );
    expect(f.stated).toContain('97,3%');
    expect(f.stated).toContain('2.919');
  });

  it("states an indicator the plan reads 'trong năm' year to date in a quarter, the period's own in a year", () => {
    const input = sampleReportInput();
    const c = structuredClone(input.consolidation);
    const ind = c.indicators.find((i) => i.area === 'tthc' && i.isRate)!;
    ind.window = 'year-to-date';
    ind.yearToDate = {
      figure: { value: 96, numerator: 5760, denominator: 6000, reporting: 2, expected: 2, partial: [] },
      targets: [],
      status: 'no-target',
      lastYear: { period: '2023S1', label: '6 tháng đầu năm 2023', value: null },
    };
    c.yearToDate = { id: '2024S1', parts: ['2024S1'], label: '6 tháng đầu năm 2024', shortLabel: '6T đầu/2024', window: { from: '2023-12-15', to: '2024-06-14' }, wholeYear: false };
    const f = areaFigures('tthc', { ...input, consolidation: c });
    const ytd = f.paragraphs.find((p) => p.startsWith('Lũy kế từ đầu năm đến ngày 14/06/2024, '));
    expect(ytd).toBe(`Lũy kế từ đầu năm đến ngày 14/06/2024, ${ind.name.charAt(0).toLowerCase()}${ind.name.slice(1)} đạt 96% (5.760/6.000).`);
    expect(f.paragraphs.join(' ')).not.toContain('97,3%');
    // A report that is its own year to date states the period's figure.
    c.yearToDate = { ...c.yearToDate, id: c.period.id };
    expect(areaFigures('tthc', { ...input, consolidation: c }).paragraphs.join(' ')).toContain('97,3%');
  });

  it('names the units of a level under target, the worst first, and counts the rest', () => {
    const input = withCommunes([99, 90, 80, 96, 85, 70, null], {});
    const text = areaFigures('tthc', input).paragraphs[0]!;
    expect(text).toContain('đạt mục tiêu của Kế hoạch (từ 95% đến 100%); 02/06 đơn vị cấp xã đạt mục tiêu, chưa đạt: xã X5 (70%), xã X2 (80%), xã X4 (85%) và 01 đơn vị khác.');
  });

  it('says when no unit of the level meets it, and says nothing of a level where all do unless the plan targets that level', () => {
    expect(areaFigures('tthc', withCommunes([90, 80, 70], {})).paragraphs[0]).toContain('; cả 03 đơn vị cấp xã đều chưa đạt, thấp nhất: xã X2 (70%), xã X1 (80%), xã X0 (90%).');
    const allMet = areaFigures('tthc', withCommunes([99, 96, 97], {})).paragraphs[0]!;
    expect(allMet).not.toContain('đơn vị cấp xã');
    const ownTarget = areaFigures('tthc', withCommunes([99, 96, 97], { level: 'commune', levelName: 'cấp xã', scope: 'commune' })).paragraphs[0]!;
    expect(ownTarget).toContain('03/03 đơn vị cấp xã đều đạt mục tiêu');
  });

  it('leaves out comparisons nobody reported for', () => {
    const input = sampleReportInput();
    const indicators = input.consolidation.indicators.map((i) => ({ ...i, lastYear: { ...i.lastYear, value: null } }));
    const without = { ...input, consolidation: { ...input.consolidation, indicators } };
    expect(comparisonsWithData(without)).toEqual(['previous']);
    expect(areaFigures('tthc', without).paragraphs[0]).not.toContain('cùng kỳ');
  });
});

describe("the lead's text", () => {
  const input = sampleReportInput();
  it('keeps what the figures do not say and leaves out a sentence repeating a stated figure', () => {
    expect(leadResults(input, 'tthc', new Set())).toEqual([
      'Bộ phận Một cửa huyện tiếp nhận 1.000 hồ sơ; 100% TTHC được công khai đầy đủ, đúng hạn.',
      'Tiếp tục số hóa hồ sơ, kết quả giải quyết TTHC.',
    ]);
    expect(leadResults(input, 'tthc', new Set(['1.000']))).toEqual(['Tiếp tục số hóa hồ sơ, kết quả giải quyết TTHC.']);
    // A short number alone is not taken for a repeated figure.
    expect(leadResults(input, 'tthc', new Set(['100%', '05']))).toHaveLength(2);
  });
  it("keeps only sentences without figures from a shorter period's text (a half year built from quarters)", () => {
    const half = sampleReportInput('half');
    expect(leadResults(half, 'tthc', new Set())).toEqual(['Tiếp tục số hóa hồ sơ, kết quả giải quyết TTHC.']);
  });
  it("never quotes another unit's text in the body", () => {
    expect(leadResults(input, 'tthc', new Set()).join(' ')).not.toContain('2.000 hồ sơ');
    expect(leadNextTasks(input, 'tthc')).toEqual(['Đẩy mạnh thanh toán trực tuyến nghĩa vụ tài chính trong giải quyết TTHC.']);
  });
});

describe('tasks and the assessment', () => {
  const input = sampleReportInput();
  it('says where the tasks of an area stand', () => {
    expect(taskSentences(input, 'tthc')).toEqual(['Trong 01 nhiệm vụ của lĩnh vực theo Kế hoạch: 01 nhiệm vụ đang triển khai.']);
    expect(taskSentences(input, 'the-che')).toEqual([]);
  });
  it('counts the targets met by area, lists those not met, and names the units that did not report', () => {
    expect(strengthsText(input)).toEqual([
      '03/04 chỉ tiêu được đánh giá trong kỳ đạt mục tiêu của Kế hoạch (công tác chỉ đạo, điều hành 01/01; cải cách thủ tục hành chính 02/03).',
      // The main rates met, with their figures (the chart's rates first).
      'Một số chỉ tiêu chủ yếu đạt mục tiêu: tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn đạt 97,3%; mức độ hài lòng của người dân, tổ chức đối với sự phục vụ hành chính đạt 91,3%.',
    ]);
    expect(shortcomingsText(input)).toEqual([
      'Còn 01/04 chỉ tiêu chưa đạt mục tiêu của Kế hoạch: tỷ lệ kết quả giải quyết TTHC được số hóa.',
      'Còn 01 cơ quan, đơn vị chưa gửi báo cáo: UBND xã Hà Kỳ.',
      '01 cơ quan, đơn vị gửi báo cáo trễ hạn: UBND xã Đại Sơn.',
      'Báo cáo của 01 cơ quan, đơn vị có lỗi số liệu nên chưa được tổng hợp vào báo cáo này: Phòng Tư pháp.',
    ]);
  });
});

describe('key indicators of a level', () => {
  it('takes the indicators judged on the level with a few units reporting', () => {
    const input = withCommunes([99, 90, 80, 96], {});
    const key = keyIndicators(input.consolidation);
    expect(key.map((k) => [k.level.id, k.indicators.map((i) => i.id)])).toEqual([['commune', ['ty-le-dung-han']]]);
    expect(keyIndicators(withCommunes([99, 90], {}).consolidation)).toEqual([]);
  });
});
