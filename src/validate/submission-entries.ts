import type { SubmissionEntry } from '../consolidate/input.js';
import type { CheckedFile } from './pipeline.js';

/**
 * One checked file as consolidation input. A file that could not be read at
 * all still counts against its unit and period (taken from its name and folder)
 * as an invalid submission, so the unit shows as "invalid", not "missing"; a
 * file whose place says nothing about its period cannot be placed: null (it is
 * left out; validation has reported it).
 */
export function toSubmissionEntry(c: CheckedFile): SubmissionEntry | null {
  const errors = c.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = c.diagnostics.filter((d) => d.severity === 'warning').length;
  if (c.submission) return { submission: c.submission, file: c.file, valid: c.valid, errors, warnings };
  if (c.periodHint) {
    return {
      submission: { unit: c.unitHint, period: c.periodHint, submitted: '', areas: {} },
      file: c.file,
      valid: false,
      errors,
      warnings,
    };
  }
  return null;
}
