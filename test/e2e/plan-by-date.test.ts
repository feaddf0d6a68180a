/**
 * A repository that changes plan at a date (cchc.yaml `plans`): the data of
 * 2025 under the 2021–2025 plan, 2026 under the next; each submission is
 * checked against its period's plan, a report never mixes two plans'
 * targets, and a period across the change is refused. Also `cchc plan check`.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cchc } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixture-repo.js';

const REPO = join(FIXTURES, 'plan-by-date');

function copy(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'cchc-plan-by-date-')), 'kho');
  cpSync(REPO, root, { recursive: true });
  return root;
}

interface Json {
  plan: { id: string };
  indicators: { id: string; figure: { value: unknown }; previous: { value: unknown }; targets: { min: number | null }[] }[];
  tasks: { id: string }[];
}

function report(root: string, period: string): Json {
  const out = mkdtempSync(join(tmpdir(), 'cchc-plan-by-date-out-'));
  const r = cchc(['report', '--period', period, '--format', 'json', '--out', out], { cwd: root });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(readFileSync(join(out, `bao-cao-cchc-${period}.json`), 'utf8')) as Json;
}

describe('a repository changing plan at a date', () => {
  it('checks each submission against its period\'s plan', () => {
    const r = cchc(['validate', '--format', 'json'], { cwd: REPO });
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string; file: string }[] };
    expect(out.diagnostics.map((d) => [d.code, d.file])).toEqual([['missing-narrative', 'submissions/2025Q4/trung-tam.yaml']]);
    expect(r.code).toBe(0);
    // A task of the old plan reported in 2026 is unknown to the plan of 2026.
    const root = copy();
    const file = join(root, 'submissions/2026Q1/van-phong.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  tthc:\n', '  tthc:\n    tasks: { tt-01: done }\n'));
    const bad = cchc(['validate', '--format', 'json'], { cwd: root });
    const found = JSON.parse(bad.stdout) as { diagnostics: { code: string; file: string; line: number }[] };
    expect(found.diagnostics.filter((d) => d.file.startsWith('submissions/2026Q1')).map((d) => [d.code, d.line])).toEqual([['unknown-task', 6]]);
  });

  it('reports 2025 under the 2021–2025 plan and 2026 under the next, never comparing across the change', () => {
    const old = report(REPO, '2025Q4');
    expect(old.plan.id).toBe('ke-hoach-2021-2025');
    expect(old.indicators.find((i) => i.id === 'ty-le-truc-tuyen')).toMatchObject({ figure: { value: 66 }, targets: [{ min: 50 }] });
    const next = report(REPO, '2026Q1');
    expect(next.plan.id).toBe('ke-hoach-2026-2030');
    expect(next.indicators.find((i) => i.id === 'ty-le-truc-tuyen')).toMatchObject({ figure: { value: 70 }, previous: { value: null }, targets: [{ min: 80 }] });
    expect(next.tasks.map((t) => t.id)).toEqual(['cds-01']);
    expect(report(REPO, '2025').plan.id).toBe('ke-hoach-2021-2025');
  });

  it('refuses a period across the change, with the periods that can be reported', () => {
    const root = copy();
    writeFileSync(join(root, 'cchc.yaml'), readFileSync(join(root, 'cchc.yaml'), 'utf8').replace('from: "2026-01-01"', 'from: "2025-10-01"'));
    const r = cchc(['report', '--period', '2025', '--out', join(root, 'out')], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Kỳ 2025 trải qua hai kế hoạch \("Kế hoạch cải cách hành chính giai đoạn 2021 - 2025" đến hết ngày 30\/09\/2025, "Kế hoạch cải cách hành chính giai đoạn 2026 - 2030" từ ngày 01\/10\/2025\)/);
    const year = join(root, 'submissions/2025');
    cpSync(join(root, 'submissions/2025Q4'), year, { recursive: true });
    for (const u of ['van-phong', 'trung-tam']) {
      const f = join(year, `${u}.yaml`);
      writeFileSync(f, readFileSync(f, 'utf8').replace('period: 2025Q4', 'period: "2025"'));
    }
    const v = cchc(['validate', 'submissions/2025', '--format', 'json'], { cwd: root });
    const codes = (JSON.parse(v.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codes).toContain('period-spans-plans');
    // The form of 2025Q4 is made from the plan of that quarter, the new one.
    const t = cchc(['template', '--unit', 'trung-tam', '--period', '2025Q4', '--format', 'yaml', '--out', join(root, 'f.yaml')], { cwd: root });
    expect(t.code, t.stderr).toBe(0);
    expect(readFileSync(join(root, 'f.yaml'), 'utf8')).toMatch(/cds-01/);
  });

  it('writes the earlier plan\'s submission schema beside the latest', () => {
    const root = copy();
    const r = cchc(['schema'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    const latest = JSON.parse(readFileSync(join(root, 'schemas/submission.schema.json'), 'utf8')) as { 'x-plan': { id: string } };
    const older = JSON.parse(readFileSync(join(root, 'schemas/submission-ke-hoach-2021-2025.schema.json'), 'utf8')) as { 'x-plan': { id: string } };
    expect([latest['x-plan'].id, older['x-plan'].id]).toEqual(['ke-hoach-2026-2030', 'ke-hoach-2021-2025']);
    // A YAML form, made or converted, points the editor at the schema of its period's plan.
    const schemaLine = (file: string) => readFileSync(join(root, file), 'utf8').split('\n')[0];
    for (const [period, schema] of [['2025Q4', 'submission-ke-hoach-2021-2025.schema.json'], ['2026Q1', 'submission.schema.json']] as const) {
      const made = cchc(['template', '--unit', 'van-phong', '--period', period, '--format', 'yaml', '--out', `mau-${period}.yaml`], { cwd: root });
      expect(made.code, made.stderr).toBe(0);
      expect(schemaLine(`mau-${period}.yaml`), period).toBe(`# yaml-language-server: $schema=schemas/${schema}`);
      const xlsx = cchc(['template', '--unit', 'van-phong', '--period', period, '--out', `mau-${period}.xlsx`], { cwd: root });
      expect(xlsx.code, xlsx.stderr).toBe(0);
      const converted = cchc(['convert', `mau-${period}.xlsx`, '--to', 'yaml', '--out', `doi-${period}.yaml`], { cwd: root });
      expect(converted.code, converted.stderr).toBe(0);
      expect(schemaLine(`doi-${period}.yaml`), period).toBe(`# yaml-language-server: $schema=schemas/${schema}`);
    }
  });
});

describe('cchc plan check', () => {
  it('says each plan of the repository is valid, with what it holds', () => {
    const r = cchc(['plan', 'check'], { cwd: REPO });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/plans\/ke-hoach-2021-2025\.yaml: kế hoạch hợp lệ — 1 lĩnh vực, 3 chỉ tiêu, 1 mục tiêu/);
    expect(r.stdout).toMatch(/plans\/ke-hoach-2026-2030\.yaml: kế hoạch hợp lệ/);
    const bundled = cchc(['plan', 'check'], { cwd: tmpdir() });
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toMatch(/tu-ky-2021-2025\.yaml: kế hoạch hợp lệ — 7 lĩnh vực/);
  });

  it('validate checks a plan it is given as a plan, and cchc.yaml and units.yaml as the repository\'s files', () => {
    const args = ['validate', '--format', 'json', 'plans/ke-hoach-2021-2025.yaml', 'plans/ke-hoach-2026-2030.yaml', 'cchc.yaml', 'units.yaml', 'submissions/2026Q1/van-phong.yaml'];
    const r = cchc(args, { cwd: REPO });
    const out = JSON.parse(r.stdout) as { files: number; diagnostics: { code: string; file: string }[] };
    expect(out.diagnostics).toEqual([]);
    expect(out.files).toBe(5);
    expect(r.code).toBe(0);
    // Each of the repository's plans, the earlier one too, is checked as a plan: its mistakes at their line.
    const root = copy();
    const file = join(root, 'plans/ke-hoach-2021-2025.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^fromYear: 2021$/m, 'fromYear: "2021"'));
    const broken = cchc(['validate', '--format', 'json', 'plans/ke-hoach-2021-2025.yaml'], { cwd: root });
    expect(broken.code).toBe(1);
    const found = JSON.parse(broken.stdout) as { diagnostics: { file: string; line: number }[] };
    expect(found.diagnostics.map((d) => [d.file, d.line])).toEqual([['plans/ke-hoach-2021-2025.yaml', readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('fromYear')) + 1]]);
  });

  it('reports a plan\'s mistakes at their line, in any output format', () => {
    const root = copy();
    const file = join(root, 'plans/ke-hoach-2026-2030.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('targets: [{ min: 80, text: tối thiểu đạt 80% }]', 'targets: [{ minRating: tot, text: tối thiểu đạt 80% }]')
      .replace('lead: [service-centre]', 'lead: [noi-vu]');
    writeFileSync(file, text);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const r = cchc(['plan', 'check', 'plans/ke-hoach-2026-2030.yaml', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string; line: number; path: string; message: string }[] };
    expect(out.diagnostics.map((d) => [d.code, d.line, d.path])).toEqual([
      ['plan-inconsistent', lineOf('minRating'), '/indicators/2/targets/0/minRating'],
      ['plan-inconsistent', lineOf('lead: [noi-vu]'), '/tasks/0/lead/0'],
    ]);
    // Without a file: the repository's plans, read as cchc.yaml names them even when one cannot be loaded.
    const repoCheck = cchc(['plan', 'check', '--format', 'json'], { cwd: root });
    expect(repoCheck.code).toBe(1);
    expect((JSON.parse(repoCheck.stdout) as { diagnostics: { line: number }[] }).diagnostics.map((d) => d.line)).toEqual([lineOf('minRating'), lineOf('lead: [noi-vu]')]);
    const stylish = cchc(['plan', 'check', 'plans/ke-hoach-2026-2030.yaml'], { cwd: root });
    expect(stylish.stdout).toMatch(new RegExp(`${lineOf('minRating')}:\\d+\\s+lỗi\\s+chỉ tiêu "ty-le-truc-tuyen", mục tiêu "tối thiểu đạt 80%": minRating dùng cho chỉ tiêu xếp loại`));
    const english = cchc(['plan', 'check', '--lang', 'en', 'plans/ke-hoach-2026-2030.yaml'], { cwd: root });
    expect(english.stdout).toMatch(/indicator "ty-le-truc-tuyen", target "tối thiểu đạt 80%": minRating is for ratings/);
    // validate reports them as findings at their line (exit 1); every other command loading the plan refuses it with them (exit 2).
    const v = cchc(['validate'], { cwd: root });
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(new RegExp(`${lineOf('minRating')}:\\d+\\s+lỗi\\s+chỉ tiêu "ty-le-truc-tuyen"`));
    const refused = cchc(['report', '--period', '2026Q1', '--out', mkdtempSync(join(tmpdir(), 'cchc-plan-by-date-out-'))], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`plans/ke-hoach-2026-2030\\.yaml:${lineOf('minRating')}:\\d+: chỉ tiêu "ty-le-truc-tuyen"`));
  });
});
