/**
 * Tasks as real plans list them (lead and coordinating roles, deadline,
 * output, who reports) and unit kinds declared by the plan: a commune under
 * the two-level local government, with its offices and its public service
 * centre.
 */
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import type { SubmissionEntry } from '../../../src/consolidate/input.js';
import { planFromData, PlanError } from '../../../src/plan/load.js';
import type { Plan } from '../../../src/plan/model.js';
import type { Unit } from '../../../src/repo/model.js';
import type { TaskStatus } from '../../../src/plan/model.js';
import { buildForm } from '../../../src/form/form.js';
import { periodOf } from '../../../src/consolidate/period.js';
import { unitScope } from '../../../src/validate/rules/unit-scope.js';
import type { RuleContext } from '../../../src/validate/rule.js';

const RAW = {
  id: 'xa',
  version: '1',
  title: 'Kế hoạch CCHC xã',
  issuer: 'UBND xã',
  fromYear: 2026,
  toYear: 2030,
  kinds: [
    { id: 'office', name: 'phòng chuyên môn', groupName: 'Các phòng chuyên môn thuộc UBND xã' },
    { id: 'service-centre', name: 'trung tâm phục vụ hành chính công', group: 'office' },
    { id: 'school', name: 'trường', groupName: 'Các trường học' },
  ],
  kindLists: { 'co-quan': ['office', 'service-centre'], 'tat-ca': ['office', 'service-centre', 'school'] },
  levels: { xa: ['tat-ca'] },
  levelNames: { xa: 'cấp xã' },
  roles: {
    'van-phong': { name: 'Văn phòng HĐND và UBND xã', kinds: ['office'], leads: ['chi-dao'] },
    'trung-tam': { name: 'Trung tâm Phục vụ hành chính công xã', kinds: ['service-centre'] },
    'truyen-thanh': { name: 'Đài truyền thanh xã' },
  },
  areas: [
    { id: 'chi-dao', code: '1', title: 'Công tác chỉ đạo, điều hành', lead: 'Văn phòng HĐND và UBND xã' },
    { id: 'tthc', code: '2', title: 'Cải cách thủ tục hành chính', lead: 'Trung tâm Phục vụ hành chính công xã' },
  ],
  indicators: [
    { id: 'hs', area: 'tthc', name: 'Số hồ sơ tiếp nhận', unit: 'hồ sơ', type: 'count', reportedBy: ['service-centre'] },
    { id: 'vb', area: 'chi-dao', name: 'Số văn bản chỉ đạo', unit: 'văn bản', type: 'count', reportedBy: ['co-quan'], reporters: { office: { roles: ['van-phong'] } } },
  ],
  tasks: [
    {
      id: 'kh-kiem-tra',
      area: 'chi-dao',
      title: 'Xây dựng và triển khai Kế hoạch kiểm tra CCHC hằng năm',
      ref: 'V.1',
      lead: ['van-phong'],
      coordinate: ['trung-tam'],
      deadline: '03-31',
      output: 'Kế hoạch kiểm tra CCHC năm',
    },
    { id: 'tuyen-truyen', area: 'chi-dao', title: 'Tuyên truyền về CCHC', lead: ['truyen-thanh'], coordinate: ['van-phong'], schedule: 'Thường xuyên' },
    { id: 'cong-khai', area: 'tthc', title: 'Công khai TTHC', lead: ['trung-tam'], reporters: ['tat-ca'], schedule: 'Thường xuyên' },
  ],
};

const PLAN: Plan = planFromData(RAW);

const UNITS: Unit[] = [
  { id: 'vp', name: 'Văn phòng HĐND và UBND xã', kind: 'office', leads: ['chi-dao'] },
  { id: 'kt', name: 'Phòng Kinh tế', kind: 'office', leads: [], roles: ['truyen-thanh'] },
  { id: 'tt', name: 'Trung tâm Phục vụ hành chính công xã', kind: 'service-centre', leads: ['tthc'] },
  { id: 'th', name: 'Trường Tiểu học Tân Kỳ', kind: 'school', leads: [] },
];

function entry(unit: string, period: string, tasks: Record<string, TaskStatus>, values: Record<string, number> = {}): SubmissionEntry {
  const areas: Record<string, { values: Record<string, number>; tasks: Record<string, { status: TaskStatus }>; narrative: object }> = {};
  for (const [id, status] of Object.entries(tasks)) {
    const area = PLAN.tasks.find((t) => t.id === id)!.area;
    (areas[area] ??= { values: {}, tasks: {}, narrative: {} }).tasks[id] = { status };
  }
  for (const [id, v] of Object.entries(values)) {
    const area = PLAN.indicators.find((t) => t.id === id)!.area;
    (areas[area] ??= { values: {}, tasks: {}, narrative: {} }).values[id] = v;
  }
  return { file: `submissions/${period}/${unit}.yaml`, valid: true, errors: 0, warnings: 0, submission: { unit, period, submitted: '2026-06-10', areas } };
}

const run = (subs: SubmissionEntry[], period = '2026Q2') =>
  consolidate({ plan: PLAN, config: { due: { quarter: 12, half: 12, year: 10 }, cutoffDay: 14, baselines: {} }, units: UNITS, submissions: subs, period });

describe('unit kinds declared by the plan', () => {
  it('expands kind lists wherever kinds are listed, and names kinds and groups from the plan', () => {
    expect(PLAN.levels).toEqual({ xa: ['office', 'service-centre', 'school'] });
    expect(PLAN.indicators.find((i) => i.id === 'vb')!.reportedBy).toEqual(['office', 'service-centre']);
    expect(PLAN.kindNames['co-quan']).toBe('phòng chuyên môn, trung tâm phục vụ hành chính công');
    const c = run([]);
    // Offices and the service centre share a group; the school is in its own.
    expect(c.kinds.map((k) => [k.name, k.kinds])).toEqual([
      ['Các phòng chuyên môn thuộc UBND xã', ['office', 'service-centre']],
      ['Các trường học', ['school']],
    ]);
    expect(c.completeness.units.map((u) => [u.unit, u.kindName])).toEqual([
      // By group, then by name: Phòng Kinh tế, Trung tâm…, Văn phòng…
      ['kt', 'Phòng chuyên môn'],
      ['tt', 'Trung tâm phục vụ hành chính công'],
      ['vp', 'Phòng chuyên môn'],
      ['th', 'Trường'],
    ]);
  });

  it('refuses a kind nobody declared, a role naming nothing, at their place in the plan file', () => {
    const bad = { ...RAW, indicators: [{ ...RAW.indicators[0], reportedBy: ['ward'] }], tasks: [{ ...RAW.tasks[0], lead: ['noi-vu'] }] };
    try {
      planFromData(bad);
      expect.unreachable();
    } catch (e) {
      expect((e as PlanError).problems.map((p) => [p.message, p.path.join('.')])).toEqual([
        ['chỉ tiêu "hs": không có loại đơn vị "ward" (các loại: office, service-centre, school)', 'indicators.0.reportedBy.0'],
        ['nhiệm vụ "kh-kiem-tra": lead: "noi-vu" không phải vai trò, loại đơn vị hay danh sách loại của kế hoạch', 'tasks.0.lead.0'],
      ]);
    }
  });
});

describe('tasks as real plans list them', () => {
  it('are reported by their lead (by role), or by the reporters they name; counted per lead, overdue after the deadline', () => {
    const subs = [
      entry('vp', '2026Q2', { 'kh-kiem-tra': 'done', 'cong-khai': 'done' }),
      entry('kt', '2026Q2', { 'tuyen-truyen': 'in-progress', 'kh-kiem-tra': 'done' }),
      entry('tt', '2026Q2', { 'cong-khai': 'in-progress' }),
    ];
    const c = run(subs);
    const task = (id: string) => c.tasks.find((t) => t.id === id)!;
    // Led by the office leading "chi-dao": the status "kt" gave is not counted.
    expect(task('kh-kiem-tra')).toMatchObject({
      ref: 'V.1',
      lead: [{ role: 'van-phong', name: 'Văn phòng HĐND và UBND xã' }],
      coordinate: [{ role: 'trung-tam', name: 'Trung tâm Phục vụ hành chính công xã' }],
      deadline: '2026-03-31',
      output: 'Kế hoạch kiểm tra CCHC năm',
      expected: 1,
      done: 1,
      overdue: 0,
    });
    expect(task('kh-kiem-tra').units.map((u) => u.unit)).toEqual(['vp']);
    // A role given in units.yaml: the commune's radio is run by its economic office.
    expect(task('tuyen-truyen')).toMatchObject({ expected: 1, inProgress: 1, schedule: 'Thường xuyên' });
    // Named reporters: every unit, the school missing.
    expect(task('cong-khai')).toMatchObject({ expected: 4, done: 1, inProgress: 1, notReported: 2 });
    expect(c.taskLeads).toEqual([
      { role: 'van-phong', name: 'Văn phòng HĐND và UBND xã', tasks: 1, done: 1, inProgress: 0, notStarted: 0, notReported: 0, overdue: 0, ids: ['kh-kiem-tra'] },
      { role: 'truyen-thanh', name: 'Đài truyền thanh xã', tasks: 1, done: 0, inProgress: 1, notStarted: 0, notReported: 0, overdue: 0, ids: ['tuyen-truyen'] },
      { role: 'trung-tam', name: 'Trung tâm Phục vụ hành chính công xã', tasks: 1, done: 0, inProgress: 1, notStarted: 0, notReported: 0, overdue: 0, ids: ['cong-khai'] },
    ]);
    const late = run([entry('vp', '2026Q2', { 'kh-kiem-tra': 'in-progress' })]);
    expect(late.tasks.find((t) => t.id === 'kh-kiem-tra')).toMatchObject({ overdue: 1 });
    expect(late.taskLeads[0]).toMatchObject({ role: 'van-phong', overdue: 1 });
    expect(run([entry('vp', '2026Q1', { 'kh-kiem-tra': 'in-progress' })], '2026Q1').tasks[0]).toMatchObject({ overdue: 0 });
  });

  it('the form asks a unit only for its tasks, with lead, time and output', () => {
    const form = (id: string) => {
      const u = UNITS.find((x) => x.id === id)!;
      return buildForm(PLAN, u, periodOf('2026Q2'));
    };
    const tasksOf = (id: string) => form(id).areas.flatMap((a) => a.tasks.map((t) => t.id));
    expect(tasksOf('vp')).toEqual(['kh-kiem-tra', 'cong-khai']);
    expect(tasksOf('kt')).toEqual(['tuyen-truyen', 'cong-khai']);
    expect(tasksOf('th')).toEqual(['cong-khai']);
    expect(form('vp').areas[0]!.tasks[0]!.detail).toBe(
      'Chủ trì: Văn phòng HĐND và UBND xã. Phối hợp: Trung tâm Phục vụ hành chính công xã. Thời gian: hạn 31/03 hằng năm. Sản phẩm: Kế hoạch kiểm tra CCHC năm.',
    );
    // Indicators left to a role: only the office holding it is asked.
    expect(form('vp').areas.flatMap((a) => a.indicators.map((i) => i.id))).toEqual(['vb']);
    expect(form('kt').areas.flatMap((a) => a.indicators.map((i) => i.id))).toEqual([]);
  });

  it('a status given by a unit that does not report the task is a warning naming who does', () => {
    const sub = entry('kt', '2026Q2', { 'kh-kiem-tra': 'done' }).submission;
    const ctx = { plan: PLAN, units: new Map(UNITS.map((u) => [u.id, u])) } as unknown as RuleContext;
    expect(unitScope.check(sub, ctx)).toEqual([
      {
        severity: 'warning',
        code: 'task-not-expected-from-unit',
        params: { title: '"Xây dựng và triển khai Kế hoạch kiểm tra CCHC hằng năm"', who: 'Văn phòng HĐND và UBND xã' },
        path: ['areas', 'chi-dao', 'tasks', 'kh-kiem-tra'],
        target: 'key',
      },
    ]);
  });
});
