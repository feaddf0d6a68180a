/** Everything cchc tells a user about their data is one Diagnostic. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A place in a source file: line/column (1-based) for text, sheet+cell for workbooks. */
export interface Position {
  line: number | null;
  column: number | null;
  /** "Sheet!A1" for xlsx, null for YAML. */
  cell: string | null;
}

export interface Diagnostic extends Position {
  severity: Severity;
  /** Stable kebab-case code, e.g. "part-exceeds-whole". */
  code: string;
  /** Rendered in the user's language. */
  message: string;
  /** Path as given on the command line / relative to the repository. */
  file: string;
  /** JSON Pointer into the submission data, "" for the whole file. */
  path: string;
}

export const NO_POSITION: Position = { line: null, column: null, cell: null };

/** Rank for --fail-on comparisons: a higher rank is more severe. */
export function severityRank(s: Severity): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.cell ?? '').localeCompare(b.cell ?? '') ||
    a.code.localeCompare(b.code)
  );
}
