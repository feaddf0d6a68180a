import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';

/** Longest text accepted in one place: what one Excel cell holds, so every text fits the forms and the workbook. */
export const MAX_TEXT_LENGTH = 32_767;

/** Every text of a submission (narratives, notes, text values, preparer) fits MAX_TEXT_LENGTH. */
export const textLength: Rule = {
  id: 'text-length',
  check(sub) {
    const out: Finding[] = [];
    // One path array, copied only for a finding: this runs over every text of every file.
    const path: (string | number)[] = [];
    const visit = (value: unknown): void => {
      if (typeof value === 'string') {
        if (value.length > MAX_TEXT_LENGTH) {
          out.push({ severity: 'error', code: 'text-too-long', params: { length: value.length, limit: MAX_TEXT_LENGTH }, path: [...path] });
        }
      } else if (value !== null && typeof value === 'object') {
        for (const key in value) {
          path.push(key);
          visit((value as Record<string, unknown>)[key]);
          path.pop();
        }
      }
    };
    path.push('preparedBy');
    visit(sub.preparedBy);
    path[0] = 'areas';
    visit(sub.areas);
    return out;
  },
};
