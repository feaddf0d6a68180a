import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { parsePeriod } from '../../consolidate/period.js';

/**
 * The file sits where the repository expects it: submissions/<period>/<unit-id>.yaml,
 * and it is the only submission of its unit for that period.
 */
export const filePlacement: Rule = {
  id: 'file-placement',
  comparesFiles: ['duplicate-submission'],
  check(sub, ctx) {
    const out: Finding[] = [];
    const { file } = ctx;
    if (file.stem !== sub.unit) {
      const ext = file.display.slice(file.display.lastIndexOf('.'));
      out.push({
        severity: 'error',
        code: 'file-name-mismatch',
        params: { unit: sub.unit, file: file.stem + ext, expected: sub.unit + ext },
        path: ['unit'],
      });
    }
    if (file.folder !== null) {
      const folder = parsePeriod(file.folder);
      const period = parsePeriod(sub.period);
      if (period && (!folder || folder.id !== period.id)) {
        out.push({ severity: 'error', code: 'period-folder-mismatch', params: { period: period.id, folder: file.folder }, path: ['period'] });
      }
    }
    if (file.sameStem.length) {
      out.push({
        severity: 'error',
        code: 'duplicate-submission',
        params: { unit: sub.unit, period: sub.period, others: file.sameStem.join(', ') },
        path: ['unit'],
      });
    }
    return out;
  },
};
