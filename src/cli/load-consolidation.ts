import type { ConsolidationInput } from '../consolidate/input.js';
import { parsePeriod, periodContains, type Period } from '../consolidate/period.js';
import { consolidateMessages as m } from '../i18n/consolidate.js';
import { UsageError } from './errors.js';
import type { Lang } from '../i18n/index.js';
import { collectSubmissionFiles } from '../repo/files.js';
import type { Repository } from '../repo/load.js';
import { SubmissionChecker, type CheckedFile, type CheckOptions } from '../validate/pipeline.js';
import { toSubmissionEntries } from '../validate/submission-entries.js';
import { openRepository } from './repo-context.js';

export interface LoadedConsolidation {
  repo: Repository;
  /** Every submission file of the repository, checked. */
  checked: CheckedFile[];
  input: ConsolidationInput;
}

/**
 * Opens the repository, reads and validates every submission file (all periods:
 * earlier ones feed comparisons and baselines) and prepares the consolidation input.
 */
export async function loadConsolidation(
  repoOption: string | undefined,
  period: string,
  lang: Lang,
  options: CheckOptions = {},
): Promise<LoadedConsolidation> {
  const repo = await openRepository(repoOption);
  const files = collectSubmissionFiles(repo.root, []);
  const checked = await new SubmissionChecker(repo, options).checkAll(files);
  return {
    repo,
    checked,
    input: {
      plan: repo.plan,
      config: repo.config,
      units: repo.units,
      submissions: toSubmissionEntries(checked),
      period,
      lang,
    },
  };
}

/** The --period value as a period, or a usage error (exit 2) saying what is expected. */
export function periodOption(value: string): Period {
  const period = parsePeriod(value);
  if (!period) throw new UsageError(m.t('cli.error.badPeriod', { value }));
  return period;
}

/**
 * Files with errors that concern the period: submissions for it or for a period
 * inside it, and files whose period cannot be told at all.
 */
export function invalidFilesFor(checked: readonly CheckedFile[], period: Period): CheckedFile[] {
  return checked.filter((c) => {
    if (c.valid) return false;
    const p = parsePeriod(c.submission?.period ?? c.periodHint ?? '');
    return p === null || periodContains(period, p);
  });
}
