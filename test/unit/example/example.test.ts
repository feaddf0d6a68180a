// Structural facts the example repository (examples/tu-ky) promises, checked on the committed files
// with the plain `yaml` package, independently of the generator and of `cchc validate`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Indicator, Plan, Task } from '../../../src/plan/model.js';
import { planFromData } from '../../../src/plan/load.js';
import { reportsTask } from '../../../src/plan/roles.js';
import type { RepoConfig, Unit } from '../../../src/repo/model.js';
import type { Submission } from '../../../src/model/submission.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples/tu-ky');
const QUARTERS = ['2024Q1', '2024Q2', '2024Q3', '2024Q4'];
const COMMUNE_LEVEL = new Set(['commune', 'town', 'ward']);

/** Documented in examples/tu-ky/README.md. */
const MISSING: Record<string, string[]> = {
  '2024Q2': ['xa-ha-thanh', 'ban-quan-ly-du-an-dau-tu-xay-dung'],
  '2024Q3': ['xa-tien-dong'],
};
const LATE: Record<string, string[]> = {
  '2024Q1': ['phong-y-te', 'xa-van-to'],
  '2024Q2': ['trung-tam-dich-vu-nong-nghiep', 'xa-hung-dao', 'xa-quang-trung'],
  '2024Q3': ['phong-nong-nghiep-phat-trien-nong-thon', 'xa-an-thanh', 'xa-cong-lac'],
  '2024Q4': ['thanh-tra-huyen', 'xa-dan-chu'],
};
/** The deliberate warnings as `code file pointer`. */
const DELIBERATE = [
  'task-not-expected-from-unit submissions/2024Q1/xa-binh-lang.yaml /areas/chi-dao/tasks/cd-04',
  'missing-value submissions/2024Q2/xa-dai-hop.yaml /areas/cong-vu/values/cbcc-xa-dai-hoc',
  'missing-lead-narrative submissions/2024Q3/phong-tu-phap.yaml /areas/the-che/narrative/difficulties',
  'value-jump submissions/2024Q3/xa-ngoc-ky.yaml /areas/tthc/values/hs-tiep-nhan',
];

const read = (rel: string) => readFileSync(join(EXAMPLE, rel), 'utf8');
const load = <T>(rel: string): T => parse(read(rel), { schema: 'core' }) as T;

// The plan as cchc reads it: kind lists expanded, defaults filled.
const plan: Plan = planFromData(parse(readFileSync(join(ROOT, 'plans/tu-ky-2021-2025.yaml'), 'utf8'), { schema: 'core' }));
const indicators = new Map<string, Indicator>(plan.indicators.map((i) => [i.id, i]));
const tasks = new Map<string, Task>(plan.tasks.map((t) => [t.id, t]));
const units = load<{ units: (Omit<Unit, 'leads'> & { leads?: string[] })[] }>('units.yaml').units;
const unitById = new Map(units.map((u) => [u.id, u]));

interface Loaded {
  file: string;
  period: string;
  text: string;
  sub: Submission;
  kind: Unit['kind'];
  values: Map<string, number | boolean | string | null>;
}

// One generator run serves two checks: its output must equal the committed files, and the YAML it
// writes for the submissions committed as .xlsx (XLSX_SUBMISSIONS) stands in for them here.
const generated = mkdtempSync(join(tmpdir(), 'cchc-example-'));
const xlsxSources = join(generated, '.xlsx-sources');
const generation = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-example.mjs'), '--out', generated, '--xlsx-sources', xlsxSources], {
  encoding: 'utf8',
  timeout: 60_000,
});
afterAll(() => rmSync(generated, { recursive: true, force: true }));

const submissions: Loaded[] = [];
for (const period of QUARTERS) {
  for (const name of readdirSync(join(EXAMPLE, 'submissions', period)).sort()) {
    if (!/\.(yaml|xlsx)$/.test(name)) continue;
    const xlsx = name.endsWith('.xlsx');
    const file = `submissions/${period}/${name.replace(/\.xlsx$/, '.yaml')}`;
    const text = xlsx ? readFileSync(join(xlsxSources, `${period}-${name.replace(/\.xlsx$/, '.yaml')}`), 'utf8') : read(file);
    const sub = parse(text, { schema: 'core' }) as Submission;
    const values = new Map<string, number | boolean | string | null>();
    for (const report of Object.values(sub.areas)) for (const [id, v] of Object.entries(report.values ?? {})) values.set(id, v);
    submissions.push({ file, period, text, sub, kind: unitById.get(sub.unit)?.kind ?? 'ward', values });
  }
}
const deliberate = (code: string, file: string, pointer: string) => DELIBERATE.includes(`${code} ${file} ${pointer}`);

describe('examples/tu-ky: repository files', () => {
  it('cchc.yaml has the RepoConfig keys, no plan (bundled default) and the Tứ Kỳ body', () => {
    expect(read('cchc.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/config.schema.json');
    const config = load<RepoConfig>('cchc.yaml');
    expect(Object.keys(config).sort()).toEqual(['baselines', 'basis', 'body', 'cutoffDay', 'due', 'recipients', 'signer', 'validation']);
    expect(config.basis.plan).toEqual({ number: '3148/KH-UBND', date: '2021-12-30' });
    expect(config.basis.requests?.[0]?.periods).toEqual(['2024Q2', '2024S1']);
    expect(config.body).toEqual({
      name: 'ỦY BAN NHÂN DÂN HUYỆN TỨ KỲ',
      parent: 'UBND TỈNH HẢI DƯƠNG',
      shortName: 'UBND huyện Tứ Kỳ',
      place: 'Tứ Kỳ',
      symbol: 'BC-UBND',
    });
    expect(config.due).toEqual({ quarter: 12, half: 12, year: 10 });
    expect(config.cutoffDay).toBe(14);
    expect(config.validation).toEqual({ jumpFactor: 3 });
    expect(Object.keys(config.baselines['2021'] ?? {}).sort()).toEqual(['bc-sncl', 'dv-sncl', 'tg-xu-ly-trung-binh']);
    expect(config.signer.authority).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(config.recipients.length).toBeGreaterThan(3);
  });

  it('units.yaml: the town and 22 communes, departments, public service units; slug ids; validity', () => {
    expect(read('units.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/units.schema.json');
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
    for (const u of units) {
      expect(u.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(u.validTo).toBe('2025-06-30');
    }
    expect(units.filter((u) => u.kind === 'town').map((u) => u.id)).toEqual(['tt-tu-ky']);
    const communes = units.filter((u) => u.kind === 'commune');
    expect(communes).toHaveLength(22);
    for (const c of communes) expect(c.name).toMatch(/^UBND xã /);
    expect(communes.map((c) => c.id)).toContain('xa-dai-son');
    expect(communes.map((c) => c.id)).toContain('xa-quang-nghiep');
    expect(units.filter((u) => u.kind === 'department').length).toBeGreaterThanOrEqual(12);
    expect(units.filter((u) => u.kind === 'public-service-unit').length).toBeGreaterThanOrEqual(3);
  });

  it('every area has exactly one lead, a department', () => {
    const leads = units.flatMap((u) => (u.leads ?? []).map((a) => [a, u] as const));
    expect(leads.map(([a]) => a).sort()).toEqual(plan.areas.map((a) => a.id).sort());
    for (const [, u] of leads) expect(u.kind).toBe('department');
    expect(unitById.get('phong-noi-vu')?.leads).toEqual(['chi-dao', 'to-chuc', 'cong-vu']);
  });

  it('all text is NFC', () => {
    for (const rel of ['cchc.yaml', 'units.yaml', 'README.md']) expect(read(rel).normalize('NFC')).toBe(read(rel));
    for (const s of submissions) expect(s.text.normalize('NFC'), s.file).toBe(s.text);
  });
});

describe('examples/tu-ky: which reports exist', () => {
  it('one report per unit and quarter, except the documented missing ones', () => {
    for (const period of QUARTERS) {
      const dir = join(EXAMPLE, 'submissions', period);
      const present = readdirSync(dir)
        .filter((n) => /\.(yaml|xlsx)$/.test(n))
        .map((n) => n.replace(/\.(yaml|xlsx)$/, ''));
      expect(new Set(present).size, `one file per unit in ${period}`).toBe(present.length);
      const expected = units.map((u) => u.id).filter((id) => !(MISSING[period] ?? []).includes(id));
      expect(present.sort(), period).toEqual(expected.sort());
    }
  });

  it('each file names its unit and period and starts with the schema line', () => {
    for (const s of submissions) {
      expect(s.text.split('\n')[0], s.file).toBe('# yaml-language-server: $schema=../../../../schemas/submission.schema.json');
      expect(`submissions/${s.sub.period}/${s.sub.unit}.yaml`).toBe(s.file);
      expect(unitById.has(s.sub.unit), s.file).toBe(true);
    }
  });

  it('submitted in the last month of the quarter on a working day; late exactly as documented', () => {
    for (const period of QUARTERS) {
      const lastMonth = `2024-${String(Number(period.at(-1)) * 3).padStart(2, '0')}-`;
      const late: string[] = [];
      for (const s of submissions.filter((x) => x.period === period)) {
        expect(s.sub.submitted.startsWith(lastMonth), s.file).toBe(true);
        const day = new Date(`${s.sub.submitted}T00:00:00Z`).getUTCDay();
        expect(day !== 0 && day !== 6, `${s.file} ${s.sub.submitted} is a weekend`).toBe(true);
        if (Number(s.sub.submitted.slice(8)) > 12) late.push(s.sub.unit);
      }
      expect(late.sort(), period).toEqual(LATE[period]);
    }
  });
});

describe('examples/tu-ky: figures follow the plan', () => {
  it('only known, reportable, kind-appropriate indicators, never a computed ratio', () => {
    for (const s of submissions) {
      for (const [areaId, report] of Object.entries(s.sub.areas)) {
        for (const [id, value] of Object.entries(report.values ?? {})) {
          const ind = indicators.get(id);
          expect(ind?.area, `${s.file} ${id}`).toBe(areaId);
          expect(ind?.ratio, `${s.file} ${id} is a ratio`).toBeUndefined();
          expect(ind?.reportedBy, `${s.file} ${id}`).toContain(s.kind);
          if (ind?.type === 'count') expect(Number.isInteger(value) && (value as number) >= 0, `${s.file} ${id}=${value}`).toBe(true);
          if (ind?.type === 'number') expect(typeof value === 'number' && value >= 0, `${s.file} ${id}`).toBe(true);
          if (ind?.type === 'boolean') expect(typeof value, `${s.file} ${id}`).toBe('boolean');
        }
      }
    }
  });

  it('tasks are the plan tasks the unit reports, by kind or role (except the deliberate one)', () => {
    for (const s of submissions) {
      for (const [areaId, report] of Object.entries(s.sub.areas)) {
        for (const [id, status] of Object.entries(report.tasks ?? {})) {
          const task = tasks.get(id);
          expect(task?.area, `${s.file} ${id}`).toBe(areaId);
          const st = typeof status === 'string' ? status : status.status;
          expect(['done', 'in-progress', 'not-started']).toContain(st);
          const u = unitById.get(s.sub.unit)!;
          if (!task || !reportsTask(plan, task, { kind: u.kind, leads: u.leads ?? [], roles: u.roles ?? [] })) {
            expect(deliberate('task-not-expected-from-unit', s.file, `/areas/${areaId}/tasks/${id}`), `${s.file} ${id}`).toBe(true);
          }
        }
      }
    }
  });

  it('parts never exceed their whole and parts add up to their total', () => {
    let checked = 0;
    for (const s of submissions) {
      for (const ind of plan.indicators) {
        const part = s.values.get(ind.id);
        if (typeof part !== 'number') continue;
        for (const whole of ind.notAbove ?? []) {
          const w = s.values.get(whole);
          if (typeof w !== 'number') continue;
          expect(part <= w, `${s.file}: ${ind.id} ${part} > ${whole} ${w}`).toBe(true);
          checked++;
        }
        if (ind.sumOf) {
          const parts = ind.sumOf.map((id) => s.values.get(id));
          expect(parts.every((p) => typeof p === 'number'), `${s.file}: parts of ${ind.id}`).toBe(true);
          expect((parts as number[]).reduce((a, b) => a + b, 0), `${s.file}: ${ind.id}`).toBe(part);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('required values are present (except the deliberate omission)', () => {
    for (const s of submissions) {
      for (const ind of plan.indicators) {
        if (!ind.requiredFor?.includes(s.kind) || s.values.has(ind.id)) continue;
        expect(deliberate('missing-value', s.file, `/areas/${ind.area}/values/${ind.id}`), `${s.file} lacks ${ind.id}`).toBe(true);
      }
    }
  });

  it('commune PAR self-assessment only in Q4, from every commune-level unit', () => {
    for (const s of submissions) {
      const has = s.values.has('par-index-diem');
      expect(has, s.file).toBe(s.period === '2024Q4' && COMMUNE_LEVEL.has(s.kind));
    }
  });

  it('dossiers are plausible for a rural district in 2024', () => {
    for (const s of submissions.filter((x) => COMMUNE_LEVEL.has(x.kind))) {
      const received = s.values.get('hs-tiep-nhan') as number;
      const online = s.values.get('hs-truc-tuyen') as number;
      const resolved = s.values.get('hs-giai-quyet') as number;
      const onTime = s.values.get('hs-dung-han') as number;
      expect(received, s.file).toBeGreaterThan(200);
      expect(received, s.file).toBeLessThan(2500);
      expect(onTime / resolved, s.file).toBeGreaterThanOrEqual(0.97);
      if (!s.file.includes('xa-ngoc-ky')) expect(online / received, s.file).toBeGreaterThan(0.25);
      expect(s.values.get('cbcc-xa'), s.file).toBeGreaterThanOrEqual(18);
      expect(s.values.get('cbcc-xa'), s.file).toBeLessThanOrEqual(25);
    }
  });

  it('value jumps beyond the factor are exactly the deliberate one (parts of a jumping whole left out)', () => {
    const byKey = new Map(submissions.map((s) => [`${s.sub.unit}|${s.period}`, s]));
    const found: string[] = [];
    for (const s of submissions) {
      const q = QUARTERS.indexOf(s.period);
      const prev = q > 0 ? byKey.get(`${s.sub.unit}|${QUARTERS[q - 1]}`) : undefined;
      if (!prev) continue;
      const jumped = new Set<string>();
      for (const ind of plan.indicators) {
        if (ind.type !== 'count' && ind.type !== 'number') continue;
        const a = prev.values.get(ind.id);
        const b = s.values.get(ind.id);
        if (typeof a !== 'number' || typeof b !== 'number' || Math.max(a, b) < 20) continue;
        if (Math.min(a, b) === 0 || Math.max(a, b) / Math.min(a, b) > 3) jumped.add(ind.id);
      }
      for (const id of jumped) {
        const ind = indicators.get(id) as Indicator;
        if (!(ind.notAbove ?? []).some((w) => jumped.has(w))) found.push(`value-jump ${s.file} /areas/${ind.area}/values/${id}`);
      }
    }
    expect(found).toEqual(DELIBERATE.filter((d) => d.startsWith('value-jump')));
  });
});

describe('examples/tu-ky: narratives', () => {
  const narrativeOf = (s: Loaded, area: string) => s.sub.areas[area]?.narrative ?? {};
  const listOf = <T>(x: T[] | string | undefined): T[] => (Array.isArray(x) ? x : []);

  it('lead departments write results, difficulties and next tasks for their areas (except the deliberate gap)', () => {
    for (const s of submissions) {
      for (const areaId of unitById.get(s.sub.unit)?.leads ?? []) {
        const n = narrativeOf(s, areaId);
        for (const field of ['results', 'nextTasks'] as const) {
          const text = n[field];
          expect(text, `${s.file} ${areaId}.${field}`).toBeTruthy();
          expect(text!.split(/[.!?](\s|$)/).filter((x) => x.trim().length > 1).length, `${s.file} ${areaId}.${field}`).toBeGreaterThanOrEqual(2);
        }
        if (!n.difficulties?.length) expect(deliberate('missing-lead-narrative', s.file, `/areas/${areaId}/narrative/difficulties`), `${s.file} ${areaId}`).toBe(true);
      }
    }
  });

  it('uses the new forms only: every difficulty with its cause, every proposal with its addressee', () => {
    let difficulties = 0;
    for (const s of submissions) {
      for (const [areaId, report] of Object.entries(s.sub.areas)) {
        const n = report.narrative ?? {};
        expect(n.shortcomings, `${s.file} ${areaId}`).toBeUndefined();
        expect(typeof n.proposals === 'string', `${s.file} ${areaId}`).toBe(false);
        for (const d of n.difficulties ?? []) {
          difficulties++;
          expect(d.issue.trim(), s.file).not.toBe('');
          expect(d.cause?.trim(), `${s.file} ${d.issue}`).toBeTruthy();
          // The cause stands beside its problem, in its own words: not "Nguyên nhân: …" glued to the issue.
          expect(d.issue, s.file).not.toMatch(/Nguyên nhân/);
          expect(d.cause, s.file).not.toMatch(/^Nguyên nhân/);
        }
        for (const p of listOf(n.proposals)) expect(['body', 'upper', 'central'], `${s.file} ${p.text}`).toContain(p.to);
      }
    }
    expect(difficulties).toBeGreaterThan(400);
  });

  it('routes proposals as real reports do: communes ask the district, lead departments ask the province or a ministry', () => {
    const to = { commune: new Set<string>(), lead: new Set<string>() };
    for (const s of submissions) {
      const leads = unitById.get(s.sub.unit)?.leads ?? [];
      for (const [areaId, report] of Object.entries(s.sub.areas)) {
        for (const p of listOf(report.narrative?.proposals)) {
          if (COMMUNE_LEVEL.has(s.kind)) {
            to.commune.add(p.to ?? '');
            // A request to the district's own offices is addressed to the district.
            if (/^Đề nghị (UBND huyện|Phòng|Văn phòng HĐND|Trung tâm)/.test(p.text)) expect(p.to, `${s.file} ${p.text}`).toBe('body');
          }
          if (leads.includes(areaId)) {
            to.lead.add(p.to ?? '');
            expect(p.to, `${s.file} ${p.text}`).not.toBe('body');
            expect(p.text, s.file).toMatch(p.to === 'central' ? /^Đề nghị (Bộ|Văn phòng Chính phủ)/ : /^Đề nghị (UBND tỉnh|Sở|Văn phòng UBND tỉnh)/);
          }
        }
      }
    }
    expect([...to.commune].sort()).toEqual(['body', 'upper']);
    expect([...to.lead].sort()).toEqual(['central', 'upper']);
  });

  it('communes share common difficulties word for word, as picked from the repository’s list', () => {
    const list = parse(readFileSync(join(ROOT, 'templates/form/kho-khan-thuong-gap.yaml'), 'utf8')) as Record<string, { issue: string }[]>;
    const common = new Set(Object.values(list).flatMap((items) => items.map((d) => d.issue)));
    const folded = new Map([...common].map((t) => [t.toLocaleLowerCase('vi').replace(/\W+$/u, ''), t]));
    const q2 = new Map<string, number>();
    for (const s of submissions.filter((x) => COMMUNE_LEVEL.has(x.kind))) {
      for (const report of Object.values(s.sub.areas)) {
        for (const d of report.narrative?.difficulties ?? []) {
          // Near-copies of a listed difficulty would count apart: a listed one is written exactly.
          const listed = folded.get(d.issue.toLocaleLowerCase('vi').replace(/\W+$/u, ''));
          if (listed) expect(d.issue, s.file).toBe(listed);
          if (s.period === '2024Q2' && common.has(d.issue)) q2.set(d.issue, (q2.get(d.issue) ?? 0) + 1);
        }
      }
    }
    // In Q2, most communes under the online-dossier target say so in the same words.
    expect(Math.max(...q2.values())).toBeGreaterThanOrEqual(15);
    expect(q2.size).toBeGreaterThanOrEqual(8);
  });

  it('texts quote the unit’s own figures', () => {
    let checked = 0;
    const figure = (t: string) => Number(t.replace(/\./g, '').replace(',', '.'));
    for (const s of submissions.filter((x) => COMMUNE_LEVEL.has(x.kind))) {
      const texts = Object.values(s.sub.areas).flatMap((a) => {
        const n = a.narrative ?? {};
        return [n.results ?? '', n.nextTasks ?? '', ...(n.difficulties ?? []).flatMap((d) => [d.issue, d.cause ?? ''])];
      });
      const all = texts.join(' ');
      for (const [pattern, id] of [
        [/tiếp nhận ([\d.]+) hồ sơ/g, 'hs-tiep-nhan'],
        [/Có (\d+) hồ sơ giải quyết quá hạn/g, 'hs-qua-han'],
        [/(?:tự chấm|Chỉ số CCHC năm 2024 của (?:xã|thị trấn)) đạt ([\d,]+) điểm/g, 'par-index-diem'],
        [/chống lãng phí năm 2024 đạt ([\d,]+) điểm/g, 'thtk-diem'],
        [/([\d.]+)\/([\d.]+) hồ sơ công việc/g, 'hscv-xu-ly-tren-mang'],
      ] as const) {
        for (const m of all.matchAll(pattern)) {
          expect(figure(m[1]!), `${s.file}: "${m[0]}" vs ${id}`).toBe(s.values.get(id));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('lead departments write their results for the whole district, each sentence with its subject', () => {
    for (const s of submissions) {
      for (const areaId of unitById.get(s.sub.unit)?.leads ?? []) {
        const results = narrativeOf(s, areaId).results ?? '';
        // No sentence opens on a bare verb or a nameless "Phòng …" ("Phòng phối hợp với Công an huyện…").
        expect(results, s.file).not.toMatch(/(^|[.;] )((Phòng|Văn phòng) \p{Ll}|(Phối hợp|Tham gia|Cử|Hoàn thành|Triển khai|Tiếp tục|Tham mưu|Hướng dẫn|Số hóa) )/u);
        expect(results, s.file).toMatch(/UBND huyện|HĐND, UBND huyện|Toàn huyện/);
      }
    }
  });

  it('every area with figures explains its results', () => {
    for (const s of submissions) {
      for (const [areaId, report] of Object.entries(s.sub.areas)) {
        if (Object.keys(report.values ?? {}).length) expect(report.narrative?.results, `${s.file} ${areaId}`).toBeTruthy();
      }
    }
  });

  it('narratives are not copy-paste: results differ between units and quarters', () => {
    const narratives = submissions.flatMap((s) => Object.values(s.sub.areas).map((a) => a.narrative ?? {}));
    const results = narratives.flatMap((n) => (n.results ? [n.results] : []));
    const nextTasks = narratives.flatMap((n) => (n.nextTasks ? [n.nextTasks] : []));
    expect(results.length).toBeGreaterThan(600);
    // Results carry each unit's own figures; difficulties and proposals recur, as they do in real reports.
    expect(new Set(results).size / results.length).toBeGreaterThan(0.97);
    expect(new Set(nextTasks).size / nextTasks.length).toBeGreaterThan(0.6);
  });
});

describe('examples/tu-ky: README and generator', () => {
  it('the README lists every deliberate warning with a line that points at it', () => {
    const readme = read('README.md');
    const rows = [...readme.matchAll(/^\| `(submissions\/[^`]+)` \| (\d+) \| `([a-z-]+)` \|/gm)].map((m) => ({ file: m[1] ?? '', line: Number(m[2]), code: m[3] ?? '' }));
    expect(rows.map((r) => `${r.code} ${r.file}`).sort()).toEqual(DELIBERATE.map((d) => d.split(' ').slice(0, 2).join(' ')).sort());
    for (const r of rows) {
      const pointer = DELIBERATE.find((d) => d.startsWith(`${r.code} ${r.file} `))?.split(' ')[2] ?? '';
      // The line holds the key the validator points at: the value, or the nearest existing parent.
      const keys = pointer.split('/').slice(2);
      const line = read(r.file).split('\n')[r.line - 1] ?? '';
      expect(keys.some((k) => line.trimStart().startsWith(`${k}:`)), `${r.file}:${r.line} "${line}"`).toBe(true);
    }
  });

  it('re-running the generator reproduces the committed files byte for byte', () => {
    expect(generation.status, generation.stderr).toBe(0);
    const files = ['cchc.yaml', 'units.yaml', 'README.md', ...submissions.filter((s) => existsSync(join(EXAMPLE, s.file))).map((s) => s.file)];
    for (const rel of files) expect(readFileSync(join(generated, rel), 'utf8'), rel).toBe(read(rel));
    for (const period of QUARTERS) {
      const written = readdirSync(join(generated, 'submissions', period)).sort();
      const committed = readdirSync(join(EXAMPLE, 'submissions', period)).filter((n) => n.endsWith('.yaml')).sort();
      expect(written, period).toEqual(committed);
    }
  });
});
