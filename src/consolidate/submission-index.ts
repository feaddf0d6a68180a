import type { SubmissionEntry } from './input.js';
import type { NoteSink } from './note-sink.js';
import { parsePeriod, periodContains, type Period } from './period.js';

/**
 * The submissions of a repository by unit and period (aliases such as 2024H1
 * resolved). Entries are kept in file order so every choice is reproducible.
 */
export class SubmissionIndex {
  readonly #byKey = new Map<string, SubmissionEntry[]>();
  readonly #periodsByUnit = new Map<string, Period[]>();
  /** Entries whose period id cannot be read, in file order. */
  readonly unplaced: SubmissionEntry[] = [];
  /** Every placed entry with its canonical period id, in file order. */
  readonly placed: { entry: SubmissionEntry; period: string }[] = [];

  constructor(entries: readonly SubmissionEntry[]) {
    const sorted = [...entries].sort(compareEntries);
    for (const entry of sorted) {
      const period = parsePeriod(entry.submission.period);
      if (!period) {
        this.unplaced.push(entry);
        continue;
      }
      this.placed.push({ entry, period: period.id });
      const periods = this.#periodsByUnit.get(entry.submission.unit);
      if (periods) periods.push(period);
      else this.#periodsByUnit.set(entry.submission.unit, [period]);
      const key = keyOf(entry.submission.unit, period.id);
      const list = this.#byKey.get(key);
      if (list) list.push(entry);
      else this.#byKey.set(key, [entry]);
    }
  }

  /** Whether the unit has any submission (valid or not) for the period or a period inside it. */
  hasWithin(unit: string, period: Period): boolean {
    return this.#periodsByUnit.get(unit)?.some((p) => periodContains(period, p)) ?? false;
  }

  /**
   * The submission of a unit for a period: the first valid one in file order,
   * else the first invalid one; null when there is none. More than one is
   * noted (validation reports it as an error too).
   */
  pick(unit: string, period: string, notes: NoteSink | null, unitName = unit, periodLabel = period): SubmissionEntry | null {
    const list = this.#byKey.get(keyOf(unit, period));
    if (!list || list.length === 0) return null;
    const chosen = list.find((e) => e.valid) ?? list[0]!;
    if (list.length > 1 && notes) {
      notes.add(
        'warning',
        'duplicate-submission',
        { unit, period, file: chosen.file },
        { unit: unitName, period: periodLabel, count: list.length, files: list.map((e) => e.file).join(', '), file: chosen.file },
      );
    }
    return chosen;
  }
}

function keyOf(unit: string, period: string): string {
  return `${unit}\u0000${period}`;
}

function compareEntries(a: SubmissionEntry, b: SubmissionEntry): number {
  return (
    cmp(a.file, b.file) || cmp(a.submission.unit, b.submission.unit) || cmp(a.submission.period, b.submission.period) ||
    cmp(a.submission.submitted, b.submission.submitted)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
