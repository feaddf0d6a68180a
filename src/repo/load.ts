import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { escapesRepository, isWithin } from '../util/read-input.js';
import { readRepoFile } from './read-repo-file.js';
import { visible } from '../render/terminal-text.js';
import type { KindInfo, Plan } from '../plan/model.js';
import type { RepoConfig, Unit } from './model.js';
import { DEFAULT_CONFIG } from './model.js';
import { DEFAULT_PLAN_PATH, cachedPlan } from '../plan/load.js';
import { checkPlanText, emptyPlan } from '../plan/check.js';
import { readYaml } from '../read/yaml.js';
import type { ReadResult } from '../read/types.js';
import { staticChecks, type SchemaCheck } from '../validate/ajv.js';
import { checksForPlan } from '../validate/plan-checks.js';
import { schemaFindings } from '../validate/schema-findings.js';
import { diagnosticMessages } from '../i18n/diagnostics.js';
import { repoMessages as m } from '../i18n/repo.js';
import { UsageError } from '../cli/errors.js';
import { planSchema } from '../schema/plan-schema.js';
import { configSchema } from '../schema/config-schema.js';

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

/** Configuration files (cchc.yaml, units.yaml, plans) larger than this are refused. */
export const MAX_CONFIG_BYTES = 10 * 1024 * 1024;

/** Reads a file of the repository (or the bundled plan); inside `root`, never through a link leading outside it. */
function readBytes(file: string, shown: string, root?: string): Uint8Array {
  return readRepoFile(file, shown, { ...(root !== undefined ? { root } : {}), maxBytes: MAX_CONFIG_BYTES });
}

/**
 * `plan:` and `templates:` in cchc.yaml name files inside the repository: a
 * repository is shared through git, and a path it carries must not make cchc
 * read (and echo in its messages) files elsewhere on the machine.
 */
function requireInside(root: string, key: 'plan' | 'templates', value: string | undefined): void {
  if (value === undefined) return;
  const target = resolve(root, value);
  const outside = isAbsolute(value) || !isWithin(root, target) ? target : escapesRepository(root, target);
  if (outside !== null) throw new UsageError(m.t('config-path-outside', { file: CONFIG_FILE, key, value: visible(value), target: visible(outside) }));
}

const MAX_LISTED = 10;

function fail(shown: string, lines: string[]): never {
  const listed = lines.slice(0, MAX_LISTED);
  if (lines.length > MAX_LISTED) listed.push(m.t('more', { count: lines.length - MAX_LISTED }));
  // One line a problem, each beginning with cchc's own mark: a key or value quoted in it cannot start a line of its own.
  throw new UsageError(m.t('invalid-file', { file: visible(shown), problems: listed.map((l) => `  - ${visible(l)}`).join('\n') }));
}

/** Reads a YAML file of the repository and checks it; any problem is a UsageError. */
function readChecked(file: string, shown: string, check: SchemaCheck, plan: Plan | null, root?: string): unknown {
  return checkRead(readYaml(readBytes(file, shown, root)), shown, check, plan);
}

/** Checks a YAML file already read; any problem is a UsageError. */
function checkRead(result: ReadResult, shown: string, check: SchemaCheck, plan: Plan | null): unknown {
  const lines: string[] = [];
  const where = (line: number | null, column: number | null) => (line === null ? shown : `${shown}:${line}:${column ?? 1}`);
  for (const p of result.problems) {
    lines.push(`${where(p.line, p.column)}: ${p.message ?? diagnosticMessages.t(p.code as never, p.params)}`);
  }
  if (result.data === undefined) fail(shown, lines.length ? lines : [shown]);
  const errors = check(result.data);
  if (errors.length) {
    const findings = schemaFindings(errors, result.data, plan ?? emptyPlan());
    for (const f of findings) {
      const pos = result.locator.locate(f.path, f.target);
      lines.push(`${where(pos.line, pos.column)}: ${diagnosticMessages.t(f.code, f.params)}`);
    }
  }
  if (lines.length) fail(shown, lines);
  return result.data;
}


function withDefaults(raw: Partial<RepoConfig> & Pick<RepoConfig, 'body' | 'signer'>): RepoConfig {
  return {
    ...raw,
    body: { ...raw.body, parent: raw.body.parent ?? '', symbol: raw.body.symbol ?? 'BC-UBND' },
    recipients: raw.recipients ?? DEFAULT_CONFIG.recipients,
    due: { ...DEFAULT_CONFIG.due, ...raw.due },
    cutoffDay: raw.cutoffDay ?? DEFAULT_CONFIG.cutoffDay,
    finalDays: raw.finalDays ?? DEFAULT_CONFIG.finalDays,
    lateness: raw.lateness ?? DEFAULT_CONFIG.lateness,
    baselines: raw.baselines ?? DEFAULT_CONFIG.baselines,
    validation: { ...DEFAULT_CONFIG.validation, ...raw.validation },
  };
}

/** Loads a plan file (the bundled one when `file` is the default path); its mistakes, each at its line, are a UsageError. */
export async function loadPlanFile(file: string, shown: string, root?: string): Promise<Plan> {
  const bytes = readBytes(file, shown, root);
  const cached = cachedPlan(bytes);
  if (cached) return cached;
  const { plan, findings } = await checkPlanText(bytes);
  if (plan) return plan;
  fail(shown, findings.map((f) => `${f.line === null ? shown : `${shown}:${f.line}:${f.column ?? 1}`}: ${f.message}`));
}

/** Loads and checks cchc.yaml, the plan and units.yaml of the repository at `root`. */
export async function loadRepository(root: string): Promise<Repository> {
  const configPath = join(root, CONFIG_FILE);
  if (!existsSync(configPath)) throw new UsageError(m.t('no-repo', { dir: root }));
  const checks = await staticChecks({ config: configSchema(), plan: planSchema() });
  const config = withDefaults(readChecked(configPath, CONFIG_FILE, checks.config, null, root) as RepoConfig);
  requireInside(root, 'plan', config.plan);
  requireInside(root, 'templates', config.templates);
  const planFile = config.plan ? resolve(root, config.plan) : DEFAULT_PLAN_PATH;
  const plan = await loadPlanFile(planFile, config.plan ?? relative(root, planFile), config.plan ? root : undefined);
  const unitsPath = join(root, UNITS_FILE);
  if (!existsSync(unitsPath)) throw new UsageError(m.t('missing-file', { file: UNITS_FILE, dir: root }));
  // units.yaml may declare kinds of its own (a repository's wards, special zones…): they join the plan's before its units are checked.
  const unitsRead = readYaml(readBytes(unitsPath, UNITS_FILE, root));
  const withKinds = withRepositoryKinds(plan, unitsRead.data);
  const pchecks = await checksForPlan(withKinds);
  const unitsData = checkRead(unitsRead, UNITS_FILE, pchecks.units, withKinds) as { units: Unit[] };
  const units = unitsData.units.map((u) => ({ ...u, leads: u.leads ?? [] }));
  const seen = new Set<string>();
  const dups: string[] = [];
  for (const u of units) {
    if (seen.has(u.id)) dups.push(m.t('duplicate-unit', { id: u.id }));
    seen.add(u.id);
  }
  if (dups.length) fail(UNITS_FILE, dups);
  return { root, config, units, plan: withKinds, planFile };
}

/**
 * The plan with the kinds units.yaml declares (`kinds: [{ id, name, group?,
 * groupName? }]`) added after its own; a kind the plan has keeps the plan's.
 * Anything malformed is left for the units schema to report.
 */
function withRepositoryKinds(plan: Plan, data: unknown): Plan {
  const declared = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as { kinds?: unknown }).kinds : undefined;
  if (!Array.isArray(declared)) return plan;
  const extra: KindInfo[] = [];
  for (const k of declared) {
    if (k === null || typeof k !== 'object') continue;
    const { id, name, group, groupName } = k as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || plan.kinds.some((p) => p.id === id) || extra.some((e) => e.id === id)) continue;
    const g = typeof group === 'string' ? group : id;
    extra.push({ id, name, group: g, groupName: typeof groupName === 'string' ? groupName : `Các ${name}` });
  }
  if (extra.length === 0) return plan;
  return { ...plan, kinds: [...plan.kinds, ...extra], kindNames: { ...plan.kindNames, ...Object.fromEntries(extra.map((k) => [k.id, k.name])) } };
}
