import { dirname, relative } from 'node:path';
import { planMessages as m } from '../i18n/plan.js';
import { MAX_CONFIG_BYTES } from '../repo/load.js';
import { DEFAULT_PLAN_PATH } from '../plan/load.js';
import { checkPlanText } from '../plan/check.js';
import { readRepoFile } from '../repo/read-repo-file.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { visible } from '../render/terminal-text.js';

/** What checking one plan file gives: its mistakes as diagnostics, and for a valid plan a line saying what it holds. */
export interface PlanFileCheck {
  diagnostics: Diagnostic[];
  summary: string | null;
}

/**
 * One plan file checked as `cchc plan check` and `cchc validate PLAN` check it:
 * read through the guarded reader inside the repository (`root`; for a plan
 * outside any repository, inside its own folder), every mistake a diagnostic
 * at its line, shown as `shown`.
 */
export async function checkPlanFile(abs: string, shown: string, root: string | null): Promise<PlanFileCheck> {
  const inside = root !== null && !relative(root, abs).startsWith('..') ? root : abs === DEFAULT_PLAN_PATH ? undefined : dirname(abs);
  const bytes = readRepoFile(abs, shown, { ...(inside !== undefined ? { root: inside } : {}), maxBytes: MAX_CONFIG_BYTES });
  const { plan, findings } = await checkPlanText(bytes);
  const diagnostics: Diagnostic[] = findings.map((f) => ({
    severity: 'error',
    code: f.code,
    message: f.message,
    file: shown,
    line: f.line,
    column: f.column,
    cell: null,
    path: f.path,
  }));
  if (!plan) return { diagnostics, summary: null };
  const targets = plan.indicators.flatMap((i) => i.targets);
  const summary = m.t('check.ok', {
    file: visible(shown),
    areas: plan.areas.length,
    indicators: plan.indicators.length,
    targets: targets.length,
    notes: targets.filter((t) => t.note).length,
    cited: targets.filter((t) => t.cite).length,
    tasks: plan.tasks.length,
  });
  return { diagnostics, summary };
}
