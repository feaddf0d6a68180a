import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { Lang } from '../../i18n/index.js';

/** What `cchc validate` found: the input to every formatter. */
export interface ValidationResult {
  /** Number of files checked. */
  files: number;
  /** Every file checked, as shown to the user (for per-file reports such as JUnit). */
  fileList: string[];
  diagnostics: Diagnostic[];
  /**
   * With `--changed`: unchanged files that were checked because a file they
   * are compared with changed (the previous quarter, the quarters of a half…),
   * each with the changed files, as shown to the user.
   */
  dependents?: { file: string; changed: string[] }[];
}

export interface FormatOptions {
  lang: Lang;
  /** Colour escapes allowed (stylish only). */
  colour: boolean;
  /** Repository root: formatters that need paths relative to it (SARIF, GitLab) use it. */
  root: string;
  /**
   * The `--fail-on` level (default error): CI formats that mark a file as failed
   * (JUnit) fail it for diagnostics at or above this level.
   */
  failOn?: Severity;
  /** Title and help text of a diagnostic code, for formats that list rules (SARIF). */
  describeRule?: (code: string) => RuleDescription | undefined;
}

export interface RuleDescription {
  /** One line, in the user's language. */
  title: string;
  /** A longer explanation: what the rule checks and how to fix a finding. */
  help?: string;
}

/** A formatter is a pure function from the result to the text to print or save. */
export type Formatter = (result: ValidationResult, options: FormatOptions) => string;

export function summarise(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
