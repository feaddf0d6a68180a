#!/usr/bin/env node
// Generates examples/tu-ky/, the example report repository: cchc.yaml, units.yaml, README.md and
// one submission per unit and quarter of 2024 (submissions/2024Q1 … 2024Q4).
//
//   node scripts/gen-example.mjs                 # rewrite examples/tu-ky
//   node scripts/gen-example.mjs --out DIR       # write the repository to DIR instead
//   node scripts/gen-example.mjs --xlsx-sources DIR
//                                                # also write the YAML of the XLSX_SUBMISSIONS to DIR
//   node scripts/gen-example-xlsx.mjs           # then convert those to .xlsx with `cchc convert`
//
// Deterministic: a seeded PRNG keyed by unit, quarter and purpose; re-running reproduces the same
// bytes. Every file written is parsed back and checked against the plan's rules; the only
// findings allowed are the deliberate warnings listed in scripts/example/deliberate.mjs.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import YAML from 'yaml';
import { UNITS, isCommuneLevel } from './example/units.mjs';
import { valuesFor } from './example/figures.mjs';
import { tasksFor } from './example/tasks.mjs';
import { communeNarratives } from './example/narrative/commune.mjs';
import { departmentNarratives, publicServiceUnitNarratives } from './example/narrative/department.mjs';
import { leadNarratives } from './example/narrative/lead.mjs';
import { QUARTERS, periodId, submittedOn, LATE, MISSING, DUE_DAY } from './example/schedule.mjs';
import { preparedBy } from './example/people.mjs';
import { DELIBERATE, JUMP } from './example/deliberate.mjs';
import { YamlWriter } from './example/emit.mjs';
import { checkSubmission, findJumps } from './example/checks.mjs';
import { configYaml, unitsYaml, BASELINES, JUMP_FACTOR } from './example/repo-files.mjs';
import { readme } from './example/readme.mjs';

/**
 * Submissions kept as Excel forms (.xlsx, made with `cchc convert`), as `[unit, quarter]`, e.g.
 * `['xa-tan-ky', 2]`. For these the generator writes no YAML into submissions/ (the .xlsx takes
 * its place and is left alone); with `--xlsx-sources DIR` it writes their YAML to
 * DIR/<period>-<unit>.yaml, the input of the conversion (and what test/unit/example reads in their
 * stead). Pick units without a deliberate warning: the README points at YAML lines.
 */
export const XLSX_SUBMISSIONS = [
  ['xa-tan-ky', 1],
  ['xa-quang-khai', 1],
  ['xa-tan-ky', 2],
  ['xa-hung-dao', 2],
  ['xa-minh-duc', 2],
  ['xa-tan-ky', 3],
  ['xa-quang-phuc', 3],
  ['xa-tan-ky', 4],
  ['xa-dan-chu', 4],
  ['xa-phuong-ky', 4],
];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { out: { type: 'string' }, 'xlsx-sources': { type: 'string' } } });
const OUT = resolve(args.out ?? join(ROOT, 'examples/tu-ky'));
// The plan as cchc reads it (kind lists expanded, defaults filled): needs the build (npm run build).
const { planFromData } = await import(join(ROOT, 'dist/plan/load.js'));
const plan = planFromData(YAML.parse(readFileSync(join(ROOT, 'plans/tu-ky-2021-2025.yaml'), 'utf8')));
const indicatorById = new Map(plan.indicators.map((i) => [i.id, i]));

// ---------------------------------------------------------------- figures
/** values[q][unitId] for every report that was sent. */
const values = {};
for (const q of QUARTERS) {
  values[q] = {};
  for (const u of UNITS) {
    if (!submittedOn(u.id, q)) continue;
    const v = valuesFor(u, q);
    for (const [id, value] of Object.entries(v)) {
      const ind = indicatorById.get(id);
      if (!ind) throw new Error(`unknown indicator ${id}`);
      if (ind.ratio || !ind.reportedBy.includes(u.kind)) throw new Error(`${u.id} may not report ${id}`);
      if (value === undefined || Number.isNaN(value)) throw new Error(`${u.id} ${q} ${id}: no value`);
    }
    for (const d of DELIBERATE) if (d.applyValues && d.unit === u.id && d.q === q) d.applyValues(v);
    values[q][u.id] = v;
  }
}

const ctx = {
  baselines: BASELINES,
  value: (unitId, q, id) => values[q][unitId]?.[id] ?? 0,
  communeValues: (q) => UNITS.filter(isCommuneLevel).map((u) => values[q][u.id]).filter(Boolean),
  departmentValues: (q) => UNITS.filter((u) => u.kind === 'department').map((u) => values[q][u.id]).filter(Boolean),
  schedule: (q) => ({ late: Object.keys(LATE[q]), missing: MISSING[q] }),
};

// ---------------------------------------------------------------- submissions
function narrativesFor(u, q, v) {
  const prev = q > 1 ? values[q - 1][u.id] ?? null : null;
  if (isCommuneLevel(u)) return communeNarratives(u, q, v, prev);
  if (u.kind === 'public-service-unit') return publicServiceUnitNarratives(u, q, v);
  return { ...departmentNarratives(u, q, v), ...leadNarratives(u, q, v, ctx) };
}

/** The narrative's non-empty parts: texts, and lists with at least one item. */
function clean(narrative) {
  return Object.fromEntries(Object.entries(narrative ?? {}).filter(([, part]) => (Array.isArray(part) ? part.length > 0 : part)));
}

function submissionFor(u, q) {
  const v = values[q][u.id];
  const narratives = narrativesFor(u, q, v);
  const areas = {};
  for (const area of plan.areas) {
    const areaValues = {};
    for (const ind of plan.indicators) if (ind.area === area.id && v[ind.id] !== undefined) areaValues[ind.id] = v[ind.id];
    const parts = { values: areaValues, tasks: tasksFor(u, q, area.id, plan), narrative: clean(narratives[area.id]) };
    // Only the parts that have something: a commune's area 2.4 has tasks but no figures.
    const report = Object.fromEntries(Object.entries(parts).filter(([, part]) => Object.keys(part).length));
    if (Object.keys(report).length) areas[area.id] = report;
  }
  const sub = { unit: u.id, period: periodId(q), submitted: submittedOn(u.id, q), preparedBy: preparedBy(u, q), areas };
  for (const d of DELIBERATE) if (d.apply && d.unit === u.id && d.q === q) d.apply(sub);
  return sub;
}

const QUARTER_WORDS = { 1: 'quý I', 2: 'quý II', 3: 'quý III', 4: 'quý IV' };
const NARRATIVE_ORDER = ['results', 'difficulties', 'nextTasks', 'proposals'];
/** The entries of a difficulty and of a proposal, in the order they are written. */
const ITEM_KEYS = { difficulties: ['issue', 'cause'], proposals: ['text', 'to'] };

/** The submission as YAML text, plus the line of every data path written. */
function submissionYaml(u, sub) {
  const w = new YamlWriter();
  w.comment(0, 'yaml-language-server: $schema=../../../../schemas/submission.schema.json');
  w.comment(0, `Báo cáo CCHC ${QUARTER_WORDS[Number(sub.period.at(-1))]} năm ${sub.period.slice(0, 4)} — ${u.name}`);
  w.entry(0, 'unit', sub.unit, '/unit');
  w.entry(0, 'period', sub.period, '/period');
  w.entry(0, 'submitted', sub.submitted, '/submitted', { quote: true });
  w.open(0, 'preparedBy', '/preparedBy');
  for (const [key, value] of Object.entries(sub.preparedBy)) w.entry(2, key, value, `/preparedBy/${key}`, { quote: key === 'phone' });
  w.open(0, 'areas', '/areas');
  for (const area of plan.areas) {
    const report = sub.areas[area.id];
    if (!report) continue;
    const at = `/areas/${area.id}`;
    w.comment(2, `${area.code}. ${area.title}`);
    w.open(2, area.id, at);
    if (report.values) {
      w.open(4, 'values', `${at}/values`);
      for (const [id, value] of Object.entries(report.values)) w.entry(6, id, value, `${at}/values/${id}`);
    }
    if (report.tasks) {
      w.open(4, 'tasks', `${at}/tasks`);
      for (const [id, task] of Object.entries(report.tasks)) {
        if (typeof task === 'string') {
          w.entry(6, id, task, `${at}/tasks/${id}`);
        } else {
          w.open(6, id, `${at}/tasks/${id}`);
          w.entry(8, 'status', task.status);
          w.text(8, 'note', task.note);
        }
      }
    }
    if (report.narrative) {
      w.open(4, 'narrative', `${at}/narrative`);
      for (const key of NARRATIVE_ORDER) {
        const part = report.narrative[key];
        if (!part) continue;
        if (!Array.isArray(part)) {
          w.text(6, key, part, `${at}/narrative/${key}`);
          continue;
        }
        w.open(6, key, `${at}/narrative/${key}`);
        part.forEach((item, i) => {
          const [first, second] = ITEM_KEYS[key];
          w.text(8, first, item[first], `${at}/narrative/${key}/${i}`, { dash: true });
          if (key === 'proposals') w.entry(10, second, item[second], `${at}/narrative/${key}/${i}/${second}`);
          else w.text(10, second, item[second], `${at}/narrative/${key}/${i}/${second}`);
        });
      }
    }
  }
  return w;
}

// ---------------------------------------------------------------- write and check
const xlsx = new Set(XLSX_SUBMISSIONS.map(([unit, q]) => `${unit}|${q}`));
for (const d of [...DELIBERATE, JUMP]) {
  if (xlsx.has(`${d.unit}|${d.q}`)) throw new Error(`${d.unit} ${periodId(d.q)} carries a deliberate warning; keep it YAML`);
}
const files = new Map(); // relative path → text
const lineOf = new Map(); // `${unit}|${q}` → Map(pointer → line)
const submissions = []; // { u, q, sub }
for (const q of QUARTERS) {
  for (const u of UNITS) {
    if (!values[q][u.id]) continue;
    const sub = submissionFor(u, q);
    const w = submissionYaml(u, sub);
    const text = w.toString();
    const back = YAML.parse(text, { schema: 'core' });
    if (!isDeepStrictEqual(back, sub)) throw new Error(`${u.id} ${q}: YAML does not read back as written`);
    if (text.normalize('NFC') !== text) throw new Error(`${u.id} ${q}: text is not NFC`);
    submissions.push({ u, q, sub });
    lineOf.set(`${u.id}|${q}`, w.lineOf);
    const path = `submissions/${periodId(q)}/${u.id}.yaml`;
    if (xlsx.has(`${u.id}|${q}`)) {
      if (args['xlsx-sources']) files.set(join(resolve(args['xlsx-sources']), `${periodId(q)}-${u.id}.yaml`), text);
    } else {
      files.set(path, text);
    }
  }
}

// Findings: everything the plan's rules would say. Only the deliberate ones may appear.
const findings = [];
for (const { u, q, sub } of submissions) findings.push(...checkSubmission(sub, u, plan).map((f) => ({ ...f, unit: u.id, q })));
findings.push(...findJumps(submissions, plan, JUMP_FACTOR).map((f) => ({ ...f, q: f.q })));
const expected = (f) =>
  DELIBERATE.some((d) => d.code === f.code && d.unit === f.unit && d.q === f.q) || (f.code === JUMP.code && f.unit === JUMP.unit && f.q === JUMP.q);
const unexpected = findings.filter((f) => !expected(f));
if (unexpected.length) {
  for (const f of unexpected) console.error(`unexpected: ${f.unit} ${periodId(f.q)} ${f.code} ${f.detail ?? ''}`);
  process.exit(1);
}
for (const d of [...DELIBERATE, JUMP]) {
  if (!findings.some((f) => f.code === d.code && f.unit === d.unit && f.q === d.q)) throw new Error(`deliberate ${d.code} of ${d.unit} did not happen`);
}

/** The deliberate warnings with file and line, for the README and tests. */
const warnings = findings
  .map((f) => {
    const pointer = f.pointer;
    const line = lineOf.get(`${f.unit}|${f.q}`).get(pointer);
    if (!line) throw new Error(`no line for ${pointer}`);
    const d = f.code === JUMP.code ? JUMP : DELIBERATE.find((x) => x.code === f.code && x.unit === f.unit && x.q === f.q);
    return { file: `submissions/${periodId(f.q)}/${f.unit}.yaml`, line, code: f.code, pointer, detail: f.detail, vi: d.vi, en: d.en };
  })
  .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);

files.set('cchc.yaml', configYaml());
files.set('units.yaml', unitsYaml(UNITS));
files.set(
  'README.md',
  readme({
    units: UNITS,
    submissions,
    warnings,
    schedule: { LATE, MISSING, DUE_DAY },
    xlsx: XLSX_SUBMISSIONS,
  }),
);

// Remove stale generated YAML (never the .xlsx files produced by `cchc convert`), then write.
for (const q of QUARTERS) {
  const dir = join(OUT, 'submissions', periodId(q));
  if (existsSync(dir)) for (const name of readdirSync(dir)) if (name.endsWith('.yaml')) rmSync(join(dir, name));
}
for (const [path, text] of files) {
  const full = path.startsWith('/') ? path : join(OUT, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}
console.log(`examples: ${submissions.length} submissions, ${warnings.length} deliberate warnings → ${OUT}`);
