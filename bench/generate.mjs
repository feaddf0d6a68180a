// Generates a synthetic report repository for the benchmarks: N units (a mix of
// every unit kind) × four quarters of 2024, every submission valid against the
// bundled plan (no errors, no warnings): all indicators the plan expects from the unit,
// parts within their wholes and adding up where the plan says so, values that
// drift a little from quarter to quarter, task statuses and narratives, the
// lead departments' area narratives. Deterministic: the same N gives the same bytes.
//
//   node bench/generate.mjs --units 250 [--out DIR] [--quarters 1,2,3,4]
//
// Default output: bench/.data/units-N (git-ignored). Needs `npm run build`.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PLAN_PATH } from '../dist/plan/load.js';
import { loadPlanFile } from '../dist/repo/load.js';
import { expectedToReport } from '../dist/plan/expected-to-report.js';
import { reportsTask } from '../dist/plan/roles.js';
import { mulberry32 as prng } from '../scripts/rng.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(BENCH_DIR, '.data');
/** Bump when the generated text changes, so cached data sets are remade. */
const GENERATOR_VERSION = 5;

const KIND_CYCLE = ['commune', 'commune', 'commune', 'commune', 'commune', 'commune', 'town', 'ward', 'department', 'public-service-unit'];
const KIND_PREFIX = { department: 'phong', 'public-service-unit': 'dv', commune: 'xa', town: 'tt', ward: 'phuong' };
const KIND_NAME = { department: 'Phòng', 'public-service-unit': 'Trung tâm', commune: 'Xã', town: 'Thị trấn', ward: 'Phường' };
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = ['Văn An', 'Thị Bình', 'Minh Châu', 'Đức Dũng', 'Thu Hà', 'Quang Huy', 'Thị Lan', 'Hữu Nghĩa', 'Thanh Tâm', 'Ngọc Yến'];
const RESULTS = [
  'Bộ phận Một cửa hoạt động ổn định, tiếp nhận và trả kết quả đúng quy trình; hồ sơ trực tuyến tăng so với kỳ trước.',
  'Đã rà soát, công khai đầy đủ thủ tục hành chính tại trụ sở và trên cổng thông tin điện tử.',
  'Cán bộ, công chức chấp hành tốt kỷ luật, kỷ cương hành chính; không có phản ánh, kiến nghị về thái độ phục vụ.',
  'Tổ chức tuyên truyền về cải cách hành chính qua hệ thống truyền thanh cơ sở và các hội nghị.',
];
const DIFFICULTIES = [
  { issue: 'Một số hồ sơ còn giải quyết quá hạn.', cause: 'Hồ sơ phải xác minh thực địa, lấy ý kiến của cơ quan liên quan.' },
  { issue: 'Đường truyền mạng chưa ổn định vào giờ cao điểm.', cause: 'Hạ tầng công nghệ thông tin chưa được nâng cấp đồng bộ.' },
  { issue: 'Tỷ lệ thanh toán trực tuyến chưa cao.', cause: 'Người dân chưa quen thanh toán trực tuyến.' },
];
const PROPOSALS = [
  { text: 'Đề nghị hỗ trợ kinh phí nâng cấp trang thiết bị tại Bộ phận Một cửa.', to: 'body' },
  { text: 'Đề nghị khắc phục lỗi đồng bộ dữ liệu của Hệ thống thông tin giải quyết thủ tục hành chính.', to: 'upper' },
];
const NEXT = [
  'Tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến toàn trình; số hóa kết quả giải quyết thủ tục hành chính.',
  'Tăng cường kiểm tra công tác cải cách hành chính; bồi dưỡng kỹ năng cho công chức Bộ phận Một cửa.',
];

/** The N units: ids, Vietnamese names, kinds; the first departments lead the plan's areas. */
export function makeUnits(plan, n) {
  const counters = {};
  const units = [];
  for (let i = 0; i < n; i++) {
    // Make sure small repositories still have a department (the area leads).
    const kind = i === 0 ? 'department' : KIND_CYCLE[i % KIND_CYCLE.length];
    counters[kind] = (counters[kind] ?? 0) + 1;
    const no = String(counters[kind]).padStart(4, '0');
    units.push({ id: `${KIND_PREFIX[kind]}-${no}`, name: `${KIND_NAME[kind]} Số ${counters[kind]}`, kind, leads: [] });
  }
  const departments = units.filter((u) => u.kind === 'department');
  plan.areas.forEach((area, i) => departments[i % departments.length].leads.push(area.id));
  return units;
}

/**
 * One unit's values for one quarter. Per unit: a scale and fixed shares of
 * every part; per quarter: the scale drifts by a few percent, so no value jumps.
 */
function unitValues(plan, unit, quarter, seed) {
  const unitRand = prng(seed);
  const drift = prng(seed * 31 + quarter);
  const scale = 20 + Math.floor(unitRand() * 400);
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const reported = plan.indicators.filter((i) => !i.ratio && expectedToReport(i, unit));
  const reportedIds = new Set(reported.map((i) => i.id));
  const share = new Map(reported.map((i) => [i.id, 0.55 + unitRand() * 0.4]));
  const base = new Map(reported.map((i) => [i.id, 0.5 + unitRand()]));
  const factor = 0.95 + drift() * 0.1;
  const values = new Map();
  const totalsOf = new Map();
  for (const i of reported) for (const part of i.sumOf ?? []) totalsOf.set(part, i.id);

  function assign(id) {
    if (values.has(id)) return values.get(id);
    const ind = byId.get(id);
    const total = totalsOf.get(id);
    if (total && reportedIds.has(total)) {
      assign(total);
      if (values.has(id)) return values.get(id);
    }
    let v;
    if (ind.type === 'boolean') v = true;
    else if (ind.type === 'text') v = 'Có';
    else if (ind.type === 'date') v = `2024-${String(quarter * 3 - 1).padStart(2, '0')}-10`;
    else if (ind.type === 'rating') v = (plan.scales[ind.scale] ?? []).at(-2)?.id ?? null;
    else if (ind.type === 'number') {
      const caps = (ind.notAbove ?? []).filter((w) => reportedIds.has(w)).map(assign);
      if (id === 'par-index-xep-hang') v = 1 + Math.floor(base.get(id) * 2);
      else if (id === 'par-index-diem' || id === 'thtk-diem') v = Math.round((82 + base.get(id) * 10) * 10) / 10;
      else if (id.startsWith('tg-')) v = Math.round((5 + base.get(id) * 8) * 10) / 10;
      else v = Math.round(scale * 10 * base.get(id) * factor * 10) / 10;
      if (caps.length) v = Math.round(Math.min(...caps) * share.get(id) * 10) / 10;
    } else {
      const caps = (ind.notAbove ?? []).filter((w) => reportedIds.has(w)).map(assign);
      v = caps.length ? Math.floor(Math.min(...caps) * share.get(id)) : Math.max(1, Math.round(scale * base.get(id) * factor));
    }
    values.set(id, v);
    // A total is split into its parts: each part's share, the last part the rest.
    const parts = (ind.sumOf ?? []).filter((p) => reportedIds.has(p));
    if (parts.length === (ind.sumOf ?? []).length && parts.length > 0) {
      let rest = v;
      parts.forEach((p, k) => {
        const pv = k === parts.length - 1 ? rest : Math.floor(v * (k === 0 ? share.get(p) : (1 - share.get(parts[0])) / 2));
        values.set(p, pv);
        rest -= pv;
      });
    }
    return v;
  }
  for (const i of reported) assign(i.id);
  return values;
}

const q = (s) => JSON.stringify(s);

/** One unit's submission for one quarter, as the data its YAML file holds. */
function submissionData(plan, unit, unitIndex, quarter, seed) {
  const rand = prng(seed * 7 + quarter);
  const values = unitValues(plan, unit, quarter, seed);
  const month = quarter * 3;
  const day = 2 + Math.floor(rand() * 9); // before the 12th, the quarter's due day
  const data = {
    unit: unit.id,
    period: `2024Q${quarter}`,
    submitted: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    preparedBy: { name: `${SURNAMES[unitIndex % 10]} ${GIVEN[(unitIndex >> 1) % 10]}`, phone: `0220 3${String(100000 + unitIndex).slice(-6)}` },
    areas: {},
  };
  for (const area of plan.areas) {
    const inds = plan.indicators.filter((i) => i.area === area.id && values.has(i.id));
    const tasks = plan.tasks.filter((t) => t.area === area.id && reportsTask(plan, t, unit));
    const leads = unit.leads.includes(area.id);
    if (!inds.length && !tasks.length && !leads) continue;
    const report = {};
    if (inds.length) report.values = Object.fromEntries(inds.map((i) => [i.id, values.get(i.id)]));
    if (tasks.length) report.tasks = Object.fromEntries(tasks.map((t) => [t.id, rand() < 0.7 ? 'done' : 'in-progress']));
    report.narrative = { results: RESULTS[(unitIndex + quarter + area.id.length) % RESULTS.length] };
    if (leads || rand() < 0.3) {
      const first = (unitIndex + quarter) % DIFFICULTIES.length;
      report.narrative.difficulties = [DIFFICULTIES[first], DIFFICULTIES[(first + 1) % DIFFICULTIES.length]];
      report.narrative.nextTasks = NEXT[(unitIndex + area.id.length) % NEXT.length];
      if (rand() < 0.3) report.narrative.proposals = [PROPOSALS[(unitIndex + quarter) % PROPOSALS.length]];
    }
    data.areas[area.id] = report;
  }
  return data;
}

/** The YAML text of a submission, as a unit would write it. */
function submissionText(data) {
  const lines = [
    '# yaml-language-server: $schema=../../schemas/submission.schema.json',
    `unit: ${data.unit}`,
    `period: ${data.period}`,
    `submitted: ${q(data.submitted)}`,
    'preparedBy:',
    `  name: ${q(data.preparedBy.name)}`,
    `  phone: ${q(data.preparedBy.phone)}`,
    'areas:',
  ];
  for (const [id, report] of Object.entries(data.areas)) {
    lines.push(`  ${id}:`);
    for (const part of ['values', 'tasks']) {
      if (!report[part]) continue;
      lines.push(`    ${part}:`);
      for (const [key, value] of Object.entries(report[part])) lines.push(`      ${key}: ${value}`);
    }
    lines.push('    narrative:');
    for (const [key, value] of Object.entries(report.narrative)) {
      if (typeof value === 'string') {
        lines.push(`      ${key}: ${q(value)}`);
        continue;
      }
      // difficulties and proposals: lists of items
      lines.push(`      ${key}:`);
      for (const item of value) {
        Object.entries(item).forEach(([k, v], i) => lines.push(`        ${i === 0 ? '- ' : '  '}${k}: ${k === 'to' ? v : q(v)}`));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function unitsText(units) {
  const lines = ['# yaml-language-server: $schema=schemas/units.schema.json', 'units:'];
  for (const u of units) {
    const leads = u.leads.length ? `, leads: [${u.leads.join(', ')}]` : '';
    lines.push(`  - { id: ${u.id}, name: ${q(u.name)}, kind: ${u.kind}${leads} }`);
  }
  return `${lines.join('\n')}\n`;
}

const CONFIG = `# yaml-language-server: $schema=schemas/config.schema.json
body:
  name: ỦY BAN NHÂN DÂN HUYỆN ĐO KIỂM
  parent: UBND TỈNH MẪU
  shortName: UBND huyện Đo Kiểm
  place: Đo Kiểm
signer:
  authority: TM. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH
  name: Nguyễn Văn An
recipients: [UBND tỉnh (b/c), Sở Nội vụ (b/c), Lưu VT]
`;

let plan = null;

/** The bundled plan, loaded once. */
export async function bundledPlan() {
  plan ??= await loadPlanFile(DEFAULT_PLAN_PATH, 'plans/tu-ky-2021-2025.yaml');
  return plan;
}

/**
 * The same repository in memory, as the consolidation receives it from the
 * checks (every submission valid): for benchmarks of consolidation and rendering.
 */
export async function syntheticRepository(n, quarters = [1, 2, 3, 4]) {
  const plan = await bundledPlan();
  const units = makeUnits(plan, n);
  const submissions = [];
  for (const quarter of quarters) {
    units.forEach((u, i) => {
      const data = submissionData(plan, u, i, quarter, 1000 + i);
      const areas = {};
      for (const [id, report] of Object.entries(data.areas)) {
        const tasks = Object.fromEntries(Object.entries(report.tasks ?? {}).map(([t, status]) => [t, { status }]));
        areas[id] = { values: report.values ?? {}, tasks, narrative: report.narrative };
      }
      submissions.push({ file: `submissions/${data.period}/${u.id}.yaml`, valid: true, errors: 0, warnings: 0, submission: { ...data, areas } });
    });
  }
  return { plan, units, submissions };
}

/**
 * Writes the repository (unless `out` already holds the same generation) and
 * returns its path and file list.
 */
export async function generateRepository({ units: n, out = join(DATA_DIR, `units-${n}`), quarters = [1, 2, 3, 4] }) {
  const stamp = join(out, '.generated.json');
  const params = JSON.stringify({ version: GENERATOR_VERSION, units: n, quarters });
  const plan = await bundledPlan();
  const units = makeUnits(plan, n);
  const files = [];
  for (const quarter of quarters) for (const u of units) files.push(join(out, 'submissions', `2024Q${quarter}`, `${u.id}.yaml`));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === params) return { root: out, files, units };
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'cchc.yaml'), CONFIG);
  writeFileSync(join(out, 'units.yaml'), unitsText(units));
  for (const quarter of quarters) {
    const dir = join(out, 'submissions', `2024Q${quarter}`);
    mkdirSync(dir, { recursive: true });
    units.forEach((u, i) => writeFileSync(join(dir, `${u.id}.yaml`), submissionText(submissionData(plan, u, i, quarter, 1000 + i))));
  }
  writeFileSync(stamp, params);
  return { root: out, files, units };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  const n = Number(arg('units', '250'));
  if (!Number.isInteger(n) || n < 1) {
    console.error('usage: node bench/generate.mjs --units N [--out DIR] [--quarters 1,2,3,4]');
    process.exit(2);
  }
  const quarters = arg('quarters', '1,2,3,4').split(',').map(Number);
  const out = arg('out', undefined);
  const t0 = performance.now();
  const repo = await generateRepository({ units: n, quarters, ...(out ? { out } : {}) });
  console.log(`${repo.root}: ${repo.units.length} units, ${repo.files.length} submissions (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

/**
 * The same repository with every submission as a filled Excel form (what
 * `cchc convert --to xlsx` writes), made in one process: bench/.data/xlsx-N.
 */
export async function generateXlsxRepository({ units: n, out = join(DATA_DIR, `xlsx-${n}`) }) {
  const yamlRepo = await generateRepository({ units: n });
  const stamp = join(out, '.generated.json');
  const params = JSON.stringify({ version: GENERATOR_VERSION, units: n, kind: 'xlsx' });
  const files = yamlRepo.files.map((f) => join(out, f.slice(yamlRepo.root.length + 1)).replace(/\.yaml$/, '.xlsx'));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === params) return { root: out, files, units: yamlRepo.units };
  const { readYaml } = await import('../dist/read/yaml.js');
  const { formForData } = await import('../dist/form/form-for-unit.js');
  const { writeXlsxForm } = await import('../dist/form/xlsx-form.js');
  const { parsePeriod } = await import('../dist/consolidate/period.js');
  const { loadRepository } = await import('../dist/repo/load.js');
  const repo = await loadRepository(yamlRepo.root);
  const byId = new Map(repo.units.map((u) => [u.id, u]));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'cchc.yaml'), readFileSync(join(yamlRepo.root, 'cchc.yaml')));
  writeFileSync(join(out, 'units.yaml'), readFileSync(join(yamlRepo.root, 'units.yaml')));
  for (let i = 0; i < files.length; i++) {
    const { data } = readYaml(readFileSync(yamlRepo.files[i]));
    const form = formForData(repo.plan, repo.config, byId.get(data.unit), data.unit, parsePeriod(data.period), data);
    mkdirSync(dirname(files[i]), { recursive: true });
    writeFileSync(files[i], await writeXlsxForm(form, data));
  }
  writeFileSync(stamp, params);
  return { root: out, files, units: yamlRepo.units };
}
