import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, cchc } from '../helpers/cli.js';
import { BASE_REPO, FIXTURES, tempRepo } from '../helpers/fixture-repo.js';

const ONE_FILE = 'submissions/2024Q1/xa-an-binh.yaml';

/** Runs the CLI and returns the CommonJS modules it loaded. */
function loadedModules(args: string[], cwd: string, env: Record<string, string> = {}): { code: number; modules: string[]; stderr: string } {
  const record = join(mkdtempSync(join(tmpdir(), 'cchc-modules-')), 'modules.json');
  const r = spawnSync(process.execPath, ['-r', join(FIXTURES, 'startup/record-modules.cjs'), BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', CCHC_RECORD_MODULES: record, CCHC_DEBUG: '1', ...env },
    encoding: 'utf8',
  });
  const { modules } = JSON.parse(readFileSync(record, 'utf8')) as { modules: string[] };
  return { code: r.status ?? -1, modules, stderr: r.stderr };
}

describe('start-up of the built CLI', () => {
  it('runs the bundle, with a code cache the build made for it', () => {
    const bundle = readFileSync(join(ROOT, 'dist/cchc.cjs'), 'utf8');
    const id = /^\/\/ cchc-build (\w+)/.exec(bundle)?.[1];
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(existsSync(join(ROOT, `dist/cchc-${id}.v8cache`))).toBe(true);
    const r = loadedModules(['validate', ONE_FILE], BASE_REPO);
    expect(r.code).toBe(0);
    // CCHC_DEBUG makes bin/cchc say when V8 refuses the cache.
    expect(r.stderr).toBe('');
    expect(r.modules.some((m) => m.endsWith('dist/cli/main.js'))).toBe(false);
  });

  it('loads neither exceljs, docx nor ajv to validate YAML with the bundled plan', () => {
    const r = loadedModules(['validate', ONE_FILE], BASE_REPO);
    expect(r.code).toBe(0);
    const heavy = r.modules.filter((m) => /node_modules[\\/](exceljs|docx|ajv|ajv-formats)[\\/]/.test(m));
    expect(heavy).toEqual([]);
  });

  it('compiles with ajv, loaded on demand, for a plan of its own', () => {
    const plan = readFileSync(join(ROOT, 'plans/tu-ky-2021-2025.yaml'), 'utf8').replace(/^version: "([^"]*)"/m, 'version: "$1-local"');
    const config = readFileSync(join(BASE_REPO, 'cchc.yaml'), 'utf8');
    const withPlan = tempRepo({ 'my-plan.yaml': plan, 'cchc.yaml': `${config}plan: my-plan.yaml\n` });
    const r = loadedModules(['validate', ONE_FILE], withPlan);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.modules.some((m) => /node_modules[\\/]ajv[\\/]/.test(m))).toBe(true);
  });

  it('gives the same output from the bundle and from the module build', () => {
    const args = ['validate', '--format', 'json', '--lang', 'en'];
    const root = tempRepo({ 'submissions/2024Q3/xa-an-binh.yaml': 'unit: xa-an-binh\nperiod: 2024Q2\nsubmitted: 2024-13-01\n' });
    const bundled = cchc(args, { cwd: root });
    const modular = cchc(args, { cwd: root, env: { CCHC_MODULE_BUILD: '1' } });
    expect(bundled.code).toBe(1);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(modular.stdout));
    expect(bundled.stderr).toBe(modular.stderr);
  });
});
