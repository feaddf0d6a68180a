// Report rendering speed: the Word document (with its chart) and the workbook
// for a synthetic district of N units with the bundled plan (every indicator,
// narratives from every unit), for a year.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { planFromData, DEFAULT_PLAN_PATH } from '../dist/plan/load.js';
import { consolidate } from '../dist/consolidate/consolidate.js';
import { renderDocx } from '../dist/render/reports/docx/render-docx.js';
import { renderXlsx } from '../dist/render/reports/xlsx/render-xlsx.js';
import { loadReportTemplate } from '../dist/render/reports/template/load-report-template.js';
import { drawTrendChart } from '../dist/render/reports/chart/trend-chart.js';

const plan = planFromData(parse(readFileSync(DEFAULT_PLAN_PATH, 'utf8')));
const KINDS = ['department', 'public-service-unit', 'commune', 'town', 'ward'];

function repository(unitCount) {
  let seed = 7;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
  const units = Array.from({ length: unitCount }, (_, i) => ({ id: `u${i}`, name: `Đơn vị số ${i}`, kind: KINDS[i % KINDS.length], leads: [] }));
  const submissions = [];
  for (const u of units) {
    for (const q of [1, 2, 3, 4]) {
      const areas = {};
      for (const a of plan.areas) {
        areas[a.id] = {
          values: {},
          tasks: {},
          narrative: { results: `Kết quả quý ${q} của ${u.name}.`, shortcomings: 'Còn chậm.', nextTasks: 'Tiếp tục.', proposals: 'Không.' },
        };
      }
      for (const ind of plan.indicators) {
        if (ind.ratio || !ind.reportedBy.includes(u.kind)) continue;
        areas[ind.area].values[ind.id] = ind.type === 'boolean' ? rand(10) > 0 : ind.type === 'text' ? 'x' : 100 + rand(1000);
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

async function time(label, fn, runs = 5) {
  await fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${ms[Math.floor(runs / 2)].toFixed(1)} ms  (min ${ms[0].toFixed(1)}, max ${ms.at(-1).toFixed(1)})`);
}

const config = { due: { quarter: 12, half: 12, year: 10 }, cutoffDay: 14, baselines: { 2021: { 'dv-sncl': 45, 'bc-sncl': 900 } } };
const body = { name: 'ỦY BAN NHÂN DÂN HUYỆN TỨ KỲ', parent: 'UBND TỈNH HẢI DƯƠNG', shortName: 'UBND huyện Tứ Kỳ', place: 'Tứ Kỳ', symbol: 'BC-UBND' };
const signer = { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' };
for (const n of [30, 150]) {
  const { units, submissions } = repository(n);
  const consolidation = consolidate({ plan, config, units, submissions, period: '2024' });
  const input = { consolidation, body, signer, recipients: ['Sở Nội vụ', 'Lưu: VT'], template: loadReportTemplate('year'), date: '2024-12-20', diagnostics: [] };
  await time(`${n} units, year: docx`, () => renderDocx(input));
  await time(`${n} units, year: xlsx`, () => renderXlsx(input));
}
const chart = {
  categories: ['I/2023', 'II/2023', 'III/2023', 'IV/2023', 'I/2024', 'II/2024', 'III/2024', 'IV/2024'],
  series: [0, 1, 2, 3].map((s) => ({ label: `s${s}`, values: [40, 50, 55, 60, 70, 75, 80, 90].map((v) => v - s * 10), targets: Array(8).fill(80 - s * 10) })),
};
await time('trend chart PNG, 4 series × 8 quarters', () => drawTrendChart(chart));
