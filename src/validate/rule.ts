import type { Plan } from '../plan/model.js';
import type { DatedPlan } from '../repo/plans-by-date.js';
import type { RepoConfig, Unit } from '../repo/model.js';
import type { Submission } from '../model/submission.js';
import type { Finding } from './finding.js';
import type { DiagnosticCode } from '../i18n/diagnostics.js';

/** Where a submission file sits, as far as the rules care. */
export interface FileInfo {
  /** Path as shown to the user. */
  display: string;
  /** File name without extension: must be the unit id. */
  stem: string;
  /** Name of the period folder the file is in (submissions/<period>/), or null. */
  folder: string | null;
  /** Other files in the same folder with the same stem (e.g. x.yaml and x.xlsx). */
  sameStem: string[];
}

export interface RuleContext {
  /** The plan the submission's period is reported under. */
  plan: Plan;
  /** The repository's plans by date, when it has them (see plans-by-date.ts). */
  plans?: readonly DatedPlan[] | null;
  config: RepoConfig;
  units: ReadonlyMap<string, Unit>;
  file: FileInfo;
  /** The same unit's submission for the previous period, when there is one. */
  previous: { period: string; submission: Submission } | null;
  /** For a half-year or year submission: the same unit's quarters, when all of them exist. */
  quarters: { period: string; submission: Submission }[] | null;
  /** True when entries that broke the schema were dropped before the rules ran. */
  partial: boolean;
  /** Today's date (ISO), for "submitted in the future". */
  today: string;
}

/** One business rule: a small pure function from a submission to findings. */
export interface Rule {
  id: string;
  check(submission: Submission, ctx: RuleContext): Finding[];
  /**
   * Codes of the findings this rule makes by comparing the submission with
   * other files (its previous period, its quarters, a file beside it): a
   * change to one of those files can change them (`validate --changed`).
   */
  comparesFiles?: readonly DiagnosticCode[];
}
