import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cchc } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixture-repo.js';

const REPO = join(FIXTURES, 'custom-plan-repo');

describe('a repository with its own plan (two-level government after 1 July 2025)', () => {
  it('validates against the schema generated from that plan: percentages stay within 0–100', () => {
    const r = cchc(['validate', '-f', 'json'], { cwd: REPO });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string; line: number; path: string }[] };
    expect(out.diagnostics.map((d) => [d.code, d.line, d.path])).toEqual([
      ['value-out-of-range', 9, '/areas/cqs/values/muc-do-so-hoa'],
    ]);
    expect(r.code).toBe(1);
  });

  it('writes that plan\'s schemas with cchc schema', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-schema-'));
    const r = cchc(['schema', '--out', out], { cwd: REPO });
    expect(r.code).toBe(0);
    const schema = JSON.parse(readFileSync(join(out, 'submission.schema.json'), 'utf8')) as {
      $defs: Record<string, { properties: { values: { properties: Record<string, { maximum?: number }> } } }>;
    };
    expect(Object.keys(schema.$defs).filter((k) => k.startsWith('area-'))).toEqual(['area-tthc', 'area-cqs']);
    expect(schema.$defs['area-cqs']!.properties.values.properties['muc-do-so-hoa']!.maximum).toBe(100);
  });

  it('reports a broken plan file at its line: validate finds it (exit 1), the other commands stop (exit 2)', () => {
    const root = mkdtempSync(join(tmpdir(), 'cchc-badplan-'));
    cpSync(REPO, root, { recursive: true });
    const plan = readFileSync(join(root, 'plans/xa-tu-ky-2025-2030.yaml'), 'utf8').replace('type: count', 'type: dem');
    writeFileSync(join(root, 'plans/xa-tu-ky-2025-2030.yaml'), plan);
    const r = cchc(['validate'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\.\/plans\/xa-tu-ky-2025-2030\.yaml\n  \d+:\d+ /);
    const report = cchc(['report', '--period', '2025Q3'], { cwd: root });
    expect(report.code).toBe(2);
    expect(report.stderr).toMatch(/plans\/xa-tu-ky-2025-2030\.yaml:\d+:\d+/);
  });
});
