import type { Plan } from '../plan/model.js';
import type { RepoConfig, Unit } from '../repo/model.js';
import { cutoffWindow, dueDate, type Period } from '../consolidate/period.js';
import { buildForm, type Form, type FormOptions } from './form.js';
import { extendForm } from './extend-form.js';
import { keysOf, getIn } from './raw-data.js';
import { addresseeLabels } from '../repo/addressees.js';
import type { CommonDifficulties } from '../repo/common-difficulties.js';

function optionsFor(config: RepoConfig | null, period: Period, commonDifficulties: CommonDifficulties | undefined): FormOptions {
  return {
    due: config ? dueDate(period, config.due) : null,
    window: cutoffWindow(period, config?.cutoffDay),
    baselines: config?.baselines ?? {},
    addressees: addresseeLabels(config?.body ?? null),
    ...(commonDifficulties ? { commonDifficulties } : {}),
  };
}

/**
 * The form of a registered unit for a period, with the repository's due date,
 * cut-off window, baselines, names of the addressees and common difficulties.
 */
export function formForUnit(plan: Plan, config: RepoConfig | null, unit: Unit, period: Period, commonDifficulties?: CommonDifficulties): Form {
  return buildForm(plan, unit, period, optionsFor(config, period, commonDifficulties));
}

/**
 * The form for existing submission data: the unit's own form when the unit is
 * registered, else one holding just the rows the data has; either way extended
 * so that every value of the data has a row.
 */
export function formForData(
  plan: Plan,
  config: RepoConfig | null,
  unit: Unit | null,
  unitId: string,
  period: Period,
  data: unknown,
  commonDifficulties?: CommonDifficulties,
): Form {
  const base = unit
    ? formForUnit(plan, config, unit, period, commonDifficulties)
    : buildForm(
        plan,
        { id: unitId, name: unitId, kind: null, leads: [] },
        period,
        optionsFor(config, period, commonDifficulties),
        new Set(
          keysOf(getIn(data, ['areas'])).flatMap((a) => [
            ...keysOf(getIn(data, ['areas', a, 'values'])),
            ...keysOf(getIn(data, ['areas', a, 'tasks'])),
          ]),
        ),
      );
  return extendForm(base, plan, data);
}
