/**
 * A hand-written consolidation for renderer tests: three areas, a handful of
 * indicators (a rate with level targets, a range, a count, a boolean), two
 * unit kinds, four units (one late, one missing, one excluded), narratives,
 * tasks and a four-quarter trend.
 */
import { unitSpreads } from '../../src/consolidate/spreads.js';
import { taskProgress } from '../../src/consolidate/task-progress.js';
import type { Consolidation, IndicatorResult, TargetResult } from '../../src/consolidate/types.js';
import type { ReportInput } from '../../src/render/reports/report-input.js';
import { loadReportTemplate } from '../../src/render/reports/template/load-report-template.js';
import type { PeriodKind } from '../../src/repo/model.js';

/** A target result: every field empty or neutral, a met target with no text, except what `partial` gives. */
export function targetResult(partial: Partial<TargetResult> = {}): TargetResult {
  return {
    text: '',
    status: 'met',
    note: null,
    cite: null,
    level: null,
    levelName: null,
    min: null,
    max: null,
    strict: false,
    stretch: null,
    equals: null,
    minRating: null,
    deadline: null,
    yearly: false,
    by: null,
    evaluate: 'period',
    baseline: null,
    change: null,
    cumulative: null,
    share: null,
    condition: null,
    value: null,
    scope: 'all',
    reason: null,
    gap: null,
    stretchMet: null,
    ...partial,
  };
}

function target(partial: Partial<TargetResult> & Pick<TargetResult, 'text' | 'status'>): TargetResult {
  return targetResult(partial);
}

function indicator(partial: Partial<IndicatorResult> & Pick<IndicatorResult, 'id' | 'area' | 'name' | 'unit' | 'type'>): IndicatorResult {
  return {
    areaCode: partial.area === 'chi-dao' ? '2.1' : partial.area === 'the-che' ? '2.2' : '2.3',
    isRate: false,
    scale: null,
    breakdownOf: null,
    aggregation: { units: 'sum', time: 'sum' },
    ratio: null,
    figure: { value: null, reporting: 0, expected: 0, partial: [] },
    targets: [],
    status: 'no-target',
    previous: { period: '2024Q1', label: 'quý I năm 2024', value: null },
    lastYear: { period: '2023Q2', label: 'quý II năm 2023', value: null },
    ...partial,
  };
}

export const SAMPLE_INDICATORS: IndicatorResult[] = [
  indicator({
    id: 'ty-le-hai-long',
    area: 'chi-dao',
    name: 'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ hành chính',
    unit: '%',
    type: 'percent',
    isRate: true,
    figure: { value: 91.25, numerator: 1460, denominator: 1600, reporting: 2, expected: 2, partial: [] },
    targets: [target({ text: 'Đạt từ 85% trở lên', min: 85, value: 91.25, status: 'met', gap: 6.25 })],
    status: 'met',
    previous: { period: '2024Q1', label: 'quý I năm 2024', value: 88.5 },
    lastYear: { period: '2023Q2', label: 'quý II năm 2023', value: 84 },
  }),
  indicator({
    id: 'vbqppl-ban-hanh',
    area: 'the-che',
    name: 'Số văn bản quy phạm pháp luật được ban hành',
    unit: 'văn bản',
    type: 'count',
    figure: { value: 1234, reporting: 3, expected: 3, partial: [] },
    previous: { period: '2024Q1', label: 'quý I năm 2024', value: 1100 },
    lastYear: { period: '2023Q2', label: 'quý II năm 2023', value: 987 },
  }),
  indicator({
    id: 'ty-le-dung-han',
    area: 'tthc',
    name: 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn',
    unit: '%',
    type: 'percent',
    isRate: true,
    ratio: { numerator: 'hs-dung-han', denominator: 'hs-giai-quyet' },
    figure: { value: 97.3, numerator: 2919, denominator: 3000, reporting: 3, expected: 3, partial: [] },
    targets: [target({ text: 'Đạt từ 95% - 100% hồ sơ TTHC được trả kết quả đúng và trước hạn', min: 95, max: 100, value: 97.3, status: 'met', gap: 2.3 })],
    status: 'met',
    previous: { period: '2024Q1', label: 'quý I năm 2024', value: 96.1 },
    lastYear: { period: '2023Q2', label: 'quý II năm 2023', value: 93.4 },
  }),
  indicator({
    id: 'ty-le-so-hoa',
    area: 'tthc',
    name: 'Tỷ lệ kết quả giải quyết TTHC được số hóa',
    unit: '%',
    type: 'percent',
    isRate: true,
    figure: { value: 42.5, numerator: 1275, denominator: 3000, reporting: 3, expected: 3, partial: [] },
    targets: [
      target({ text: 'Cấp huyện đạt 20%, mỗi năm tăng tối thiểu 20%', level: 'district', levelName: 'cấp huyện', min: 60, value: 55, scope: 'district', status: 'not-met', gap: -5 }),
      target({ text: 'Cấp xã đạt 15%, mỗi năm tăng tối thiểu 20%', level: 'commune', levelName: 'cấp xã', min: 55, value: 35.2, scope: 'commune', status: 'not-met', gap: -19.8 }),
    ],
    status: 'not-met',
  }),
  indicator({
    id: 'iso-duy-tri',
    area: 'tthc',
    name: 'Duy trì hệ thống quản lý chất lượng TCVN ISO 9001',
    unit: '',
    type: 'boolean',
    figure: { value: true, yes: 3, no: 0, reporting: 3, expected: 3, partial: [] },
    targets: [target({ text: 'Duy trì TCVN ISO 9001', equals: true, value: true, status: 'met' })],
    status: 'met',
  }),
];

export function sampleConsolidation(kind: PeriodKind = 'quarter'): Consolidation {
  const c = sampleFigures(kind);
  return { ...c, taskProgress: taskProgress(c.areas, c.tasks), spreads: unitSpreads(c.indicators, c.levels, c.units) };
}

function sampleFigures(kind: PeriodKind): Omit<Consolidation, 'taskProgress' | 'spreads'> {
  const period =
    kind === 'quarter'
      ? { id: '2024Q2', label: 'quý II năm 2024', shortLabel: 'Quý II/2024', window: { from: '2024-03-15', to: '2024-06-14' }, span: { from: '2024-04-01', to: '2024-06-30' }, due: '2024-06-12' }
      : kind === 'half'
        ? { id: '2024S1', label: '6 tháng đầu năm 2024', shortLabel: '6T đầu/2024', window: { from: '2023-12-15', to: '2024-06-14' }, span: { from: '2024-01-01', to: '2024-06-30' }, due: '2024-06-12' }
        : { id: '2024', label: 'năm 2024', shortLabel: 'Năm 2024', window: { from: '2023-12-15', to: '2024-12-14' }, span: { from: '2024-01-01', to: '2024-12-31' }, due: '2024-12-10' };
  const unitBase = { files: [], parts: [], missingParts: [], errors: 0, warnings: 0 };
  return {
    version: 2,
    lang: 'vi',
    plan: { id: 'tu-ky-2021-2025', title: 'Kế hoạch thực hiện cải cách hành chính nhà nước huyện Tứ Kỳ giai đoạn 2021 - 2025', version: '1.0' },
    period: { ...period, kind, year: 2024 },
    completeness: {
      expected: 4,
      submitted: 2,
      onTime: 1,
      late: 1,
      partial: 0,
      missing: 1,
      invalid: 1,
      reportingRate: 50,
      onTimeRate: 25,
      units: [
        { ...unitBase, unit: 'vp', name: 'Văn phòng HĐND và UBND huyện', kind: 'department', kindName: 'Phòng chuyên môn', level: 'district', status: 'on-time', source: 'period', submitted: '2024-06-10', daysLate: 0, files: ['submissions/2024Q2/vp.yaml'] },
        { ...unitBase, unit: 'tu-phap', name: 'Phòng Tư pháp', kind: 'department', kindName: 'Phòng chuyên môn', level: 'district', status: 'invalid', source: null, submitted: null, daysLate: null, errors: 2 },
        { ...unitBase, unit: 'dai-son', name: 'UBND xã Đại Sơn', kind: 'commune', kindName: 'Xã', level: 'commune', status: 'late', source: 'period', submitted: '2024-06-15', daysLate: 3, files: ['submissions/2024Q2/dai-son.yaml'] },
        { ...unitBase, unit: 'ha-ky', name: 'UBND xã Hà Kỳ', kind: 'commune', kindName: 'Xã', level: 'commune', status: 'missing', source: null, submitted: null, daysLate: null, missingParts: kind === 'quarter' ? [] : ['2024Q1'] },
      ],
    },
    areas: [
      { id: 'chi-dao', code: '2.1', title: 'Công tác chỉ đạo, điều hành', shortTitle: 'Chỉ đạo, điều hành', lead: 'Phòng Nội vụ' },
      { id: 'the-che', code: '2.2', title: 'Cải cách thể chế', shortTitle: 'Thể chế', lead: 'Phòng Tư pháp' },
      { id: 'tthc', code: '2.3', title: 'Cải cách thủ tục hành chính', shortTitle: 'Thủ tục hành chính', lead: 'Văn phòng HĐND và UBND huyện' },
    ],
    indicators: SAMPLE_INDICATORS,
    levels: [],
    kinds: [
      {
        id: 'department',
        type: 'kind',
        name: 'Các phòng chuyên môn',
        kinds: ['department'],
        level: 'district',
        units: ['vp', 'tu-phap'],
        indicators: {
          'ty-le-dung-han': { figure: { value: 99, numerator: 990, denominator: 1000, reporting: 1, expected: 2, partial: [] }, targets: [], status: 'met' },
          'vbqppl-ban-hanh': { figure: { value: 1200, reporting: 1, expected: 2, partial: [] }, targets: [], status: 'no-target' },
        },
      },
      {
        id: 'commune',
        type: 'kind',
        name: 'UBND các xã, thị trấn',
        kinds: ['commune', 'town'],
        level: 'commune',
        units: ['dai-son', 'ha-ky'],
        indicators: {
          'ty-le-dung-han': { figure: { value: 96.45, numerator: 1929, denominator: 2000, reporting: 1, expected: 2, partial: [] }, targets: [], status: 'met' },
          'vbqppl-ban-hanh': { figure: { value: 34, reporting: 1, expected: 2, partial: [] }, targets: [], status: 'no-target' },
        },
      },
    ],
    units: [
      {
        unit: 'vp',
        name: 'Văn phòng HĐND và UBND huyện',
        kind: 'department',
        level: 'district',
        status: 'on-time',
        values: {
          'ty-le-dung-han': { value: 99, numerator: 990, denominator: 1000, partial: false, status: 'met' },
          'vbqppl-ban-hanh': { value: 1200, partial: false, status: 'no-target' },
          'iso-duy-tri': { value: true, partial: false, status: 'met' },
        },
      },
      {
        unit: 'dai-son',
        name: 'UBND xã Đại Sơn',
        kind: 'commune',
        level: 'commune',
        status: 'late',
        values: { 'ty-le-dung-han': { value: 96.45, numerator: 1929, denominator: 2000, partial: false, status: 'met' } },
      },
    ],
    tasks: [
      {
        id: 'tt-01',
        area: 'tthc',
        title: 'Rà soát, đơn giản hóa TTHC',
        ref: '2.3.b',
        lead: [{ role: 'van-phong', name: 'Văn phòng HĐND và UBND huyện' }],
        coordinate: [],
        deadline: null,
        schedule: 'Thường xuyên',
        output: null,
        expected: 2,
        done: 1,
        inProgress: 1,
        notStarted: 0,
        notReported: 0,
        overdue: 0,
        units: [],
      },
    ],
    taskLeads: [
      { role: 'van-phong', name: 'Văn phòng HĐND và UBND huyện', tasks: 1, done: 0, inProgress: 1, notStarted: 0, notReported: 0, overdue: 0, ids: ['tt-01'] },
    ],
    narratives: [
      {
        area: 'tthc',
        code: '2.3',
        title: 'Cải cách thủ tục hành chính',
        leadName: 'Văn phòng HĐND và UBND huyện',
        entries: [
          { unit: 'dai-son', unitName: 'UBND xã Đại Sơn', kind: 'commune', lead: false, period: '2024Q2', results: 'Tiếp nhận 2.000 hồ sơ, giải quyết đúng hạn 1.929 hồ sơ.', difficulties: [{ issue: 'Một số hồ sơ đất đai còn chậm.', cause: 'Thiếu cán bộ địa chính.' }], nextTasks: null, proposals: [{ text: 'Đề nghị bổ sung 01 máy quét tài liệu cho Bộ phận Một cửa.', to: 'body' }] },
          { unit: 'vp', unitName: 'Văn phòng HĐND và UBND huyện', kind: 'department', lead: true, period: '2024Q2', results: 'Bộ phận Một cửa huyện tiếp nhận 1.000 hồ sơ; 100% TTHC được công khai đầy đủ, đúng hạn.\nTiếp tục số hóa hồ sơ, kết quả giải quyết TTHC.', difficulties: [], nextTasks: 'Đẩy mạnh thanh toán trực tuyến nghĩa vụ tài chính trong giải quyết TTHC.', proposals: [] },
        ],
        difficultyGroups: [{ issue: 'Một số hồ sơ đất đai còn chậm.', causes: ['Thiếu cán bộ địa chính.'], units: ['dai-son'], byKind: { commune: 1 } }],
        proposalGroups: [{ text: 'Đề nghị bổ sung 01 máy quét tài liệu cho Bộ phận Một cửa.', to: 'body', units: ['dai-son'] }],
      },
    ],
    trend: {
      periods: [
        { id: '2023Q3', label: 'quý III năm 2023' },
        { id: '2023Q4', label: 'quý IV năm 2023' },
        { id: '2024Q1', label: 'quý I năm 2024' },
        { id: '2024Q2', label: 'quý II năm 2024' },
      ],
      series: [
        { indicator: 'ty-le-dung-han', level: null, name: 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn', shortName: 'Tỷ lệ hồ sơ đúng hạn', values: [93.4, 95.2, 96.1, 97.3], targets: [95, 95, 95, 95] },
        { indicator: 'ty-le-so-hoa', level: 'district', name: 'Tỷ lệ kết quả giải quyết TTHC được số hóa', shortName: 'Tỷ lệ số hóa kết quả, cấp huyện', values: [30, null, 38, 42.5], targets: [40, 40, 60, 60] },
        { indicator: 'ty-le-so-hoa', level: 'commune', name: 'Tỷ lệ kết quả giải quyết TTHC được số hóa', shortName: 'Tỷ lệ số hóa kết quả, cấp xã', values: [25, null, 33, 37.5], targets: [35, 35, 55, 55] },
      ],
    },
    notes: [],
  };
}

export function sampleReportInput(kind: PeriodKind = 'quarter'): ReportInput {
  return {
    consolidation: sampleConsolidation(kind),
    body: {
      name: 'ỦY BAN NHÂN DÂN\nHUYỆN TỨ KỲ',
      parent: 'UBND TỈNH HẢI DƯƠNG',
      shortName: 'UBND huyện Tứ Kỳ',
      place: 'Tứ Kỳ',
      symbol: 'BC-UBND',
    },
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' },
    recipients: ['Sở Nội vụ tỉnh Hải Dương', 'Thường trực Huyện ủy', 'Chủ tịch, các Phó Chủ tịch UBND huyện', 'Lưu: VT, NV'],
    template: loadReportTemplate(kind),
    basis: { plan: { number: '3148/KH-UBND', date: '2021-12-30' } },
    appendices: loadReportTemplate(kind).appendixOrder,
    date: '2024-06-05',
    diagnostics: [
      { severity: 'error', code: 'part-exceeds-whole', message: 'Số hồ sơ đúng hạn (120) lớn hơn số hồ sơ đã giải quyết (100).', file: 'submissions/2024Q2/tu-phap.yaml', line: 12, column: 7, cell: null, path: '/areas/tthc/values/hs-dung-han' },
      { severity: 'warning', code: 'value-jump', message: '=SUM(A1:A3) tăng hơn 3 lần so với kỳ trước.', file: 'submissions/2024Q2/dai-son.xlsx', line: null, column: null, cell: 'TTHC!C5', path: '/areas/tthc/values/hs-tiep-nhan' },
    ],
  };
}
