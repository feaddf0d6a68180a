import { describe, expect, it } from 'vitest';
import { indicatorTargetText } from '../../../src/form/target-text.js';
import { bundledPlan } from '../../helpers/plan.js';
import { periodOf } from '../../../src/consolidate/period.js';
import type { Indicator, Target } from '../../../src/plan/model.js';

const indicator = (unit: string, target: Target): Indicator => ({
  id: 'x',
  area: 'tthc',
  name: 'X',
  unit,
  type: 'number',
  reportedBy: ['commune'],
  aggregation: { units: 'sum', time: 'sum' },
  targets: [target],
});

describe('targets as the form shows them', () => {
  it('words each kind of target for the period year', async () => {
    const plan = await bundledPlan();
    const say = (unit: string, t: Omit<Target, 'text'>, period = '2024Q2', baselines = {}) =>
      indicatorTargetText(indicator(unit, { ...t, text: '' }), plan, 'commune', periodOf(period), baselines);
    expect(say('%', { min: 95, max: 100 })).toBe('95%–100%');
    expect(say('%', { min: 30, stretch: 40 })).toBe('≥ 30% (phấn đấu 40%)');
    expect(say('phút', { max: 15, by: 2025 })).toBe('đến năm 2025: ≤ 15 phút');
    expect(say('phút', { max: 15, by: 2025 }, '2025Q1')).toBe('đến năm 2025: ≤ 15 phút');
    expect(say('Có/Không', { equals: true })).toBe('Có');
    expect(say('%', { ramp: { startYear: 2022, start: 20, step: 20, cap: 100 } })).toBe('≥ 60%');
    expect(say('%', { ramp: { startYear: 2022, start: 20, step: 20, cap: 100 } }, '2021')).toBeNull();
    const relative = { relative: { baselineYear: 2021, changePercent: -10, bound: 'max' as const }, by: 2025 };
    expect(say('đơn vị', relative)).toBe('đến năm 2025: giảm ≥ 10% so với năm 2021');
    expect(say('đơn vị', relative, '2025', { '2021': { x: 45 } })).toBe('đến năm 2025: giảm ≥ 10% so với năm 2021 (≤ 40,5 đơn vị)');
    // Outside the plan's years no target applies.
    expect(say('%', { min: 95 }, '2027')).toBeNull();
  });

  it('picks the target of the unit level and the year', async () => {
    const plan = await bundledPlan();
    const of = (id: string) => plan.indicators.find((i) => i.id === id)!;
    expect(indicatorTargetText(of('ty-le-so-hoa'), plan, 'district', periodOf('2024'))).toBe('≥ 60%');
    expect(indicatorTargetText(of('ty-le-so-hoa'), plan, 'commune', periodOf('2024'))).toBe('≥ 55%');
    expect(indicatorTargetText(of('ty-le-hai-long'), plan, 'district', periodOf('2024Q4'))).toBe('≥ 85%');
    expect(indicatorTargetText(of('ty-le-hai-long'), plan, 'district', periodOf('2025Q1'))).toBe('≥ 95%');
    expect(indicatorTargetText(of('dv-sncl'), plan, 'district', periodOf('2025'), { '2021': { 'dv-sncl': 20 } })).toBe(
      'đến năm 2025: giảm ≥ 10% so với năm 2021 (≤ 18 đơn vị)',
    );
  });
});
