import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Workbook } from 'exceljs';
import { cchc } from '../helpers/cli.js';
import { BASE_REPO } from '../helpers/fixture-repo.js';
import { bundledPlan } from '../helpers/plan.js';
import { fill, openWorkbook, saveWorkbook } from '../helpers/xlsx-fill.js';
import { readYaml } from '../../src/read/yaml.js';
import { formatNumber } from '../../src/util/vi-format.js';
import { TASK_STATUS_LABELS } from '../../src/form/layout.js';
import type { Plan } from '../../src/plan/model.js';

const UNITS = `units:
  - { id: phong-noi-vu, name: Phòng Nội vụ, kind: department, leads: [chi-dao, to-chuc, cong-vu] }
  - { id: truong-thcs, name: Trường THCS Thử Nghiệm, kind: public-service-unit }
  - { id: xa-an-binh, name: Xã An Bình, kind: commune }
  - { id: tt-trung-tam, name: Thị trấn Trung Tâm, kind: town }
  - { id: phuong-moi, name: Phường Mới, kind: ward }
`;
const KINDS = ['phong-noi-vu', 'truong-thcs', 'xa-an-binh', 'tt-trung-tam', 'phuong-moi'];

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-rt-'));
  copyFileSync(join(BASE_REPO, 'cchc.yaml'), join(dir, 'cchc.yaml'));
  writeFileSync(join(dir, 'units.yaml'), UNITS);
  mkdirSync(join(dir, 'submissions/2024Q2'), { recursive: true });
  return dir;
}

/** A value and, when a user types it differently into the Excel form (a date, a rating's name), what they type. */
type Answer = { path: string[]; value: unknown; typed?: string | Date };

const TASK_ANSWERS: unknown[] = ['done', 'in-progress', 'not-started', { status: 'done', note: 'Đã ban hành 02 văn bản; còn 01 kế hoạch.' }, null];

/**
 * What a unit answers, derived from its empty form: every kind of value, some
 * figures that break the plan's rules (parts above wholes, sums that do not add
 * up), a required value left empty, tasks in every state, multi-line narrative.
 */
function answers(plan: Plan, empty: Record<string, unknown>): Answer[] {
  const out: Answer[] = [
    { path: ['submitted'], value: '2024-06-10' },
    { path: ['preparedBy', 'name'], value: 'Nguyễn Thị Hoa' },
    { path: ['preparedBy', 'title'], value: 'Chuyên viên' },
    { path: ['preparedBy', 'phone'], value: '0912345678' },
  ];
  const areas = empty['areas'] as Record<string, { values?: Record<string, null>; tasks?: Record<string, null> }>;
  let i = 0;
  let leftEmpty = false;
  for (const [areaId, area] of Object.entries(areas)) {
    for (const id of Object.keys(area.values ?? {})) {
      const ind = plan.indicators.find((x) => x.id === id)!;
      i++;
      if (ind.requiredFor?.length && !leftEmpty) {
        leftEmpty = true; // → missing-value
        continue;
      }
      const path = ['areas', areaId, 'values', id];
      if (ind.type === 'date') {
        // A day of the period, typed as a date cell or as dd/mm/yyyy text.
        const day = `2024-05-${String(10 + (i % 18)).padStart(2, '0')}`;
        out.push({ path, value: day, typed: i % 2 ? new Date(`${day}T00:00:00Z`) : day.split('-').reverse().join('/') });
        continue;
      }
      if (ind.type === 'rating') {
        // A level of the scale, picked by its name from the form's list.
        const levels = plan.scales[ind.scale!]!;
        const level = levels[i % levels.length]!;
        out.push({ path, value: level.id, typed: level.name });
        continue;
      }
      const value = ind.type === 'boolean' ? i % 2 === 0 : ind.type === 'number' ? i * 1.5 : (i * 397) % 2500;
      out.push({ path, value });
    }
    Object.keys(area.tasks ?? {}).forEach((id, k) => {
      out.push({ path: ['areas', areaId, 'tasks', id], value: TASK_ANSWERS[k % TASK_ANSWERS.length] });
    });
    if (i % 2 === 1) {
      out.push({ path: ['areas', areaId, 'narrative', 'results'], value: `Kết quả lĩnh vực ${areaId}:\n- Hoàn thành kế hoạch quý.\n- Số liệu "đúng hạn" tăng.` });
      // Difficulties with and without a cause, proposals to each addressee and to none.
      out.push({
        path: ['areas', areaId, 'narrative', 'difficulties'],
        value: [{ issue: `Khó khăn của lĩnh vực ${areaId}.`, cause: 'Nguyên nhân: thiếu "nhân lực".' }, { issue: 'Máy quét đã cũ.' }],
      });
      out.push({
        path: ['areas', areaId, 'narrative', 'proposals'],
        value: [
          { text: 'Đề nghị UBND tỉnh nâng cấp hệ thống.', to: 'upper' },
          areaId.length % 2 ? { text: 'Đề nghị UBND huyện hỗ trợ máy quét.', to: 'body' } : { text: 'Đề nghị Bộ hướng dẫn.', to: 'central' },
          { text: 'Đề nghị tập huấn.' },
        ],
      });
    }
  }
  return out;
}

/** What the YAML form's blank example item of a narrative list says: nothing (the Excel form's blank rows). */
function withoutBlankItems(data: unknown): unknown {
  const copy = structuredClone(data) as { areas?: Record<string, { narrative?: Record<string, unknown> }> };
  for (const area of Object.values(copy.areas ?? {})) {
    const n = area.narrative;
    if (!n) continue;
    for (const key of ['difficulties', 'proposals']) {
      const list = n[key];
      if (!Array.isArray(list)) continue;
      const kept = list.filter((item: Record<string, unknown>) => Object.values(item).some((v) => v !== '' && v !== null));
      if (kept.length) n[key] = kept;
      else delete n[key];
    }
  }
  return copy;
}

const ADDRESSEE_LABELS: Record<string, string> = { body: 'UBND huyện Thử Nghiệm', upper: 'UBND tỉnh Mẫu', central: 'Bộ, ngành trung ương' };

/** Types the answers into the workbook the many ways users do. */
function typeInto(wb: Workbook, list: Answer[]): void {
  list.forEach(({ path, value, typed }, n) => {
    const key = path.join('/');
    if (typed !== undefined) return void fill(wb, key, typed);
    if (path[0] === 'submitted') return void fill(wb, key, new Date(`${value as string}T00:00:00Z`));
    if (path[2] === 'tasks') {
      if (value === null) return;
      const status = typeof value === 'string' ? value : (value as { status: string }).status;
      fill(wb, key, TASK_STATUS_LABELS[status as keyof typeof TASK_STATUS_LABELS], 'status');
      if (typeof value === 'object') fill(wb, key, (value as { note: string }).note, 'note');
      return;
    }
    if (path[3] === 'difficulties' || path[3] === 'proposals') {
      (value as Record<string, string>[]).forEach((item, k) => {
        const row = `${key}/${k}`;
        if (item['issue']) fill(wb, row, item['issue']);
        if (item['cause']) fill(wb, row, item['cause'], 'cause');
        if (item['text']) fill(wb, row, item['text']);
        // The addressee as picked from the drop-down, or typed as its code.
        if (item['to']) fill(wb, row, k % 2 === 0 ? ADDRESSEE_LABELS[item['to']]! : item['to'], 'to');
      });
      return;
    }
    if (typeof value === 'boolean') return void fill(wb, key, value ? 'Có' : 'Không');
    if (typeof value === 'number') {
      const style = n % 3;
      if (style === 0) return void fill(wb, key, value);
      if (style === 1) return void fill(wb, key, formatNumber(value, Number.isInteger(value) ? 0 : 1));
      return void fill(wb, key, { formula: `${value}*1`, result: value });
    }
    fill(wb, key, value as string);
  });
}

function editYaml(text: string, list: Answer[]): string {
  const doc = parseDocument(text);
  for (const { path, value } of list) doc.setIn(path, value);
  return doc.toString({ lineWidth: 0 });
}

interface JsonDiagnostic {
  severity: string;
  code: string;
  path: string;
  file: string;
  line: number | null;
  cell: string | null;
}

function validate(root: string): JsonDiagnostic[] {
  const r = cchc(['validate', '--format', 'json'], { cwd: root });
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  return (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
}

const byUnit = (list: JsonDiagnostic[], unit: string) =>
  list
    .filter((d) => d.file.includes(`/${unit}.`))
    .map((d) => `${d.severity} ${d.code} ${d.path}`)
    .sort();

describe('round trip: template → filled → validate / convert, for every unit kind', () => {
  let xlsxRepo: string;
  let yamlRepo: string;
  const filled = new Map<string, unknown>();

  beforeAll(async () => {
    const plan = await bundledPlan();
    xlsxRepo = repo();
    yamlRepo = repo();
    for (const [root, format] of [
      [xlsxRepo, 'xlsx'],
      [yamlRepo, 'yaml'],
    ] as const) {
      const r = cchc(['template', '--all', '--period', '2024Q2', '--format', format, '--out', 'submissions/2024Q2'], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect(readdirSync(join(xlsxRepo, 'submissions/2024Q2')).sort()).toEqual(KINDS.map((u) => `${u}.xlsx`).sort());
    for (const unit of KINDS) {
      const yamlFile = join(yamlRepo, 'submissions/2024Q2', `${unit}.yaml`);
      const template = readFileSync(yamlFile, 'utf8');
      const list = answers(plan, readYaml(new TextEncoder().encode(template)).data as Record<string, unknown>);
      const text = editYaml(template, list);
      writeFileSync(yamlFile, text);
      filled.set(unit, readYaml(new TextEncoder().encode(text)).data);
      const xlsxFile = join(xlsxRepo, 'submissions/2024Q2', `${unit}.xlsx`);
      const wb = await openWorkbook(readFileSync(xlsxFile));
      typeInto(wb, list);
      writeFileSync(xlsxFile, await saveWorkbook(wb));
    }
  });

  it('validate gives the same diagnostics (codes and paths) for the Excel and the YAML submission of each unit', () => {
    const fromXlsx = validate(xlsxRepo);
    const fromYaml = validate(yamlRepo);
    for (const unit of KINDS) {
      const x = byUnit(fromXlsx, unit);
      expect(x, unit).toEqual(byUnit(fromYaml, unit));
      expect(x.length, unit).toBeGreaterThan(0);
    }
    const codes = new Set(fromXlsx.map((d) => d.code));
    // A required value left empty in the form (or at its key in the YAML form) is an error at that place.
    for (const code of ['part-exceeds-whole', 'parts-sum-mismatch', 'empty-required-value', 'missing-lead-narrative', 'difficulty-without-cause', 'proposal-without-addressee']) {
      expect(codes).toContain(code);
    }
    for (const d of fromXlsx) {
      expect(d.line).toBeNull();
      if (d.path.startsWith('/areas/') || d.path === '/submitted') {
        expect(String(d.cell), `${d.code} ${d.path}`).toMatch(/^(Chỉ tiêu|Nhiệm vụ|Thuyết minh|Thông tin chung)![A-Z]+\d+$/);
      }
    }
    for (const d of fromYaml) expect(d.cell).toBeNull();
  });

  it('convert --to yaml gives the same data as the YAML submission', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-conv-'));
    for (const unit of KINDS) {
      const target = join(out, `${unit}.yaml`);
      const r = cchc(['convert', `submissions/2024Q2/${unit}.xlsx`, '--to', 'yaml', '--out', target], { cwd: xlsxRepo });
      expect(r.stderr, unit).toBe('');
      expect(r.code, unit).toBe(0);
      const text = readFileSync(target, 'utf8');
      expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
      expect(withoutBlankItems(readYaml(new TextEncoder().encode(text)).data), unit).toEqual(withoutBlankItems(filled.get(unit)));
    }
  });

  it('convert --to xlsx and back loses nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-conv-'));
    for (const unit of KINDS) {
      const xlsx = join(out, `${unit}.xlsx`);
      const back = join(out, `${unit}.yaml`);
      expect(cchc(['convert', `submissions/2024Q2/${unit}.yaml`, '--to', 'xlsx', '--out', xlsx], { cwd: yamlRepo }).code).toBe(0);
      expect(cchc(['convert', xlsx, '--to', 'yaml', '--out', back, '--repo', yamlRepo]).code).toBe(0);
      expect(withoutBlankItems(readYaml(readFileSync(back)).data), unit).toEqual(withoutBlankItems(filled.get(unit)));
    }
  });
});
