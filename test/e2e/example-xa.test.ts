/**
 * The second example repository: a commune under the two-level local
 * government (xã Tân Kỳ, thành phố Hải Phòng), its offices, public
 * administration service centre and schools as kinds its plan declares, and
 * a 2026–2030 plan whose every target cites its source document.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cchc, ROOT } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples/xa-tan-ky');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('examples/xa-tan-ky', () => {
  it('is what scripts/gen-example-xa.mjs makes today', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cchc-example-xa-')), 'xa');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-example-xa.mjs'), '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // What cchc itself leaves in a repository (report's cache, forms, reports) is not part of the example.
    const committed = filesUnder(EXAMPLE).filter((f) => !/^(out|bieu-mau|\.cchc-cache)\//.test(f));
    expect(filesUnder(out)).toEqual(committed);
    for (const f of committed) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(EXAMPLE, f), 'utf8'));
  });

  it('names, in every YAML file, a schema the repository has', () => {
    const yamlFiles = filesUnder(EXAMPLE).filter((f) => f.endsWith('.yaml') && !/^(out|bieu-mau|\.cchc-cache)\//.test(f));
    expect(yamlFiles.length).toBeGreaterThan(20);
    for (const f of yamlFiles) {
      const ref = /^# yaml-language-server: \$schema=(\S+)$/.exec(readFileSync(join(EXAMPLE, f), 'utf8').split('\n')[0]!)?.[1];
      expect(ref, f).toBeDefined();
      expect(existsSync(join(EXAMPLE, dirname(f), ref!)), `${f} -> ${ref}`).toBe(true);
    }
    // The submissions' schema is the commune's plan's, not the bundled plan's.
    const schema = JSON.parse(readFileSync(join(EXAMPLE, 'schemas/submission.schema.json'), 'utf8')) as { 'x-plan': { id: string } };
    expect(schema['x-plan'].id).toBe('xa-tan-ky-2026-2030');
  });

  it('starts a new repository with cchc init --from-example, its plan included', () => {
    const repo = join(mkdtempSync(join(tmpdir(), 'cchc-init-xa-')), 'kho');
    const init = cchc(['init', repo, '--name', 'UBND xã Tân Kỳ', '--parent', 'UBND thành phố Hải Phòng', '--place', 'Tân Kỳ', '--signer', 'Phạm Văn Hùng', '--from-example', 'xa-tan-ky']);
    expect(init.code, init.stderr).toBe(0);
    const planPath = /^plan: "?([^"\s]+)"?$/m.exec(readFileSync(join(repo, 'cchc.yaml'), 'utf8'))?.[1];
    expect(planPath).toBe('ke-hoach/ke-hoach-cchc.yaml');
    const plan = readFileSync(join(repo, planPath!), 'utf8');
    expect(plan.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    expect(plan.split('\n').slice(1)).toEqual(readFileSync(join(EXAMPLE, 'plans/xa-tan-ky-2026-2030.yaml'), 'utf8').split('\n').slice(1));
    const schema = JSON.parse(readFileSync(join(repo, 'schemas/submission.schema.json'), 'utf8')) as { 'x-plan': { id: string } };
    expect(schema['x-plan'].id).toBe('xa-tan-ky-2026-2030');
    // The units (of the kinds the plan declares) load, and a unit's report of the example checks clean there.
    cpSync(join(EXAMPLE, 'submissions/2026Q1/trung-tam-phuc-vu-hcc.yaml'), join(repo, 'submissions/2026Q1/trung-tam-phuc-vu-hcc.yaml'), { recursive: true });
    const v = cchc(['validate', '--format', 'json'], { cwd: repo });
    expect(v.code, v.stderr).toBe(0);
    expect((JSON.parse(v.stdout) as { diagnostics: unknown[] }).diagnostics).toEqual([]);
    expect(cchc(['template', '--all', '--period', '2026Q2'], { cwd: repo }).code).toBe(0);
  });

  it('has a valid plan in which every target cites a document of its sources', () => {
    const r = cchc(['plan', 'check'], { cwd: EXAMPLE });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/plans\/xa-tan-ky-2026-2030\.yaml: kế hoạch hợp lệ — 6 lĩnh vực, \d+ chỉ tiêu, 12 mục tiêu \(\d+ có ghi cách hiểu, 12 có nguồn\)/);
    const plan = parse(readFileSync(join(EXAMPLE, 'plans/xa-tan-ky-2026-2030.yaml'), 'utf8')) as {
      sources: { id: string; title: string }[];
      indicators: { id: string; targets?: { cite?: { source: string; at?: string } }[]; breakdown?: { targets?: { cite?: { source: string } }[] } }[];
    };
    const targets = plan.indicators.flatMap((i) => [...(i.targets ?? []), ...(i.breakdown?.targets ?? [])].map((t) => ({ id: i.id, t })));
    for (const { id, t } of targets) {
      expect(t.cite, id).toBeDefined();
      expect(plan.sources.map((s) => s.id), id).toContain(t.cite!.source);
      expect(t.cite!.at, id).toBeTruthy();
    }
    // Each source is cited, with its number and date.
    for (const s of plan.sources) {
      expect(targets.some(({ t }) => t.cite?.source === s.id), s.id).toBe(true);
      expect(s.title, s.id).toMatch(/(số \d+\/[^ ]+ ngày \d{2}\/\d{1,2}\/\d{4})|(Nghị quyết số 71\/NQ-CP ngày 01\/4\/2025)/);
    }
  });

  it('validates, reports its status and consolidates under the commune\'s own kinds', () => {
    const v = cchc(['validate', '--format', 'json', '--fail-on', 'info'], { cwd: EXAMPLE });
    expect(JSON.parse(v.stdout).diagnostics).toEqual([]);
    expect(v.code).toBe(0);
    const s = cchc(['status', '--period', '2026Q2'], { cwd: EXAMPLE });
    expect(s.stdout).toMatch(/Trường Trung học cơ sở Tân Kỳ\s+Trường\s+Trễ hạn 3 ngày/);
    const out = mkdtempSync(join(tmpdir(), 'cchc-example-xa-out-'));
    const r = cchc(['report', '--period', '2026Q3', '--format', 'json', '--out', out], { cwd: EXAMPLE });
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(readFileSync(join(out, 'bao-cao-cchc-2026Q3.json'), 'utf8')) as {
      plan: { id: string };
      kinds: { name: string }[];
      indicators: { id: string; breakdownOf: { label: string } | null; targets: { status: string; cite: { title: string; at: string } | null }[] }[];
      taskLeads: { name: string; tasks: number }[];
    };
    expect(c.plan.id).toBe('xa-tan-ky-2026-2030');
    expect(c.kinds.map((k) => k.name)).toEqual(['Các phòng chuyên môn, Trung tâm Phục vụ hành chính công', 'Các trường học']);
    const target = (id: string) => c.indicators.find((i) => i.id === id)!.targets;
    expect(target('ty-le-cap-nhat-trang-thai')).toMatchObject([{ status: 'met', cite: { title: expect.stringMatching(/^Quyết định số 5256\/QĐ-UBND ngày 26\/12\/2025/) } }]);
    expect(target('ty-le-tthc-toan-trinh')).toMatchObject([{ status: 'not-due', cite: { title: expect.stringMatching(/^Quyết định số 282\/QĐ-TTg ngày 12\/02\/2026/) } }]);
    // The rate by sector: the sectors' rates exist, their targets apply from 2028 (none yet in 2026).
    expect(c.indicators.filter((i) => i.breakdownOf && i.id.startsWith('ty-le-')).map((i) => i.breakdownOf!.label)).toEqual(['lĩnh vực đất đai', 'lĩnh vực xây dựng', 'lĩnh vực đầu tư']);
    expect(c.taskLeads.map((l) => l.name)).toContain('Trung tâm Phục vụ hành chính công xã');
  });
});
