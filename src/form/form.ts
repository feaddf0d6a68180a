import type { Indicator, Plan, Task, UnitKind, ValueType } from '../plan/model.js';
import type { Unit } from '../repo/model.js';
import { periodLabel, type Period } from '../consolidate/period.js';
import { indicatorTargetText } from './target-text.js';
import { expectedToReport } from '../plan/expected-to-report.js';
import { reportsTask, roleName } from '../plan/roles.js';
import type { Addressee } from '../model/submission.js';
import { addresseeLabels } from '../repo/addressees.js';
import type { CommonDifficulties, CommonDifficulty } from '../repo/common-difficulties.js';

/** One indicator row of a form: an input (never a computed ratio). */
export interface FormIndicator {
  id: string;
  /** Row number as printed, e.g. "2.3.5". */
  number: string;
  name: string;
  unit: string;
  type: ValueType;
  required: boolean;
  /** The indicator's own target for the period's year, as a short text. */
  target: string | null;
  /** Targets of the rates this input is the numerator of: "Tỷ lệ …: ≥ 95%". */
  feeds: string[];
  /** A short hint: the plan's hint plus the arithmetic relations to other rows. */
  hint: string | null;
  /** Ratings: the levels of the scale, lowest first, to pick one from. */
  choices: { id: string; name: string }[] | null;
}

export interface FormTask {
  id: string;
  number: string;
  title: string;
  /** What the plan says beyond the title: lead, deadline or schedule, expected output ("Chủ trì: Phòng Nội vụ. Thời gian: Hằng năm."). */
  detail: string | null;
}

export interface FormArea {
  id: string;
  code: string;
  title: string;
  /** The unit leads this area and must write its thematic narrative. */
  ledByUnit: boolean;
  indicators: FormIndicator[];
  tasks: FormTask[];
  /** The repository's common difficulties of the area, offered to pick from. */
  commonDifficulties: readonly CommonDifficulty[];
}

/** Everything a form shows, whatever its format: built once, written as xlsx or yaml. */
export interface Form {
  plan: { id: string; version: string; title: string };
  unit: { id: string; name: string; kind: UnitKind | null };
  period: { id: string; label: string; year: number };
  /** ISO date by which the unit must submit, when known. */
  due: string | null;
  /** Data cut-off window of the period (ISO dates), when known. */
  window: { from: string; to: string } | null;
  /** What the form calls each addressee of a proposal (the repository's names). */
  addressees: Record<Addressee, string>;
  areas: FormArea[];
}

export interface FormOptions {
  due?: string | null;
  window?: { from: string; to: string } | null;
  baselines?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  addressees?: Record<Addressee, string>;
  commonDifficulties?: CommonDifficulties;
}

function levelOfKind(plan: Plan, kind: UnitKind | null): string | null {
  if (!kind) return null;
  for (const [level, kinds] of Object.entries(plan.levels)) if (kinds.includes(kind)) return level;
  return null;
}

function hintFor(ind: Indicator, numbers: ReadonlyMap<string, string>, required: boolean): string | null {
  const parts: string[] = [];
  if (required) parts.push('Bắt buộc.');
  if (ind.hint) parts.push(ind.hint);
  const sum = (ind.sumOf ?? []).map((id) => numbers.get(id)).filter((n): n is string => n !== undefined);
  if (sum.length === (ind.sumOf ?? []).length && sum.length > 0 && !ind.hint) {
    parts.push(`Bằng tổng các dòng ${sum.join(' + ')}.`);
  }
  const above = (ind.notAbove ?? []).map((id) => numbers.get(id)).filter((n): n is string => n !== undefined);
  if (above.length) parts.push(`Không lớn hơn số ở dòng ${above.join(', ')}.`);
  if (ind.type === 'boolean') parts.push('Chọn Có hoặc Không.');
  if (ind.type === 'date') parts.push('Ngày thực hiện (ngày/tháng/năm); để trống khi chưa thực hiện.');
  if (ind.type === 'rating') parts.push('Chọn một mức trong danh sách.');
  return parts.length ? parts.join(' ') : null;
}

/** Lead, coordination, time and output of a task as one line for its row; null when the plan gives none. */
export function taskDetail(plan: Plan, t: Task): string | null {
  const parts: string[] = [];
  if (t.lead.length) parts.push(`Chủ trì: ${t.lead.map((r) => roleName(plan, r)).join(', ')}.`);
  if (t.coordinate.length) parts.push(`Phối hợp: ${t.coordinate.map((r) => roleName(plan, r)).join(', ')}.`);
  const when = [t.schedule, t.deadline ? `hạn ${deadlineText(t.deadline)}` : null].filter((x): x is string => !!x).join(', ');
  if (when) parts.push(`Thời gian: ${when}.`);
  if (t.output) parts.push(`Sản phẩm: ${t.output}.`);
  return parts.length ? parts.join(' ') : null;
}

function deadlineText(d: string): string {
  const [a, b, c] = d.split('-');
  return c === undefined ? `${b}/${a} hằng năm` : `${c}/${b}/${a}`;
}

/**
 * Builds the form of one unit for one period: the indicators and tasks its
 * kind reports (less the indicators the plan's `reporters` leave to the units
 * leading another area), in the plan's area order, each input with the target that
 * applies to the unit's level in the period's year. With `kind` null (a unit
 * not in the registry), `only` lists the indicator and task ids to include.
 */
export function buildForm(
  plan: Plan,
  unit: Pick<Unit, 'id' | 'name' | 'leads' | 'roles'> & { kind: UnitKind | null },
  period: Period,
  options: FormOptions = {},
  only?: ReadonlySet<string>,
): Form {
  const level = levelOfKind(plan, unit.kind);
  // An indicator only its owners report (the plan's `reporters`) is left out of the others' forms.
  const kind = unit.kind;
  const asks = (ind: Indicator): boolean => (kind ? expectedToReport(ind, { kind, leads: unit.leads, roles: unit.roles ?? [] }, plan) : (only?.has(ind.id) ?? false));
  const areas: FormArea[] = [];
  for (const area of plan.areas) {
    const inputs = plan.indicators.filter((i) => i.area === area.id && !i.ratio && asks(i));
    const tasks = plan.tasks.filter((t) =>
      t.area === area.id && (unit.kind ? reportsTask(plan, t, { kind: unit.kind, leads: unit.leads, roles: unit.roles ?? [] }) : (only?.has(t.id) ?? false)),
    );
    if (inputs.length === 0 && tasks.length === 0) continue;
    const numbers = new Map(inputs.map((ind, i) => [ind.id, `${area.code}.${i + 1}`]));
    const indicators = inputs.map((ind): FormIndicator => {
      const required = unit.kind !== null && (ind.requiredFor ?? []).includes(unit.kind);
      const feeds = plan.indicators
        .filter((r) => r.ratio?.numerator === ind.id)
        .map((r) => {
          const t = indicatorTargetText(r, plan, level, period, options.baselines);
          return t ? `${r.name}: ${t}` : null;
        })
        .filter((t): t is string => t !== null);
      return {
        id: ind.id,
        number: numbers.get(ind.id)!,
        name: ind.name,
        unit: ind.unit,
        type: ind.type,
        required,
        target: indicatorTargetText(ind, plan, level, period, options.baselines),
        feeds,
        hint: hintFor(ind, numbers, required),
        choices: ind.type === 'rating' ? (plan.scales[ind.scale ?? ''] ?? []).map((l) => ({ id: l.id, name: l.name })) : null,
      };
    });
    areas.push({
      id: area.id,
      code: area.code,
      title: area.title,
      ledByUnit: unit.leads.includes(area.id),
      indicators,
      tasks: tasks.map((t, i) => ({ id: t.id, number: `${area.code}.${i + 1}`, title: t.title, detail: taskDetail(plan, t) })),
      commonDifficulties: options.commonDifficulties?.get(area.id) ?? [],
    });
  }
  return {
    plan: { id: plan.id, version: plan.version, title: plan.title },
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    period: { id: period.id, label: periodLabel(period), year: period.year },
    due: options.due ?? null,
    window: options.window ?? null,
    addressees: options.addressees ?? addresseeLabels(null),
    areas,
  };
}
