import { describe, expect, it } from 'vitest';
import { indicatorTargetText, targetText } from '../../../src/form/target-text.js';
import { bundledPlan } from '../../helpers/plan.js';

describe('targets as the form shows them', () => {
  it('words each kind of target for a year', () => {
    expect(targetText({ min: 95, max: 100, text: '' }, '%', 2024)).toBe('95–100%');
    expect(targetText({ min: 30, stretch: 40, text: '' }, '%', 2024)).toBe('≥ 30% (phấn đấu 40%)');
    expect(targetText({ max: 15, by: 2025, text: '' }, 'phút', 2024)).toBe('≤ 15 phút (đến năm 2025)');
    expect(targetText({ max: 15, by: 2025, text: '' }, 'phút', 2025)).toBe('≤ 15 phút');
    expect(targetText({ equals: true, text: '' }, 'Có/Không', 2024)).toBe('Có');
    expect(targetText({ ramp: { startYear: 2022, start: 20, step: 20, cap: 100 }, text: '' }, '%', 2024)).toBe('≥ 60%');
    expect(targetText({ ramp: { startYear: 2022, start: 20, step: 20, cap: 100 }, text: '' }, '%', 2027)).toBe('≥ 100%');
    expect(targetText({ ramp: { startYear: 2022, start: 20, step: 20, cap: 100 }, text: '' }, '%', 2021)).toBeNull();
    const relative = { relative: { baselineYear: 2021, changePercent: -10, bound: 'max' as const }, by: 2025, text: '' };
    expect(targetText(relative, 'đơn vị', 2024)).toBe('giảm ≥ 10% so với năm 2021 (đến năm 2025)');
    expect(targetText(relative, 'đơn vị', 2025, 45)).toBe('giảm ≥ 10% so với năm 2021 (≤ 40,5 đơn vị)');
  });

  it('picks the target of the unit level and the year', async () => {
    const plan = await bundledPlan();
    const soHoa = plan.indicators.find((i) => i.id === 'ty-le-so-hoa')!;
    expect(indicatorTargetText(soHoa, 'district', 2024)).toBe('≥ 60%');
    expect(indicatorTargetText(soHoa, 'commune', 2024)).toBe('≥ 55%');
    const haiLong = plan.indicators.find((i) => i.id === 'ty-le-hai-long')!;
    expect(indicatorTargetText(haiLong, 'district', 2024)).toBe('≥ 85%');
    expect(indicatorTargetText(haiLong, 'district', 2025)).toBe('≥ 95%');
    const dvSncl = plan.indicators.find((i) => i.id === 'dv-sncl')!;
    expect(indicatorTargetText(dvSncl, 'district', 2025, { '2021': { 'dv-sncl': 20 } })).toBe('giảm ≥ 10% so với năm 2021 (≤ 18 đơn vị)');
  });
});
