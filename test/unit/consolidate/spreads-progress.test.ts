/**
 * The figures the report's body says about units and tasks: how the units of
 * a level stand on an indicator (unitSpreads) and where an area's tasks stand
 * (taskProgress), checked against hand-counted expectations.
 */
import { describe, expect, it } from 'vitest';
import { SPREAD_NAMED, unitSpreads, worseEnd } from '../../../src/consolidate/spreads.js';
import { taskProgress } from '../../../src/consolidate/task-progress.js';
import { targetResult } from '../../helpers/sample-report.js';
import type { GroupResult, IndicatorResult, TargetResult, TaskResult, UnitResult } from '../../../src/consolidate/types.js';

const target = targetResult;

const indicator = (id: string, type: IndicatorResult['type']): IndicatorResult => ({
  id,
  area: 'tthc',
  areaCode: '2.3',
  name: id,
  unit: '%',
  type,
  isRate: type === 'percent',
  aggregation: { units: 'sum', time: 'sum' },
  ratio: null,
  figure: { value: null, reporting: 0, expected: 0, partial: [] },
  targets: [],
  status: 'no-target',
  previous: { period: '2024Q1', label: '', value: null },
  lastYear: { period: '2023Q2', label: '', value: null },
});

const level = (id: string, indicators: GroupResult['indicators']): GroupResult => ({
  id,
  type: 'level',
  name: id === 'commune' ? 'cấp xã' : 'cấp huyện',
  kinds: id === 'commune' ? ['commune', 'town'] : ['department'],
  level: id,
  units: [],
  indicators,
});

const unit = (id: string, lvl: string, values: UnitResult['values']): UnitResult => ({
  unit: id,
  name: `UBND xã ${id}`,
  kind: lvl === 'commune' ? 'commune' : 'department',
  level: lvl,
  status: 'on-time',
  values,
});

describe('unitSpreads', () => {
  const rate = indicator('ty-le', 'percent');
  const commune = level('commune', {
    'ty-le': { figure: { value: 60, reporting: 6, expected: 7, partial: [] }, targets: [target({ min: 55, level: 'commune' })], status: 'met' },
  });
  const district = level('district', {
    'ty-le': { figure: { value: 70, reporting: 1, expected: 1, partial: [] }, targets: [target({ min: 60 })], status: 'met' },
  });
  const v = (value: number | null, status: UnitResult['values'][string]['status']) => ({ 'ty-le': { value, partial: false, status } });
  const units = [
    unit('vp', 'district', v(70, 'met')),
    unit('a', 'commune', v(50, 'not-met')),
    unit('b', 'commune', v(40, 'not-met')),
    unit('c', 'commune', v(60, 'met')),
    unit('d', 'commune', v(40, 'not-met')),
    unit('e', 'commune', v(90, 'met')),
    unit('f', 'commune', v(54.9, 'not-met')),
    unit('g', 'commune', v(null, 'no-data')),
  ];
  const spreads = unitSpreads([rate], [district, commune], units);
  const c = spreads.find((s) => s.level === 'commune')!;

  it('counts the units of the level: reporting, meeting, not meeting', () => {
    expect(spreads.map((s) => s.level)).toEqual(['district', 'commune']);
    expect([c.units, c.reporting, c.met, c.notMet]).toEqual([7, 6, 2, 4]);
    expect(c.levelName).toBe('cấp xã');
  });

  it('names a few units at either end, ties in the given (canonical) order', () => {
    expect(SPREAD_NAMED).toBe(3);
    expect(c.lowest.map((u) => [u.unit, u.value])).toEqual([['b', 40], ['d', 40], ['a', 50]]);
    expect(c.highest.map((u) => [u.unit, u.value])).toEqual([['e', 90], ['c', 60], ['f', 54.9]]);
    expect(c.notMetUnits.map((u) => u.unit)).toEqual(['b', 'd', 'a']);
    expect(c.worse).toBe('low');
  });

  it('knows which end is worse from the targets', () => {
    expect(worseEnd([target({ min: 95, max: 100 })])).toBe('low');
    expect(worseEnd([target({ max: 15 })])).toBe('high');
    expect(worseEnd([target({ equals: true })])).toBe('low');
    expect(worseEnd([])).toBeNull();
  });

  it('names the worst first when the upper bound is the target', () => {
    const wait = { ...indicator('cho', 'number'), unit: 'phút' };
    const lvl = level('commune', { cho: { figure: { value: 20, reporting: 3, expected: 3, partial: [] }, targets: [target({ max: 15 })], status: 'not-met' } });
    const s = unitSpreads([wait], [lvl], [
      unit('a', 'commune', { cho: { value: 16, partial: false, status: 'not-met' } }),
      unit('b', 'commune', { cho: { value: 20, partial: false, status: 'not-met' } }),
      unit('c', 'commune', { cho: { value: 9, partial: false, status: 'met' } }),
    ])[0]!;
    expect(s.worse).toBe('high');
    expect(s.notMetUnits.map((u) => u.unit)).toEqual(['b', 'a']);
  });

  it('leaves out text indicators and levels whose units do not report the indicator', () => {
    expect(unitSpreads([indicator('t', 'text')], [commune], units)).toEqual([]);
    expect(unitSpreads([rate], [level('commune', {})], units)).toEqual([]);
  });
});

describe('taskProgress', () => {
  const task = (id: string, area: string, counts: Partial<TaskResult>, notStartedBy: string[] = []): TaskResult => ({
    id,
    area,
    title: `Nhiệm vụ ${id}`,
    expected: 0,
    done: 0,
    inProgress: 0,
    notStarted: 0,
    notReported: 0,
    units: notStartedBy.map((name) => ({ unit: name, name, status: 'not-started', note: null, period: '2024Q2' })),
    ...counts,
  });
  const areas = [
    { id: 'tthc', code: '2.3', title: 'Cải cách TTHC', lead: 'VP' },
    { id: 'cqs', code: '2.7', title: 'Chính quyền số', lead: 'VHTT' },
  ];
  const tasks = [
    task('t1', 'tthc', { expected: 10, done: 9, notReported: 1 }),
    task('t2', 'tthc', { expected: 10, done: 5, inProgress: 4, notStarted: 1 }, ['X']),
    task('t3', 'tthc', { expected: 10, notStarted: 6, notReported: 4 }, ['A', 'B', 'C', 'D', 'E', 'F']),
    task('t4', 'tthc', { expected: 10, notReported: 10 }),
    task('t5', 'tthc', { expected: 0 }),
    task('c1', 'cqs', { expected: 3, done: 3 }),
  ];
  const [p, q] = taskProgress(areas, tasks);

  it('classifies each task by what the units that reported it said', () => {
    expect([p!.tasks, p!.done, p!.inProgress, p!.notStarted, p!.unreported]).toEqual([4, 1, 1, 1, 1]);
    expect([q!.tasks, q!.done]).toEqual([1, 1]);
  });

  it('sums the unit-task pairs', () => {
    expect(p!.assignments).toEqual({ expected: 40, done: 14, inProgress: 4, notStarted: 7, notReported: 15 });
  });

  it('lists the tasks some units have not started, most first, naming a few', () => {
    expect(p!.lagging).toEqual([
      { task: 't3', title: 'Nhiệm vụ t3', expected: 10, notStarted: 6, units: ['A', 'B', 'C'] },
      { task: 't2', title: 'Nhiệm vụ t2', expected: 10, notStarted: 1, units: ['X'] },
    ]);
  });
});
