// Consolidation speed on a synthetic repository with the bundled plan:
// N units × 4 quarters of submissions with every reportable indicator filled.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { planFromData, DEFAULT_PLAN_PATH } from '../dist/plan/load.js';
import { consolidate } from '../dist/consolidate/consolidate.js';

const plan = planFromData(parse(readFileSync(DEFAULT_PLAN_PATH, 'utf8')));
const KINDS = ['department', 'public-service-unit', 'commune', 'town', 'ward'];

function repository(unitCount) {
  let seed = 42;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
  const units = Array.from({ length: unitCount }, (_, i) => ({
    id: `u${i}`,
    name: `Đơn vị ${i}`,
    kind: KINDS[i % KINDS.length],
    leads: [],
  }));
  const submissions = [];
  for (const u of units) {
    for (const q of [1, 2, 3, 4]) {
      const areas = {};
      for (const a of plan.areas) areas[a.id] = { values: {}, tasks: {}, narrative: { results: 'Kết quả' } };
      for (const ind of plan.indicators) {
        if (ind.ratio || !ind.reportedBy.includes(u.kind)) continue;
        areas[ind.area].values[ind.id] = ind.type === 'boolean' ? rand(10) > 0 : ind.type === 'text' ? 'x' : rand(1000);
      }
      for (const t of plan.tasks) if (t.reportedBy.includes(u.kind)) areas[t.area].tasks[t.id] = { status: 'done' };
      submissions.push({
        file: `submissions/2024Q${q}/${u.id}.yaml`,
        valid: true,
        errors: 0,
        warnings: 0,
        submission: { unit: u.id, period: `2024Q${q}`, submitted: `2024-0${3 * q <= 9 ? 3 * q : 9}-10`, areas },
      });
    }
  }
  return { units, submissions };
}

function time(label, fn, runs = 5) {
  fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${ms[Math.floor(runs / 2)].toFixed(1)} ms  (min ${ms[0].toFixed(1)}, max ${ms.at(-1).toFixed(1)})`);
}

const config = { due: { quarter: 12, half: 12, year: 10 }, cutoffDay: 14, baselines: { 2021: { 'dv-sncl': 45, 'bc-sncl': 900 } } };
for (const n of [30, 300]) {
  const { units, submissions } = repository(n);
  for (const period of ['2024Q2', '2024S1', '2024']) {
    time(`${n} units, ${submissions.length} files, ${period}`, () => consolidate({ plan, config, units, submissions, period }));
  }
}
