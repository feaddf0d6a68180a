import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../model/diagnostic.js';

/**
 * A finding's identity across runs: the file, the code and the data path, not
 * the line (inserting a line above must not make it a "new" finding). Repeats of
 * the same identity within one run get an occurrence suffix so each stays unique.
 */
export function fingerprints(diagnostics: readonly Diagnostic[], fileOf: (d: Diagnostic) => string): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const key = [fileOf(d), d.code, d.path].join('\u0000');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash('md5')
      .update(n === 1 ? key : `${key}\u0000${n}`)
      .digest('hex');
  });
}
