import type { Plan } from '../plan/model.js';
import type { RepoConfig, Unit } from '../repo/model.js';
import type { FormLabelText, FormOrigin, ReadProblem } from '../read/types.js';
import { toPointer } from '../model/submission.js';
import { parsePeriod } from '../consolidate/period.js';
import { formForData } from '../form/form-for-unit.js';
import { indicatorRowLabels, valuesColumns } from '../form/values-rows.js';
import { getIn, keysOf } from '../form/raw-data.js';
import { xlsxMessages } from '../i18n/xlsx.js';

/** Characters of the typed text quoted at most. */
const TEXT_MAX = 90;

const normal = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function shorten(text: string): string {
  return text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text;
}

/** Indicator rows by area, in order: `area:id,id,…` a line. */
function rowsOf(areas: Iterable<[string, Iterable<string>]>): string {
  return [...areas]
    .map(([area, ids]) => `${area}:${[...ids].join(',')}`)
    .filter((l) => !l.endsWith(':'))
    .sort()
    .join('\n');
}

/**
 * Text typed into the target or guidance cell of an indicator row of a cchc
 * form is not read. Those cells hold what the form was made with, so their
 * text is compared with what the template writes for the row (from the plan,
 * the unit and the period); a cell saying something else is a warning at that
 * cell naming the input. Nothing is said when the form was made from another
 * plan or plan version (the form-plan check speaks then), nor when its rows
 * are not those the unit's form has now (the registry changed since): the
 * form's own wording cannot be known then. Rows the unit's form has not (a
 * converted submission's extra values) are not compared.
 */
export function checkFormLabels(
  origin: FormOrigin,
  labels: readonly FormLabelText[],
  data: Record<string, unknown>,
  plan: Plan,
  config: RepoConfig | null,
  units: ReadonlyMap<string, Unit>,
): ReadProblem[] {
  if (labels.length === 0 || origin.plan !== plan.id || origin.planVersion !== plan.version) return [];
  const unitId = data['unit'];
  const period = typeof data['period'] === 'string' ? parsePeriod(data['period']) : null;
  if (typeof unitId !== 'string' || unitId === '' || !period) return [];
  const unit = units.get(unitId) ?? null;
  // The form as the template writes it, and as convert writes it for this data (rows for values the unit's form has not).
  const form = formForData(plan, config, unit, unitId, period, {});
  const written = formForData(plan, config, unit, unitId, period, data);
  const fileRows = keysOf(getIn(data, ['areas'])).map((a): [string, string[]] => [a, keysOf(getIn(data, ['areas', a, 'values']))]);
  const writtenRows = written.areas.map((a): [string, string[]] => [a.id, a.indicators.map((i) => i.id)]);
  if (rowsOf(fileRows) !== rowsOf(writtenRows)) return [];

  const input = valuesColumns(period.year).findIndex((c) => c.field === '');
  const expected = new Map<string, (string | null)[]>();
  for (const area of form.areas) {
    for (const ind of area.indicators) expected.set(toPointer(['areas', area.id, 'values', ind.id]), indicatorRowLabels(ind));
  }
  const problems: ReadProblem[] = [];
  for (const label of labels) {
    const own = expected.get(label.path);
    if (!own) continue;
    const text = normal(label.text);
    const shown = normal(own[input + label.offset] ?? '');
    if (text === shown) continue;
    // Text added to the form's own: quote what was added.
    const typed = shown !== '' && text.includes(shown) ? normal(text.replace(shown, ' ')) : text;
    const params = { name: label.name, text: shorten(typed), input: label.input };
    problems.push({
      severity: 'warning',
      code: 'xlsx-text-outside-input',
      params,
      message: xlsxMessages.t('xlsx-text-outside-input', params),
      line: null,
      column: null,
      cell: label.cell,
      path: label.path,
    });
  }
  return problems;
}
