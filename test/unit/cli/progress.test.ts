import { afterEach, describe, expect, it, vi } from 'vitest';
import { startProgress } from '../../../src/cli/progress.js';
import { interpolate } from '../../../src/i18n/index.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, written };
}

describe('progress line', () => {
  const ci = process.env['CI'];
  afterEach(() => {
    vi.restoreAllMocks();
    if (ci === undefined) delete process.env['CI'];
    else process.env['CI'] = ci;
  });

  it('on a terminal, after the first second, redraws one line and clears it at the end', () => {
    delete process.env['CI'];
    let now = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const { stream, written } = fakeStream(true);
    const p = startProgress('Đang tạo biểu mẫu', 3000, stream);
    p.tick();
    expect(written).toEqual([]); // a short run shows nothing
    now += 1500;
    p.tick(1233);
    now += 200;
    p.tick();
    p.done();
    expect(written).toEqual(['\r\x1b[KĐang tạo biểu mẫu: 1.234/3.000', '\r\x1b[KĐang tạo biểu mẫu: 1.235/3.000', '\r\x1b[K']);
  });

  it('writes nothing into a pipe or a CI log', () => {
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 5000));
    const piped = fakeStream(false);
    delete process.env['CI'];
    const a = startProgress('x', 10, piped.stream);
    a.tick();
    a.done();
    process.env['CI'] = 'true';
    const ciLog = fakeStream(true);
    const b = startProgress('x', 10, ciLog.stream);
    b.tick();
    b.done();
    expect(piped.written).toEqual([]);
    expect(ciLog.written).toEqual([]);
  });
});

describe('plural words in messages', () => {
  it('take the singular for 1 and the plural otherwise', () => {
    const t = '{count} {count|file|files}, {n} {n|error|errors}';
    expect(interpolate(t, { count: 1, n: 0 })).toBe('1 file, 0 errors');
    expect(interpolate(t, { count: 2, n: 1 })).toBe('2 files, 1 error');
  });
});
