import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../../src/repo/load.js';
import { DEFAULT_PLAN_PATH, planFromData, PlanError } from '../../../src/plan/load.js';
import { planConsistency } from '../../../src/plan/consistency.js';
import { indicatorWindow } from '../../../src/plan/model.js';
import { setLang } from '../../../src/i18n/index.js';

describe('the bundled plan catalogue', async () => {
  const plan = await loadPlanFile(DEFAULT_PLAN_PATH, 'plans/tu-ky-2021-2025.yaml');

  it('has the seven areas of section II, in order, with their lead departments', () => {
    expect(plan.areas.map((a) => a.code)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7']);
    expect(plan.areas.find((a) => a.code === '2.2')!.lead).toBe('Phòng Tư pháp');
    expect(plan.areas.find((a) => a.code === '2.7')!.title).toBe('Xây dựng và phát triển chính quyền điện tử, chính quyền số');
  });

  it('is consistent: every reference resolves, ratios are computed from counts', () => {
    expect(planConsistency(plan)).toEqual([]);
    // Revenue may exceed its estimate ("hoàn thành vượt mức dự toán"): the one rate whose numerator is not a part.
    for (const i of plan.indicators.filter((x) => x.ratio && x.id !== 'ty-le-thu-ngan-sach')) {
      const num = plan.indicators.find((x) => x.id === i.ratio!.numerator)!;
      expect(num.notAbove ?? [], `${i.id}: numerator is a part of the denominator`).toContain(i.ratio!.denominator);
    }
  });

  it('encodes the quantitative targets of the plan', () => {
    const t = (id: string) => plan.indicators.find((i) => i.id === id)!.targets;
    expect(t('ty-le-dung-han')[0]).toMatchObject({ min: 95, max: 100 });
    expect(t('ty-le-hai-long').map((x) => x.min)).toEqual([85, 95]);
    expect(t('ty-le-so-hoa').map((x) => [x.level, x.ramp?.start])).toEqual([
      ['district', 20],
      ['commune', 15],
    ]);
    expect(t('dv-sncl')[0]).toMatchObject({ change: { against: 2021, direction: 'decrease', by: 10, as: 'percent' }, by: 2025 });
    expect(t('tg-xu-ly-trung-binh')[0]).toMatchObject({ change: { against: 2021, direction: 'decrease', by: 30 }, by: 2025 });
    expect(t('par-index-xep-loai')[0]).toMatchObject({ minRating: 'tot', share: { min: 100 } });
    expect(t('kh-cchc-giai-doan')[0]).toMatchObject({ deadline: '2021-12-31' });
    expect(t('ty-le-sncl-kt-chuyen-doi')[0]).toMatchObject({ min: 100, when: { indicator: 'sncl-kt-du-dieu-kien' } });
    expect(t('ty-le-hscv-tren-mang').map((x) => [x.level, x.min])).toEqual([
      ['district', 80],
      ['commune', 60],
    ]);
    expect(t('tg-cho-trung-binh')[0]).toMatchObject({ max: 15, by: 2025 });
  });

  it('text is NFC with Vietnamese diacritics', () => {
    for (const i of plan.indicators) expect(i.name).toBe(i.name.normalize('NFC'));
  });

  it('names the departments that own the indicators only one of them reports, by the area they lead', () => {
    const leads = (id: string) => plan.indicators.find((i) => i.id === id)!.reporters?.department?.leads;
    expect(leads('vb-ban-hanh')).toEqual(['the-che']); // the legal department's counts
    expect(leads('hs-tiep-nhan')).toEqual(['tthc']); // the district one-stop desk
    expect(leads('nv-tinh-giao')).toEqual(['tthc']); // tasks assigned by the province, tracked by the office
    expect(leads('par-index-xep-hang')).toEqual(['chi-dao']);
    expect(leads('vb-gop-y')).toBeUndefined(); // every department comments on drafts
    // Communes still all report the legal counts: reporters narrows one kind only.
    expect(plan.indicators.find((i) => i.id === 'vb-ban-hanh')!.reportedBy).toContain('commune');
  });

  it('refuses reporters naming a kind that does not report the indicator, or an area that does not exist', () => {
    const ind = plan.indicators.find((i) => i.id === 'vb-ban-hanh')!;
    const broken = {
      ...plan,
      indicators: plan.indicators.map((i) =>
        i === ind ? { ...i, reporters: { 'public-service-unit': { leads: ['the-che'] }, department: { leads: ['phap-che'] } } } : i,
      ),
    };
    expect(planConsistency(broken).map((p) => p.message)).toEqual([
      'chỉ tiêu "vb-ban-hanh": reporters nêu loại "public-service-unit", nhưng loại này không báo cáo chỉ tiêu (reportedBy)',
      'chỉ tiêu "vb-ban-hanh": reporters: không có lĩnh vực "phap-che"',
    ]);
    // In English with --lang en.
    setLang('en');
    try {
      expect(planConsistency(broken).map((p) => p.message)).toEqual([
        'indicator "vb-ban-hanh": reporters names kind "public-service-unit", which does not report it',
        'indicator "vb-ban-hanh": reporters: unknown area "phap-che"',
      ]);
    } finally {
      setLang('vi');
    }
  });

  it('rejects an inconsistent plan with every problem named', () => {
    const broken = { ...plan, indicators: [...plan.indicators, { ...plan.indicators[0]!, ratio: { numerator: 'x', denominator: 'y' } }] };
    expect(() => planFromData(broken)).toThrow(PlanError);
    try {
      planFromData(broken);
    } catch (e) {
      expect((e as PlanError).problems.map((p) => p.message).join('\n')).toMatch(/mã chỉ tiêu "[^"]+" bị trùng/);
      expect((e as PlanError).problems.map((p) => p.message).join('\n')).toMatch(/không có chỉ tiêu "x"/);
    }
  });

  it('gives every reported indicator an aggregation and no rate one of its own', () => {
    for (const i of plan.indicators) expect(i.aggregation === undefined, i.id).toBe(i.ratio !== undefined);
  });

  it('reads the indicators defined "trong năm" year to date, the others by period', () => {
    const win = (id: string) => indicatorWindow(plan.indicators.find((i) => i.id === id)!);
    expect(win('ty-le-kiem-tra')).toBe('year-to-date'); // "… được kiểm tra công tác CCHC trong năm", evaluate: year
    expect(win('par-index-diem')).toBe('year-to-date');
    expect(win('ty-le-dung-han')).toBe('period');
    expect(indicatorWindow({ window: 'period', targets: [{ evaluate: 'year', text: 'x' }] })).toBe('period');
    expect(indicatorWindow({ window: 'year-to-date', targets: [] })).toBe('year-to-date');
  });
});

describe('a plan file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-plan-'));
  const text = readFileSync(DEFAULT_PLAN_PATH, 'utf8');
  const load = (name: string, changed: string) => {
    writeFileSync(join(dir, name), changed);
    return loadPlanFile(join(dir, name), name, dir);
  };

  it('refuses an aggregation on a rate, naming the indicator', async () => {
    const changed = text.replace(
      '    ratio: { numerator: hs-dung-han, denominator: hs-giai-quyet }',
      '    aggregation: { units: sum, time: sum }\n    ratio: { numerator: hs-dung-han, denominator: hs-giai-quyet }',
    );
    expect(changed).not.toBe(text);
    await expect(load('rate-aggregation.yaml', changed)).rejects.toThrow(/"ty-le-dung-han": tỷ lệ không có aggregation/);
  });

  it('requires an aggregation on a reported number (no default for it), at its line', async () => {
    const changed = text.replace(/(  - id: tg-cho-trung-binh\n(?:    .*\n)*?)    aggregation: .*\n/, '$1');
    expect(changed).not.toBe(text);
    const line = changed.split('\n').findIndex((l) => l === '  - id: tg-cho-trung-binh') + 1;
    await expect(load('no-aggregation.yaml', changed)).rejects.toThrow(new RegExp(`no-aggregation.yaml:${line}:\\d+: .*aggregation`));
  });

  it('gives counts, yes/no answers, dates and ratings their usual aggregation when the plan leaves it out', async () => {
    expect(text).not.toMatch(/  - id: hs-giai-quyet\n(?:    .*\n)*?    aggregation: /);
    const plan = await load('default-aggregation.yaml', text);
    const agg = (id: string) => plan.indicators.find((i) => i.id === id)!.aggregation;
    expect(agg('hs-giai-quyet')).toEqual({ units: 'sum', time: 'sum' });
    expect(agg('iso-9001')).toEqual({ units: 'all', time: 'last' });
    expect(agg('kh-cchc-giai-doan')).toEqual({ units: 'max', time: 'last' });
    expect(agg('par-index-xep-loai')).toEqual({ units: 'min', time: 'last' });
    expect(agg('ty-le-dung-han')).toBeUndefined();
  });

  it('refuses an unknown window', async () => {
    const changed = text.replace('    ratio: { numerator: hs-dung-han, denominator: hs-giai-quyet }', '    ratio: { numerator: hs-dung-han, denominator: hs-giai-quyet }\n    window: year');
    await expect(load('bad-window.yaml', changed)).rejects.toThrow(/bad-window.yaml:\d+:\d+: .*window/);
  });
});
