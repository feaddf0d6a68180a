import type { AreaReport, Submission } from '../model/submission.js';
import type { SubmissionEntry } from './input.js';
import { parsePeriod, periodContains, periodSpan, type Period } from './period.js';

/**
 * Only what consolidating `period` can use: a submission for a period that
 * starts after it ends is dropped (comparisons, the trend and baselines all look
 * back); one for a period outside it keeps its figures but not its tasks and
 * narratives (only the submissions inside the period give those). A file whose
 * period cannot be read is kept whole (it is noted). `consolidate` gives the
 * same result for `period` with or without this; for a province's year of
 * submissions it is the difference between holding all of them and about half.
 */
export function neededSubmissions(entries: readonly SubmissionEntry[], period: Period): SubmissionEntry[] {
  const out: SubmissionEntry[] = [];
  for (const entry of entries) {
    const kept = neededSubmission(entry, period);
    if (kept) out.push(kept);
  }
  return out;
}

/** What consolidating `period` can use of one submission (see neededSubmissions); null for nothing. */
export function neededSubmission(entry: SubmissionEntry, period: Period): SubmissionEntry | null {
  const p = parsePeriod(entry.submission.period);
  if (p === null || periodContains(period, p)) return entry;
  if (periodSpan(p).from > periodSpan(period).to) return null;
  return { ...entry, submission: figuresOnly(entry.submission) };
}

function figuresOnly(s: Submission): Submission {
  const areas: Record<string, AreaReport> = {};
  for (const [id, area] of Object.entries(s.areas)) areas[id] = { values: area.values, tasks: {}, narrative: {} };
  return { unit: s.unit, period: s.period, submitted: s.submitted, areas };
}
