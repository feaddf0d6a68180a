import type { Plan } from '../plan/model.js';
import type { RepoConfig, Unit } from '../repo/model.js';
import type { FormLabelText, FormOrigin, ReadProblem } from '../read/types.js';
import { toPointer } from '../model/submission.js';
import { parsePeriod, type Period } from '../consolidate/period.js';
import { formForUnit } from '../form/form-for-unit.js';
import { labelsDigest, shownLabels } from '../form/values-rows.js';
import { getIn, keysOf } from '../form/raw-data.js';
import { xlsxMessages } from '../i18n/xlsx.js';

/** Characters of the typed text quoted at most. */
const TEXT_MAX = 90;

const normal = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function shorten(text: string): string {
  return text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text;
}

/** A unit's form as far as its indicator rows go: ids by area in order, and each row's shown target and guidance. */
interface IndicatorRows {
  areas: Map<string, string[]>;
  /** Row pointer → normalised text of each column right of the input (index 0 = the first). */
  labels: Map<string, string[]>;
  /** labelsDigest of these texts: equal to the form's own when it was written with them. */
  digest: string;
}

/**
 * Text typed into the target or guidance cell of an indicator row of a cchc
 * form is not read. Those cells hold what the form was made with, so their
 * text is compared with what the template writes for the row (from the plan,
 * the unit and the period); a cell saying something else is a warning at that
 * cell naming the input. Nothing is said when the form was made from another
 * plan or plan version (the form-plan check speaks then), for a unit not in
 * the registry, nor when the form's rows are not those the unit's form has
 * now (the registry changed since): the form's own wording cannot be known
 * then. Rows the unit's form has not (a converted submission's extra values,
 * after the form's own in their area) are not compared.
 */
export class FormLabelCheck {
  /** Units of the same kind, areas led and roles share their forms' rows in a period. */
  private readonly rows = new Map<string, IndicatorRows>();

  constructor(
    private readonly plan: Plan,
    private readonly config: RepoConfig | null,
    private readonly units: ReadonlyMap<string, Unit>,
  ) {}

  private rowsOf(unit: Unit, period: Period): IndicatorRows {
    const key = JSON.stringify([unit.kind, unit.leads, unit.roles ?? [], period.id]);
    let rows = this.rows.get(key);
    if (!rows) {
      const form = formForUnit(this.plan, this.config, unit, period);
      const shown = shownLabels(form);
      rows = { areas: new Map(), labels: new Map(), digest: labelsDigest(shown) };
      for (const area of form.areas) {
        if (area.indicators.length) rows.areas.set(area.id, area.indicators.map((i) => i.id));
        for (const [id, texts] of shown.get(area.id) ?? []) rows.labels.set(toPointer(['areas', area.id, 'values', id]), texts);
      }
      this.rows.set(key, rows);
    }
    return rows;
  }

  check(origin: FormOrigin, labels: readonly FormLabelText[], data: Record<string, unknown>): ReadProblem[] {
    if (labels.length === 0 || origin.plan !== this.plan.id || origin.planVersion !== this.plan.version) return [];
    const unit = typeof data['unit'] === 'string' ? this.units.get(data['unit']) : undefined;
    const period = typeof data['period'] === 'string' ? parsePeriod(data['period']) : null;
    if (!unit || !period) return [];
    const rows = this.rowsOf(unit, period);
    // Only when the texts rebuilt now are those the form was written with.
    if (origin.labels !== rows.digest) return [];
    // The file's rows of each area: the form's own, in order, then any it was extended with (keys are unique).
    for (const [area, ids] of rows.areas) {
      const inFile = keysOf(getIn(data, ['areas', area, 'values']));
      if (inFile.length < ids.length || ids.some((id, i) => inFile[i] !== id)) return [];
    }

    const problems: ReadProblem[] = [];
    for (const label of labels) {
      const shown = rows.labels.get(label.path)?.[label.offset - 1];
      if (shown === undefined) continue;
      const text = normal(label.text);
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
}
