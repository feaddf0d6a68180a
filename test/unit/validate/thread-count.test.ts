import { describe, expect, it } from 'vitest';
import { defaultThreadCount, FILES_PER_THREAD } from '../../../src/validate/thread-count.js';

describe('defaultThreadCount', () => {
  it('keeps batches under two threads\' worth of files on one thread', () => {
    expect(defaultThreadCount(1, 8, 0)).toBe(1);
    expect(defaultThreadCount(1000, 8, 0)).toBe(1);
    expect(defaultThreadCount(2 * FILES_PER_THREAD - 1, 8, 0)).toBe(1);
  });

  it('uses a thread per FILES_PER_THREAD files, at most one per core and 8', () => {
    expect(defaultThreadCount(10_000, 2, 0)).toBe(2);
    expect(defaultThreadCount(10_000, 4, 0)).toBe(2);
    expect(defaultThreadCount(3 * FILES_PER_THREAD, 4, 0.5)).toBe(3);
    expect(defaultThreadCount(100_000, 4, 1)).toBe(4);
    expect(defaultThreadCount(100_000, 64, 0)).toBe(8);
    expect(defaultThreadCount(10_000, 1, 0)).toBe(1);
  });

  it('leaves out the cores other work keeps busy (one of the load counted as this run\'s own)', () => {
    expect(defaultThreadCount(10_000, 2, 1.4)).toBe(2);
    expect(defaultThreadCount(10_000, 2, 2.6)).toBe(1);
    expect(defaultThreadCount(10_000, 2, 5)).toBe(1);
    expect(defaultThreadCount(100_000, 8, 4)).toBe(5);
    expect(defaultThreadCount(100_000, 8, 20)).toBe(1);
  });
});
