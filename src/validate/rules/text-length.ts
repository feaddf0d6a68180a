import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import type { DataPath } from '../../model/submission.js';

/** Longest text accepted in one place: what one Excel cell holds, so every text fits the forms and the workbook. */
export const MAX_TEXT_LENGTH = 32_767;

/** Every text of a submission (narratives, notes, text values, preparer) fits MAX_TEXT_LENGTH. */
export const textLength: Rule = {
  id: 'text-length',
  check(sub) {
    const out: Finding[] = [];
    const visit = (value: unknown, path: DataPath): void => {
      if (typeof value === 'string') {
        if (value.length > MAX_TEXT_LENGTH) {
          out.push({ severity: 'error', code: 'text-too-long', params: { length: value.length, limit: MAX_TEXT_LENGTH }, path });
        }
      } else if (value !== null && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key]);
      }
    };
    visit(sub.preparedBy, ['preparedBy']);
    visit(sub.areas, ['areas']);
    return out;
  },
};
