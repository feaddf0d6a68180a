import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what was live at the last full
 * collection, in percent. By default it grows by up to 2–4× when allocation is
 * fast, which for a report holding a province's year of submissions (~0.5 GB
 * live at 10,000 units) means a peak of well over 1 GB of garbage-inflated
 * memory. Bounding the growth keeps the peak near the live set for about 7 %
 * more time (bench/RESULTS.md).
 */
const HEAP_GROWING_PERCENT = 50;

/** For commands that hold many submissions at once (report, status): keep peak memory near the live data. */
export function boundHeapGrowth(): void {
  // Read by V8 each time it sizes the heap after a collection: takes effect from the next one.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
