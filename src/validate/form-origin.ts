import type { Plan } from '../plan/model.js';
import { NARRATIVE_KEYS, toPointer, type Locator } from '../model/submission.js';
import type { FormOrigin } from '../read/types.js';
import { diagnosticWords as w, type DiagnosticCode } from '../i18n/diagnostics.js';
import { formatNumber } from '../util/vi-format.js';
import { planIndex } from './plan-index.js';

/** Rows named in the message at most; the rest are counted. */
const ROWS_NAMED = 10;

/** What the check says about a form made from another plan (or plan version). */
export interface FormOriginFinding {
  severity: 'error' | 'warning';
  code: DiagnosticCode;
  params: Record<string, string>;
  /**
   * Data paths (JSON pointers) of filled rows the current plan does not have.
   * The finding names them, so the schema's "unknown indicator" for each is
   * not said again.
   */
  covered: string[];
}

interface Row {
  path: string[];
  empty: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A row the user left blank: nothing in it can be lost. */
function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (isRecord(v) && Object.values(v).every(isEmpty));
}

/** The rows of a form's data (values, tasks and narratives of each area) that the plan does not have. */
function rowsNotInPlan(areas: Record<string, unknown>, plan: Plan): Row[] {
  const index = planIndex(plan);
  const known = new Set(plan.areas.map((a) => a.id));
  const out: Row[] = [];
  for (const [area, content] of Object.entries(areas)) {
    if (!isRecord(content)) continue;
    for (const [section, rows] of Object.entries(content)) {
      if (!isRecord(rows)) continue;
      for (const [id, value] of Object.entries(rows)) {
        const inPlan =
          known.has(area) &&
          (section === 'values'
            ? index.indicators.get(id)?.area === area && !index.indicators.get(id)?.ratio
            : section === 'tasks'
              ? index.tasks.get(id)?.area === area
              : section === 'narrative' && (NARRATIVE_KEYS as readonly string[]).includes(id));
        if (!inPlan) out.push({ path: ['areas', area, section, id], empty: isEmpty(value) });
      }
    }
  }
  return out;
}

/**
 * Compares the plan a form was made from with the repository's plan. Null when
 * they are the same. Otherwise blank rows the plan no longer has are dropped
 * from `data` (nothing is lost), and the finding is a warning when every
 * filled row still maps to the current plan, or an error naming the filled
 * rows that do not (their figures would go nowhere).
 */
export function checkFormOrigin(origin: FormOrigin, data: Record<string, unknown>, plan: Plan, locator: Locator): FormOriginFinding | null {
  if (origin.plan === plan.id && origin.planVersion === plan.version) return null;
  const areas = isRecord(data['areas']) ? data['areas'] : {};
  const rows = rowsNotInPlan(areas, plan);
  for (const row of rows.filter((r) => r.empty)) {
    const [, area, section, id] = row.path as [string, string, string, string];
    const holder = (areas[area] as Record<string, Record<string, unknown>>)[section]!;
    delete holder[id];
  }
  // An area the plan no longer has, with nothing filled in it, goes as a whole.
  for (const [id, content] of Object.entries(areas)) {
    if (!plan.areas.some((a) => a.id === id) && isRecord(content) && Object.values(content).every((s) => isRecord(s) && Object.keys(s).length === 0)) {
      delete areas[id];
    }
  }
  const filled = rows.filter((r) => !r.empty);
  const emptyCount = rows.length - filled.length;
  const common = { formPlan: origin.plan, formVersion: origin.planVersion || '?', plan: plan.id, version: plan.version };
  if (filled.length === 0) {
    return {
      severity: 'warning',
      code: 'form-plan-changed',
      params: { ...common, ignored: emptyCount ? w.t('form.ignored', { count: formatNumber(emptyCount) }) : '' },
      covered: [],
    };
  }
  const named = filled.slice(0, ROWS_NAMED).map((r) => {
    const cell = locator.locate(r.path, 'key').cell;
    const id = r.path[2] === 'narrative' ? `${r.path[1]}/${r.path[3]}` : r.path[3]!;
    return cell ? `${cell} «${id}»` : `«${id}»`;
  });
  const more = filled.length > ROWS_NAMED ? w.t('form.more', { count: formatNumber(filled.length - ROWS_NAMED) }) : '';
  const covered = new Set(filled.map((r) => toPointer(r.path)));
  // The schema names an unknown area at the area itself.
  for (const r of filled) if (!plan.areas.some((a) => a.id === r.path[1])) covered.add(toPointer(r.path.slice(0, 2)));
  return {
    severity: 'error',
    code: 'form-plan-mismatch',
    params: { ...common, count: formatNumber(filled.length), rows: named.join(', ') + more },
    covered: [...covered],
  };
}
