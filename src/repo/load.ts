import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plan } from '../plan/model.js';
import type { RepoConfig, Unit } from './model.js';
import { DEFAULT_CONFIG } from './model.js';
import { DEFAULT_PLAN_PATH, planFromData, PlanError, cachedPlan } from '../plan/load.js';
import { readYaml } from '../read/yaml.js';
import type { ReadResult } from '../read/types.js';
import { staticChecks, planChecks, type SchemaCheck } from '../validate/ajv.js';
import { schemaFindings } from '../validate/schema-findings.js';
import { diagnosticMessages } from '../i18n/diagnostics.js';
import { repoMessages as m } from '../i18n/repo.js';
import { UsageError } from '../cli/errors.js';
import { planSchema } from '../schema/plan-schema.js';
import { configSchema } from '../schema/config-schema.js';
import { submissionSchema } from '../schema/submission-schema.js';
import { unitsSchema } from '../schema/units-schema.js';

export const CONFIG_FILE = 'cchc.yaml';
export const UNITS_FILE = 'units.yaml';
export const SUBMISSIONS_DIR = 'submissions';

/** A report repository: its configuration, units and plan, checked and ready. */
export interface Repository {
  root: string;
  config: RepoConfig;
  units: Unit[];
  plan: Plan;
  /** Absolute path of the plan file in use. */
  planFile: string;
}

/** The nearest folder at or above `start` that holds a cchc.yaml. */
export function findRepositoryRoot(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function readBytes(file: string, shown: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (err) {
    const detail = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'không tồn tại / not found' : String(err);
    throw new UsageError(m.t('cannot-read', { file: shown, detail }));
  }
}

const MAX_LISTED = 10;

function fail(shown: string, lines: string[]): never {
  const listed = lines.slice(0, MAX_LISTED);
  if (lines.length > MAX_LISTED) listed.push(m.t('more', { count: lines.length - MAX_LISTED }));
  throw new UsageError(m.t('invalid-file', { file: shown, problems: listed.map((l) => `  ${l}`).join('\n') }));
}

/** Reads a YAML file of the repository and checks it; any problem is a UsageError. */
function readChecked(file: string, shown: string, check: SchemaCheck, plan: Plan | null): unknown {
  const result: ReadResult = readYaml(readBytes(file, shown));
  const lines: string[] = [];
  const where = (line: number | null, column: number | null) => (line === null ? shown : `${shown}:${line}:${column ?? 1}`);
  for (const p of result.problems) {
    lines.push(`${where(p.line, p.column)}: ${p.message ?? diagnosticMessages.t(p.code as never, p.params)}`);
  }
  if (result.data === undefined) fail(shown, lines.length ? lines : [shown]);
  const errors = check(result.data);
  if (errors.length) {
    const findings = schemaFindings(errors, result.data, plan ?? EMPTY_PLAN);
    for (const f of findings) {
      const pos = result.locator.locate(f.path, f.target);
      lines.push(`${where(pos.line, pos.column)}: ${diagnosticMessages.t(f.code, f.params)}`);
    }
  }
  if (lines.length) fail(shown, lines);
  return result.data;
}

const EMPTY_PLAN: Plan = {
  id: '',
  version: '',
  title: '',
  issuer: '',
  fromYear: 0,
  toYear: 0,
  levels: {},
  levelNames: {},
  areas: [],
  indicators: [],
  tasks: [],
};

function withDefaults(raw: Partial<RepoConfig> & Pick<RepoConfig, 'body' | 'signer'>): RepoConfig {
  return {
    ...raw,
    body: { ...raw.body, parent: raw.body.parent ?? '', symbol: raw.body.symbol ?? 'BC-UBND' },
    recipients: raw.recipients ?? DEFAULT_CONFIG.recipients,
    due: { ...DEFAULT_CONFIG.due, ...raw.due },
    cutoffDay: raw.cutoffDay ?? DEFAULT_CONFIG.cutoffDay,
    baselines: raw.baselines ?? DEFAULT_CONFIG.baselines,
    validation: { ...DEFAULT_CONFIG.validation, ...raw.validation },
  };
}

/** Loads a plan file (the bundled one when `file` is the default path). */
export async function loadPlanFile(file: string, shown: string): Promise<Plan> {
  const cached = cachedPlan(readBytes(file, shown));
  if (cached) return cached;
  const checks = await staticChecks({ config: configSchema(), plan: planSchema() });
  const data = readChecked(file, shown, checks.plan, null);
  try {
    return planFromData(data);
  } catch (err) {
    if (err instanceof PlanError) {
      throw new UsageError(m.t('plan-inconsistent', { file: shown, problems: err.problems.map((p) => `  ${p}`).join('\n') }));
    }
    throw err;
  }
}

/** Loads and checks cchc.yaml, the plan and units.yaml of the repository at `root`. */
export async function loadRepository(root: string): Promise<Repository> {
  const configPath = join(root, CONFIG_FILE);
  if (!existsSync(configPath)) throw new UsageError(m.t('no-repo', { dir: root }));
  const checks = await staticChecks({ config: configSchema(), plan: planSchema() });
  const config = withDefaults(readChecked(configPath, CONFIG_FILE, checks.config, null) as RepoConfig);
  const planFile = config.plan ? resolve(root, config.plan) : DEFAULT_PLAN_PATH;
  const plan = await loadPlanFile(planFile, config.plan ?? relative(root, planFile));
  const unitsPath = join(root, UNITS_FILE);
  if (!existsSync(unitsPath)) throw new UsageError(m.t('missing-file', { file: UNITS_FILE, dir: root }));
  const pchecks = await planChecks({ submission: submissionSchema(plan), units: unitsSchema(plan.areas.map((a) => a.id)) });
  const unitsData = readChecked(unitsPath, UNITS_FILE, pchecks.units, plan) as { units: Unit[] };
  const units = unitsData.units.map((u) => ({ ...u, leads: u.leads ?? [] }));
  const seen = new Set<string>();
  const dups: string[] = [];
  for (const u of units) {
    if (seen.has(u.id)) dups.push(m.t('duplicate-unit', { id: u.id }));
    seen.add(u.id);
  }
  if (dups.length) fail(UNITS_FILE, dups);
  return { root, config, units, plan, planFile };
}
