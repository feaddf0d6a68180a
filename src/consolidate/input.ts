import type { Lang } from '../i18n/index.js';
import type { Plan } from '../plan/model.js';
import type { Submission } from '../model/submission.js';
import type { RepoConfig, Unit } from '../repo/model.js';

/** One submission file as validation left it. */
export interface SubmissionEntry {
  submission: Submission;
  /** Path as shown to the user (relative to the repository). */
  file: string;
  /** False when the file has errors: it is excluded from the figures and its unit counts as invalid. */
  valid: boolean;
  errors: number;
  warnings: number;
}

/**
 * Everything `consolidate` needs, already read and validated. Submissions may be
 * for any period: those inside the period are used for roll-ups, those of the
 * previous periods and of the baseline year for comparisons and relative targets.
 */
export interface ConsolidationInput {
  plan: Plan;
  config: Pick<RepoConfig, 'due' | 'cutoffDay' | 'baselines'> & Partial<Pick<RepoConfig, 'finalDays' | 'lateness'>>;
  units: readonly Unit[];
  submissions: readonly SubmissionEntry[];
  /** Period id (2024Q2, 2024S1, 2024H1, 2024). */
  period: string;
  /** Language of labels and note messages; default Vietnamese. */
  lang?: Lang;
}
