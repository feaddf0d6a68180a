#!/usr/bin/env node
// The second example repository: xã Tân Kỳ (thành phố Hải Phòng), one of the communes formed from the
// former Tứ Kỳ district on 1 July 2025, reporting to the city under the two-level local government,
// with its 2026–2030 plan (examples/xa-tan-ky/plans/) and its units' reports for 2026 Q1–Q3.
//
//   npm run build && node scripts/gen-example-xa.mjs            # examples/xa-tan-ky
//   node scripts/gen-example-xa.mjs --out DIR                    # written elsewhere
//
// The figures are illustrative. The plan's targets each cite their public source (see the plan file).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const OUT = resolve(args.out ?? join(ROOT, 'examples/xa-tan-ky'));
const PLAN_FILE = 'plans/xa-tan-ky-2026-2030.yaml';
const PLAN_SOURCE = join(ROOT, 'scripts/example-xa', 'xa-tan-ky-2026-2030.yaml');
const { planFromData } = await import(join(ROOT, 'dist/plan/load.js'));
const { reportsTask } = await import(join(ROOT, 'dist/plan/roles.js'));
const plan = planFromData(YAML.parse(readFileSync(PLAN_SOURCE, 'utf8')));

const FROM = '2025-07-01';
const UNITS = [
  { id: 'van-phong-hdnd-ubnd', name: 'Văn phòng HĐND và UBND xã', kind: 'office', leads: ['chi-dao', 'the-che', 'chinh-quyen-so'], staff: 9 },
  { id: 'phong-kinh-te', name: 'Phòng Kinh tế', kind: 'office', leads: ['tai-chinh'], staff: 8 },
  { id: 'phong-van-hoa-xa-hoi', name: 'Phòng Văn hóa - Xã hội', kind: 'office', leads: ['to-chuc'], staff: 7 },
  { id: 'trung-tam-phuc-vu-hcc', name: 'Trung tâm Phục vụ hành chính công xã', kind: 'service-centre', leads: ['tthc'], staff: 12 },
  { id: 'truong-mam-non-tan-ky', name: 'Trường Mầm non Tân Kỳ', kind: 'school', leads: [], staff: 31 },
  { id: 'truong-tieu-hoc-tan-ky', name: 'Trường Tiểu học Tân Kỳ', kind: 'school', leads: [], staff: 38 },
  { id: 'truong-thcs-tan-ky', name: 'Trường Trung học cơ sở Tân Kỳ', kind: 'school', leads: [], staff: 42 },
];
const QUARTERS = [1, 2, 3];
const QUARTER_NAME = { 1: 'quý I', 2: 'quý II', 3: 'quý III' };
/** Submission day (in the quarter's last month); the school's Q2 report comes late. */
const submitted = (u, q) => `2026-${String(q * 3).padStart(2, '0')}-${u.id === 'truong-thcs-tan-ky' && q === 2 ? '15' : q === 1 ? '09' : '10'}`;

const pct = (a, b) => `${(Math.round((1000 * a) / b) / 10).toString().replace('.', ',')}%`;
const num = (n) => n.toLocaleString('vi-VN');
/** A count as reports write it: under ten with a leading zero (02 văn bản). */
const cnt = (n) => (n < 10 ? `0${n}` : num(n));

/** Figures of the public administration service centre, quarter by quarter. */
const CENTRE = {
  'hs-tiep-nhan': [1480, 1725, 1660],
  'hs-truc-tuyen': [1020, 1260, 1275],
  'hs-cap-nhat-trang-thai': [1474, 1723, 1660],
  'tthc-du-dieu-kien-toan-trinh': [96, 96, 98],
  'tthc-toan-trinh': [71, 78, 84],
  'hs-giai-quyet': [1432, 1688, 1630],
  'kq-so-hoa': [1301, 1570, 1549],
  'dg-luot-danh-gia': [612, 740, 705],
  'dg-luot-danh-gia.dat-dai': [120, 150, 139],
  'dg-luot-danh-gia.xay-dung': [18, 25, 22],
  'dg-luot-danh-gia.dau-tu': [6, 8, 7],
  'dg-hai-long': [571, 701, 676],
  'dg-hai-long.dat-dai': [104, 133, 126],
  'dg-hai-long.xay-dung': [16, 23, 21],
  'dg-hai-long.dau-tu': [6, 8, 7],
  'hscv-tong': [310, 355, 342],
  'hscv-dien-tu': [288, 337, 331],
};
const SCHOOL_SURVEY = {
  'truong-mam-non-tan-ky': [[0, 0], [186, 171], [0, 0]],
  'truong-tieu-hoc-tan-ky': [[0, 0], [240, 214], [0, 0]],
  'truong-thcs-tan-ky': [[0, 0], [212, 187], [0, 0]],
};

function valuesFor(u, q) {
  const v = {};
  const i = q - 1;
  if (u.kind === 'service-centre') for (const [id, series] of Object.entries(CENTRE)) v[id] = series[i];
  if (u.kind === 'office') {
    const files = { 'van-phong-hdnd-ubnd': [420, 465, 448], 'phong-kinh-te': [265, 301, 288], 'phong-van-hoa-xa-hoi': [198, 224, 215] }[u.id];
    const paper = { 'van-phong-hdnd-ubnd': [4, 2, 1], 'phong-kinh-te': [9, 6, 4], 'phong-van-hoa-xa-hoi': [5, 3, 3] }[u.id];
    v['hscv-tong'] = files[i];
    v['hscv-dien-tu'] = files[i] - paper[i];
  }
  if (u.id === 'van-phong-hdnd-ubnd') {
    v['vb-ban-hanh'] = [1, 0, 2][i];
    v['vb-ra-soat'] = [14, 6, 3][i];
  }
  if (u.kind === 'school') {
    const [asked, satisfied] = SCHOOL_SURVEY[u.id][i];
    // Schools survey parents at the end of the school year (Q2).
    if (asked > 0) {
      v['hl-so-phieu-truong'] = asked;
      v['hl-hai-long-truong'] = satisfied;
    }
  }
  v['cbccvc'] = u.staff;
  v['cbccvc-boi-duong'] = [Math.round(u.staff * 0.3), Math.round(u.staff * 0.5), Math.round(u.staff * 0.2)][i];
  v['cong-khai-ngan-sach'] = true;
  return v;
}

const STATUS = {
  'cd-01': (q) => (q === 1 ? { status: 'done', note: 'Kế hoạch CCHC năm 2026 của UBND xã ban hành ngày 15/01/2026.' } : 'done'),
  'cd-02': (q) => (q === 3 ? 'in-progress' : 'not-started'),
  'cd-03': (q) => (q >= 2 ? 'done' : 'not-started'),
  'tc-01': (q) => (q === 1 ? 'in-progress' : 'done'),
  'tt-01': () => 'done',
  'tt-02': () => 'in-progress',
  'tt-03': () => 'in-progress',
  'tcbm-01': (q) => (q === 1 ? 'in-progress' : 'done'),
  'tcc-01': () => 'done',
  'cqs-01': () => 'done',
};

function tasksFor(u, q, area) {
  const out = {};
  for (const t of plan.tasks) if (t.area === area && reportsTask(plan, t, u)) out[t.id] = STATUS[t.id](q);
  return out;
}

/** What the unit writes: the lead of an area for the whole commune, the others about themselves. */
function narrativeFor(u, q, area, v) {
  const n = {};
  const lead = u.leads.includes(area);
  if (area === 'tthc' && u.kind === 'service-centre') {
    n.results = `Trong ${QUARTER_NAME[q]} năm 2026, Trung tâm Phục vụ hành chính công xã tiếp nhận ${num(v['hs-tiep-nhan'])} hồ sơ, trong đó ${num(v['hs-truc-tuyen'])} hồ sơ trực tuyến (${pct(v['hs-truc-tuyen'], v['hs-tiep-nhan'])}); ${num(v['hs-cap-nhat-trang-thai'])} hồ sơ được cập nhật trạng thái trên Hệ thống thông tin giải quyết TTHC của thành phố. ${num(v['tthc-toan-trinh'])}/${num(v['tthc-du-dieu-kien-toan-trinh'])} TTHC đủ điều kiện đã cung cấp trực tuyến toàn trình.`;
    n.difficulties = [
      q === 1
        ? { issue: 'Một số hồ sơ tiếp nhận trực tiếp chưa được cập nhật trạng thái kịp thời trên Hệ thống thông tin giải quyết TTHC.', cause: 'Đường truyền Internet tại Trung tâm chưa ổn định trong những ngày cao điểm.' }
        : { issue: 'Mức độ hài lòng đối với lĩnh vực đất đai còn thấp hơn các lĩnh vực khác.', cause: 'Hồ sơ đất đai phải lấy ý kiến, xác minh nhiều bước; một số hồ sơ tồn đọng từ trước khi sắp xếp đơn vị hành chính.' },
    ];
    n.nextTasks = 'Rà soát, đề nghị cung cấp trực tuyến toàn trình các TTHC còn lại; hướng dẫn người dân nộp hồ sơ trực tuyến.';
    if (q === 1) n.proposals = [{ text: 'Đề nghị UBND thành phố chỉ đạo nâng cấp đường truyền số liệu chuyên dùng tới Trung tâm Phục vụ hành chính công các xã.', to: 'upper' }];
  } else if (lead) {
    const text = {
      'chi-dao': `UBND xã ban hành Kế hoạch CCHC năm 2026 và chỉ đạo các phòng chuyên môn, Trung tâm Phục vụ hành chính công, các trường triển khai; báo cáo kết quả ${QUARTER_NAME[q]} về UBND thành phố qua Sở Nội vụ.`,
      'the-che': `Trong ${QUARTER_NAME[q]}, UBND xã ban hành ${cnt(v['vb-ban-hanh'] ?? 0)} văn bản quy phạm pháp luật, rà soát ${cnt(v['vb-ra-soat'] ?? 0)} văn bản.`,
      'chinh-quyen-so': `${num(v['hscv-dien-tu'] ?? 0)}/${num(v['hscv-tong'] ?? 0)} hồ sơ công việc của Văn phòng được xử lý trên Hệ thống quản lý văn bản và điều hành.`,
      'to-chuc': 'Tham mưu kiện toàn vị trí việc làm của các phòng chuyên môn, Trung tâm Phục vụ hành chính công và các trường thuộc UBND xã.',
      'tai-chinh': 'Các cơ quan, đơn vị thuộc UBND xã công khai dự toán ngân sách năm 2026 theo quy định.',
    }[area];
    n.results = text;
    n.difficulties = [
      {
        'chi-dao': { issue: 'Một số cơ quan, đơn vị gửi báo cáo CCHC chậm so với thời hạn.', cause: 'Công chức làm công tác CCHC kiêm nhiệm nhiều việc sau khi sắp xếp bộ máy.' },
        'the-che': { issue: 'Việc rà soát văn bản do các xã cũ ban hành còn chậm.', cause: 'Số văn bản cần rà soát lớn, hồ sơ lưu trữ của các xã cũ chưa được số hóa đầy đủ.' },
        'chinh-quyen-so': { issue: 'Một số hồ sơ công việc vẫn xử lý trên giấy.', cause: 'Một số công chức chưa thành thạo Hệ thống quản lý văn bản và điều hành.' },
        'to-chuc': { issue: 'Đề án vị trí việc làm của một số đơn vị chưa hoàn thiện.', cause: 'Đang chờ hướng dẫn của thành phố về danh mục vị trí việc làm cấp xã.' },
        'tai-chinh': { issue: 'Tiến độ giải ngân vốn đầu tư công còn chậm.', cause: 'Một số dự án chuyển tiếp từ các xã cũ đang hoàn thiện thủ tục điều chỉnh chủ đầu tư.' },
      }[area],
    ];
    n.nextTasks = 'Tiếp tục thực hiện các nhiệm vụ theo Kế hoạch CCHC năm 2026.';
  } else if (area === 'chi-dao' && u.kind === 'school' && v['hl-so-phieu-truong']) {
    n.results = `Nhà trường khảo sát ${num(v['hl-so-phieu-truong'])} phụ huynh; ${num(v['hl-hai-long-truong'])} phiếu hài lòng (${pct(v['hl-hai-long-truong'], v['hl-so-phieu-truong'])}).`;
  } else if (area === 'to-chuc') {
    n.results = `Đơn vị có ${cnt(v['cbccvc'])} cán bộ, công chức, viên chức; ${cnt(v['cbccvc-boi-duong'])} lượt được bồi dưỡng, tập huấn trong ${QUARTER_NAME[q]}.`;
  }
  return n;
}

function submissionFor(u, q) {
  const v = valuesFor(u, q);
  const areas = {};
  for (const area of plan.areas) {
    const values = {};
    for (const ind of plan.indicators) if (ind.area === area.id && v[ind.id] !== undefined) values[ind.id] = v[ind.id];
    const tasks = tasksFor(u, q, area.id);
    const narrative = narrativeFor(u, q, area.id, v);
    const report = {};
    if (Object.keys(values).length) report.values = values;
    if (Object.keys(tasks).length) report.tasks = tasks;
    if (Object.keys(narrative).length) report.narrative = narrative;
    if (Object.keys(report).length) areas[area.id] = report;
  }
  return {
    unit: u.id,
    period: `2026Q${q}`,
    submitted: submitted(u, q),
    preparedBy: { name: 'Nguyễn Thị Hoa', title: u.kind === 'school' ? 'Kế toán' : 'Công chức' },
    areas,
  };
}

const CONFIG = `# yaml-language-server: $schema=schemas/config.schema.json
# Kho báo cáo CCHC của UBND xã Tân Kỳ (thành phố Hải Phòng), dữ liệu minh họa.
# Từ ngày 01/7/2025 chính quyền địa phương tổ chức hai cấp: xã Tân Kỳ được thành lập trên cơ sở các xã của huyện
# Tứ Kỳ cũ và báo cáo trực tiếp UBND thành phố (qua Sở Nội vụ).
body:
  name: ỦY BAN NHÂN DÂN XÃ TÂN KỲ
  parent: UBND THÀNH PHỐ HẢI PHÒNG
  shortName: UBND xã Tân Kỳ
  place: Tân Kỳ
  symbol: BC-UBND
signer:
  authority: TM. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH
  name: Phạm Văn Hùng
recipients:
  - UBND thành phố Hải Phòng (để báo cáo)
  - Sở Nội vụ thành phố
  - Đảng ủy xã
  - Chủ tịch, các Phó Chủ tịch UBND xã
  - Lưu VT, VP.
# Kế hoạch CCHC giai đoạn 2026 - 2030 của xã, trong kho. Kho có số liệu của nhiều kế hoạch thì dùng "plans":
#   plans:
#     - file: plans/ke-hoach-cchc-2025.yaml          # số liệu đến hết năm 2025
#     - from: "2026-01-01"
#       file: plans/xa-tan-ky-2026-2030.yaml          # số liệu từ năm 2026
plan: ${PLAN_FILE}
due: { quarter: 12, half: 12, year: 10 }
`;

const UNITS_TEXT = [
  '# yaml-language-server: $schema=schemas/units.schema.json',
  '# Các cơ quan, đơn vị báo cáo CCHC của UBND xã Tân Kỳ (từ ngày 01/7/2025).',
  '#   kind: office = phòng chuyên môn, service-centre = Trung tâm Phục vụ hành chính công, school = trường',
  '#   (các loại do kế hoạch khai báo: xem kinds trong plans/xa-tan-ky-2026-2030.yaml)',
  '#   leads: các lĩnh vực đơn vị chủ trì, viết báo cáo chuyên đề của lĩnh vực',
  'units:',
  ...UNITS.flatMap((u) => [
    `  - id: ${u.id}`,
    `    name: ${u.name}`,
    `    kind: ${u.kind}`,
    `    validFrom: "${FROM}"`,
    ...(u.leads.length ? [`    leads: [${u.leads.join(', ')}]`] : []),
  ]),
  '',
].join('\n');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'plans'), { recursive: true });
copyFileSync(PLAN_SOURCE, join(OUT, PLAN_FILE));
writeFileSync(join(OUT, 'cchc.yaml'), CONFIG);
writeFileSync(join(OUT, 'units.yaml'), UNITS_TEXT);
let files = 0;
for (const q of QUARTERS) {
  const dir = join(OUT, 'submissions', `2026Q${q}`);
  mkdirSync(dir, { recursive: true });
  for (const u of UNITS) {
    const sub = submissionFor(u, q);
    const doc = new YAML.Document(sub, { version: '1.2' });
    const head = `# yaml-language-server: $schema=../../schemas/submission.schema.json\n# Báo cáo CCHC ${QUARTER_NAME[q]} năm 2026 — ${u.name}\n`;
    writeFileSync(join(dir, `${u.id}.yaml`), head + doc.toString({ lineWidth: 0 }));
    files++;
  }
}
writeFileSync(join(OUT, 'README.md'), readFileSync(join(ROOT, 'scripts/example-xa/README.md'), 'utf8'));
// The repository's schemas (its own plan's), which the files' yaml-language-server lines name, made by the built CLI.
const schema = spawnSync(process.execPath, [join(ROOT, 'bin/cchc'), 'schema'], { cwd: OUT, encoding: 'utf8' });
if (schema.status !== 0) throw new Error(`cchc schema failed: ${schema.stderr}`);
process.stdout.write(`examples: ${files} submissions → ${OUT}\n`);
