import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { escapesRepository, isWithin } from '../util/read-input.js';
import { readRepoFile } from './read-repo-file.js';
import { visible } from '../render/terminal-text.js';
import type { KindInfo, Plan } from '../plan/model.js';
import type { RepoConfig, Unit } from './model.js';
import { DEFAULT_CONFIG } from './model.js';
import { DEFAULT_PLAN_PATH, cachedPlan } from '../plan/load.js';
import { checkPlanText } from '../plan/check.js';
import { planEntries, registryPlan, type DatedPlan } from './plans-by-date.js';
import { readYaml } from '../read/yaml.js';
import { staticChecks } from '../validate/ajv.js';
import { checksForPlan } from '../validate/plan-checks.js';
import { repoMessages as m } from '../i18n/repo.js';
import { UsageError } from '../cli/errors.js';
import { planSchema } from '../schema/plan-schema.js';
import { configSchema } from '../schema/config-schema.js';
import { unitsSchema } from '../schema/units-schema.js';
import { checkConfigFile } from './config-check.js';
import { configRules, unitsRules } from './config-rules.js';
import type { Diagnostic } from '../model/diagnostic.js';

export const CONFIG_FILE = 'cchc.yaml';
export const UNITS_FILE = 'units.yaml';
export const SUBMISSIONS_DIR = 'submissions';

/** A report repository: its configuration, units and plans, checked and ready. */
export interface Repository {
  root: string;
  config: RepoConfig;
  units: Unit[];
  /** The latest plan (the only one, unless cchc.yaml changes plan at a date: see `plans`). */
  plan: Plan;
  /** Absolute path of the latest plan's file. */
  planFile: string;
  /** Every plan with the day it applies from, in order (see plans-by-date.ts). */
  plans: DatedPlan[];
  /** Absolute paths of every plan file. */
  planFiles: string[];
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
function requireInside(root: string, key: 'plan' | 'plans' | 'templates', value: string | undefined): void {
  if (value === undefined) return;
  const target = resolve(root, value);
  const outside = isAbsolute(value) || !isWithin(root, target) ? target : escapesRepository(root, target);
  if (outside !== null) throw new UsageError(m.t('config-path-outside', { file: CONFIG_FILE, key, value: visible(value), target: visible(outside) }));
}

const MAX_LISTED = 10;

/** Where a file is, as the user is shown it: relative to the working folder when inside it. */
function shownFile(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}

/**
 * Errors in cchc.yaml, units.yaml or the plan: no command can go on. The
 * diagnostics are those `cchc validate` prints for a submission (file, line,
 * column, code); other commands print the message, a list of them (exit 2).
 */
export class ConfigFileError extends UsageError {
  /** The repository whose files these are, once known. */
  root: string | null = null;
  constructor(readonly diagnostics: Diagnostic[]) {
    super(configProblemsText(diagnostics));
    this.name = 'ConfigFileError';
  }
}

function configProblemsText(diagnostics: readonly Diagnostic[]): string {
  const byFile = new Map<string, string[]>();
  for (const d of diagnostics) {
    const where = d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
    byFile.set(d.file, [...(byFile.get(d.file) ?? []), `${where}: ${d.message}`]);
  }
  return [...byFile]
    .map(([file, lines]) => {
      const listed = lines.slice(0, MAX_LISTED);
      if (lines.length > MAX_LISTED) listed.push(m.t('more', { count: lines.length - MAX_LISTED }));
      // One line a problem, each beginning with cchc's own mark: a key or value quoted in it cannot start a line of its own.
      return m.t('invalid-file', { file: visible(file), problems: listed.map((l) => `  - ${visible(l)}`).join('\n') });
    })
    .join('\n');
}

const errorsIn = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');

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
    basis: raw.basis ?? DEFAULT_CONFIG.basis,
  };
}

/** Loads a plan file (the bundled one when `file` is the default path); its mistakes, each at its line, are a UsageError. */
export async function loadPlanFile(file: string, shown: string, root?: string): Promise<Plan> {
  const bytes = readBytes(file, shown, root);
  const cached = cachedPlan(bytes);
  if (cached) return cached;
  const { plan, findings } = await checkPlanText(bytes);
  if (plan) return plan;
  throw new ConfigFileError(
    findings.map((f) => ({ severity: 'error', code: f.code, message: f.message, file: shown, line: f.line, column: f.column, cell: null, path: f.path })),
  );
}

/** Loads and checks cchc.yaml, the plan and units.yaml of the repository at `root`. */
export async function loadRepository(root: string): Promise<Repository> {
  try {
    return await loadChecked(root);
  } catch (err) {
    if (err instanceof ConfigFileError) err.root ??= root;
    throw err;
  }
}

async function loadChecked(root: string): Promise<Repository> {
  const configPath = join(root, CONFIG_FILE);
  if (!existsSync(configPath)) throw new UsageError(m.t('no-repo', { dir: root }));
  const schema = configSchema();
  const checks = await staticChecks({ config: schema, plan: planSchema() });
  const configFile = shownFile(configPath);
  const configCheck = checkConfigFile(readBytes(configPath, configFile, root), {
    kind: 'config',
    file: configFile,
    schema,
    check: checks.config,
    rules: configRules,
  });
  // A placeholder left in a name does not keep the other files from being checked; anything else does.
  if (configCheck.data === undefined || errorsIn(configCheck.diagnostics).some((d) => d.code !== 'config-placeholder')) {
    throw new ConfigFileError(configCheck.diagnostics);
  }
  const config = withDefaults(configCheck.data as RepoConfig);
  requireInside(root, 'plan', config.plan);
  for (const p of config.plans ?? []) requireInside(root, 'plans', p.file);
  requireInside(root, 'templates', config.templates);
  const loaded: { from: string | null; plan: Plan; file: string }[] = [];
  try {
    for (const entry of planEntries(config)) {
      const file = entry.file ? resolve(root, entry.file) : DEFAULT_PLAN_PATH;
      loaded.push({ from: entry.from, file, plan: await loadPlanFile(file, entry.file ? shownFile(file) : relative(root, file), entry.file ? root : undefined) });
    }
  } catch (err) {
    // cchc.yaml's own placeholders are listed with the plan's problems, not after they are fixed.
    if (err instanceof ConfigFileError) throw new ConfigFileError([...configCheck.diagnostics, ...err.diagnostics]);
    throw err;
  }
  // One plan standing for all where units are described: every area a unit may lead, every kind and role.
  const plan = registryPlan(loaded);
  const unitsPath = join(root, UNITS_FILE);
  if (!existsSync(unitsPath)) throw new UsageError(m.t('missing-file', { file: UNITS_FILE, dir: root }));
  // units.yaml may declare kinds of its own (a repository's wards, special zones…): they join the plan's before its units are checked.
  const unitsFile = shownFile(unitsPath);
  const unitsBytes = readBytes(unitsPath, unitsFile, root);
  const unitsData = readYaml(unitsBytes).data;
  const withKinds = withRepositoryKinds(plan, unitsData);
  const pchecks = await checksForPlan(withKinds);
  const unitsCheck = checkConfigFile(unitsBytes, {
    kind: 'units',
    file: unitsFile,
    schema: unitsSchema(withKinds),
    check: pchecks.units,
    rules: unitsRules,
  });
  const problems = [...configCheck.diagnostics, ...unitsCheck.diagnostics];
  if (errorsIn(problems).length) throw new ConfigFileError(problems);
  const units = (unitsCheck.data as { units: Unit[] }).units.map((u) => ({ ...u, leads: u.leads ?? [] }));
  // Each plan gets the kinds units.yaml declares.
  const plans = loaded.map((p) => ({ ...p, plan: withRepositoryKinds(p.plan, unitsData) }));
  const latest = plans[plans.length - 1]!;
  return { root, config, units, plan: latest.plan, planFile: latest.file, plans, planFiles: plans.map((p) => p.file) };
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
