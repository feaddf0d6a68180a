/**
 * Files each thread should have before `validate` spreads a YAML batch over
 * threads. A helper thread costs more than its start: V8 compiles and tunes
 * the checking code again for it (about 0.6 s of processor time on the
 * reference machine), and V8 already uses a second core for its own compiling
 * and collecting while one thread checks. Measured on 2 cores: 5,000 files are
 * checked faster on one thread, 10,000 about 7 % faster on two.
 */
export const FILES_PER_THREAD = 4000;

/**
 * Threads for a batch of `files` submission files by default: one per
 * FILES_PER_THREAD files, at most one per core (and 8), and none beyond the
 * cores the machine's load leaves free. `load` is the one-minute load average,
 * of which one is counted as this run's own (the runs before it, in a CI job
 * or a benchmark): on a machine already busy with other work, a second thread
 * only competes with the first.
 */
export function defaultThreadCount(files: number, cores: number, load: number): number {
  const byFiles = Math.floor(files / FILES_PER_THREAD);
  if (byFiles < 2) return 1;
  const free = Math.round(cores - Math.max(0, load - 1));
  return Math.max(1, Math.min(byFiles, cores, free, 8));
}
