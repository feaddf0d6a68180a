import type { ConsolidationInput, SubmissionEntry } from '../consolidate/input.js';
import { addDays, parsePeriod, periodContains, type Period } from '../consolidate/period.js';
import type { Plan } from '../plan/model.js';
import { planOfPeriod } from '../repo/plans-by-date.js';
import { formatDate } from '../util/vi-format.js';
import { consolidateMessages as m } from '../i18n/consolidate.js';
import { UsageError } from './errors.js';
import type { Lang } from '../i18n/index.js';
import { collectSubmissionFiles } from '../repo/files.js';
import type { Repository } from '../repo/load.js';
import { SubmissionChecker, type CheckOptions } from '../validate/pipeline.js';
import { neededSubmission } from '../consolidate/needed-submissions.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { toSubmissionEntry } from '../validate/submission-entries.js';
import { openRepository } from './repo-context.js';
import { startProgress } from './progress.js';

/** What validation said about one submission file (its data is in the consolidation input). */
export interface FileOutcome {
  /** Path as shown to the user. */
  file: string;
  /** No diagnostic is an error. */
  valid: boolean;
  /** Unit and period as the file says, else as its name and folder say (null: cannot be told). */
  unit: string;
  period: string | null;
  diagnostics: Diagnostic[];
}

export interface LoadedConsolidation {
  repo: Repository;
  /** Every submission file of the repository, checked. */
  files: FileOutcome[];
  input: ConsolidationInput;
}

export interface LoadOptions extends CheckOptions {
  /**
   * Keep only the submission data that consolidating `period` can use (see
   * neededSubmissions); the input then serves that period only. For commands
   * that consolidate one period, so a province's year fits in memory.
   */
  onlyPeriodNeeds?: boolean;
}

/**
 * Opens the repository, reads and validates every submission file (all periods:
 * earlier ones feed comparisons and baselines) and prepares the consolidation input.
 */
export async function loadConsolidation(
  repoOption: string | undefined,
  period: string,
  lang: Lang,
  options: LoadOptions = {},
): Promise<LoadedConsolidation> {
  const repo = await openRepository(repoOption);
  const plan = planForReport(repo, period);
  const target = options.onlyPeriodNeeds ? parsePeriod(period) : null;
  const files: FileOutcome[] = [];
  const entries: (SubmissionEntry | null)[] = [];
  // Each file's result is cut down to what is kept as it comes: a province's
  // year of submissions is never held whole when only one period is wanted.
  const all = collectSubmissionFiles(repo.root, []);
  const progress = startProgress(m.t('progress.checking'), all.length);
  await new SubmissionChecker(repo, options).checkEach(all, (c, i) => {
    progress.tick();
    files[i] = {
      file: c.file,
      valid: c.valid,
      unit: c.submission?.unit ?? c.unitHint,
      period: c.submission?.period ?? c.periodHint,
      diagnostics: c.diagnostics,
    };
    const entry = toSubmissionEntry(c);
    // A report never mixes two plans: submissions of periods under another plan are left out (comparisons across the change show nothing).
    const ownPlan = entry === null || samePlan(repo, entry.submission.period, plan);
    entries[i] = entry && ownPlan ? (target ? neededSubmission(entry, target) : entry) : null;
  });
  progress.done();
  return {
    repo,
    files,
    input: {
      plan,
      config: repo.config,
      units: repo.units,
      submissions: entries.filter((e): e is SubmissionEntry => e != null),
      period,
      lang,
    },
  };
}

/**
 * The plan a report for `period` is made under (see plans-by-date.ts); a
 * period across a change of plan, or before the first plan, is a usage error
 * (exit 2) saying which periods can be reported.
 */
export function planForReport(repo: Repository, period: string): Plan {
  const p = parsePeriod(period);
  if (!p || repo.plans.length < 2) return repo.plan;
  const found = planOfPeriod(repo.plans, p);
  if (found.kind === 'plan') return found.dated.plan;
  if (found.kind === 'spans') {
    const from = found.next.from!;
    throw new UsageError(
      m.t('cli.error.periodSpansPlans', { period: p.id, first: found.first.plan.title, next: found.next.plan.title, end: formatDate(addDays(from, -1)), from: formatDate(from) }),
    );
  }
  throw new UsageError(m.t('cli.error.periodBeforePlans', { period: p.id, from: formatDate(found.first.from!) }));
}

/** Whether a submission's period is reported under `plan` (always, when the repository has one plan). */
function samePlan(repo: Repository, periodText: string, plan: Plan): boolean {
  if (repo.plans.length < 2) return true;
  const p = parsePeriod(periodText);
  if (!p) return true;
  const found = planOfPeriod(repo.plans, p);
  return found.kind === 'plan' ? found.dated.plan === plan : found.first.plan === plan;
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
export function invalidFilesFor(files: readonly FileOutcome[], period: Period): FileOutcome[] {
  return files.filter((f) => !f.valid && concernsPeriod(f, period));
}

/** The file is for the period or a period inside it, or its period cannot be told at all. */
export function concernsPeriod(file: FileOutcome, period: Period): boolean {
  const p = parsePeriod(file.period ?? '');
  return p === null || periodContains(period, p);
}
