import type { Locator } from '../model/submission.js';

/** A problem found while reading a file, before any schema or rule ran. */
export interface ReadProblem {
  severity: 'error' | 'warning';
  code: string;
  /** Message parameters; the message is rendered from the code unless `message` is given. */
  params: Record<string, string | number>;
  /** Pre-rendered message, for codes outside the core diagnostics catalogue. */
  message?: string;
  line: number | null;
  column: number | null;
  cell: string | null;
  path: string;
}

/**
 * What a form says it was made from: the plan id and version in an Excel
 * form's hidden metadata, and the cell that shows the plan to the user.
 */
export interface FormOrigin {
  plan: string;
  planVersion: string;
  cell: string | null;
  /** Fingerprint of the target and guidance texts the form was written with (labelsDigest); null in older forms. */
  labels: string | null;
}

/** Text in a label cell of an indicator row, right of its input: the form's own, or typed by the user. */
export interface FormLabelText {
  /** The row's data path (JSON pointer). */
  path: string;
  /** Columns right of the row's input cell (1 = the target, 2 = the guidance). */
  offset: number;
  /** Sheet!A1 of the cell. */
  cell: string;
  text: string;
  /** The row's name as shown, and its input cell (A1). */
  name: string;
  input: string;
}

/**
 * What a reader returns for one submission file: the raw data (unknown shape,
 * checked by the schema next), a locator for data paths, and read problems.
 * `data` is undefined when nothing usable could be read.
 */
export interface ReadResult {
  data: unknown;
  locator: Locator;
  problems: ReadProblem[];
  /** For a file made from a cchc form: what the form was made from. */
  form?: FormOrigin;
  /** For a cchc form: text found in the label cells right of its indicator rows' inputs (their target, their guidance). */
  formLabels?: FormLabelText[];
}

export const NULL_LOCATOR: Locator = { locate: () => ({ line: null, column: null, cell: null }) };
