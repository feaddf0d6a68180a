import type { Rule } from '../rule.js';
import { dates } from './dates.js';
import { dateValues } from './date-values.js';
import { planPeriod } from './plan-period.js';
import { filePlacement } from './file-placement.js';
import { narratives } from './narratives.js';
import { narrativeItems } from './narrative-items.js';
import { numberLimits } from './number-limits.js';
import { partWhole } from './part-whole.js';
import { partsSum } from './parts-sum.js';
import { requiredValues } from './required-values.js';
import { textLength } from './text-length.js';
import { unitRegistry } from './unit-registry.js';
import { unitScope } from './unit-scope.js';
import { valueJump } from './value-jump.js';
import { subPeriodSum } from './sub-period-sum.js';

/** Every business rule, run in this order: one file plus one line per rule. */
export const RULES: readonly Rule[] = [
  dates,
  planPeriod,
  filePlacement,
  unitRegistry,
  unitScope,
  partWhole,
  partsSum,
  numberLimits,
  dateValues,
  textLength,
  requiredValues,
  narratives,
  narrativeItems,
  valueJump,
  subPeriodSum,
];

/** Codes of the findings that come from comparing a submission with other files. */
export const CROSS_FILE_CODES: ReadonlySet<string> = new Set(RULES.flatMap((r) => r.comparesFiles ?? []));
