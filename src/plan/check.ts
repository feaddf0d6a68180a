import type { Plan } from './model.js';
import { planFromData, PlanError } from './load.js';
import { readYaml } from '../read/yaml.js';
import { staticChecks } from '../validate/ajv.js';
import { configFieldName, configFindings } from '../validate/config-findings.js';
import { diagnosticMessages } from '../i18n/diagnostics.js';
import { placeholderIn } from '../repo/config-rules.js';
import { configSchema } from '../schema/config-schema.js';
import { planSchema } from '../schema/plan-schema.js';
import { toPointer } from '../model/submission.js';

/** One mistake in a plan file, where it is. */
export interface PlanFinding {
  code: 'plan-syntax' | 'plan-schema' | 'plan-inconsistent' | 'config-placeholder';
  message: string;
  /** 1-based; null when the place is unknown. */
  line: number | null;
  column: number | null;
  /** JSON pointer of the data path: /indicators/12/targets/0/minRating. */
  path: string;
}

/** A plan with no content, for messages that need one before the plan is known. */
export function emptyPlan(): Plan {
  return {
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
    scales: {},
    sources: [],
    kinds: [],
    kindLists: {},
    kindNames: {},
    roles: {},
  };
}

/**
 * Checks a plan file's text the way every command loading it does: YAML
 * syntax, the plan schema, then the plan's consistency (references, kinds,
 * roles, thresholds fitting their indicators); every finding at its line.
 * The plan when there is none.
 */
export async function checkPlanText(bytes: Uint8Array): Promise<{ plan: Plan | null; findings: PlanFinding[] }> {
  const read = readYaml(bytes);
  const findings: PlanFinding[] = read.problems.map((p) => ({
    code: 'plan-syntax',
    message: p.message ?? diagnosticMessages.t(p.code as never, p.params),
    line: p.line,
    column: p.column,
    path: p.path,
  }));
  if (read.data === undefined) return { plan: null, findings };
  const checks = await staticChecks({ config: configSchema(), plan: planSchema() });
  const errors = checks.plan(read.data);
  if (errors.length) {
    for (const f of configFindings(errors, read.data, planSchema(), configFieldName('plan', read.data))) {
      const pos = read.locator.locate(f.path, f.target);
      findings.push({ code: 'plan-schema', message: diagnosticMessages.t(f.code, f.params), line: pos.line, column: pos.column, path: toPointer(f.path) });
    }
  }
  if (findings.length) return { plan: null, findings };
  // A plan copied by `cchc init` before the body's names were known keeps placeholders where its title
  // and issuer go; the report would cite them ("Thực hiện [Tên kế hoạch …]").
  for (const key of ['title', 'issuer'] as const) {
    const value = (read.data as Record<string, unknown>)[key];
    const placeholder = typeof value === 'string' ? placeholderIn(value) : null;
    if (placeholder === null) continue;
    const pos = read.locator.locate([key]);
    const message = diagnosticMessages.t('config-placeholder', { name: `"${key}"`, placeholder });
    findings.push({ code: 'config-placeholder', message, line: pos.line, column: pos.column, path: toPointer([key]) });
  }
  if (findings.length) return { plan: null, findings };
  try {
    return { plan: planFromData(read.data), findings };
  } catch (err) {
    if (!(err instanceof PlanError)) throw err;
    for (const p of err.problems) {
      const pos = read.locator.locate(p.path);
      findings.push({ code: 'plan-inconsistent', message: p.message, line: pos.line, column: pos.column, path: toPointer(p.path) });
    }
    return { plan: null, findings };
  }
}
