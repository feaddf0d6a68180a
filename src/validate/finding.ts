import type { Severity } from '../model/diagnostic.js';
import type { DataPath } from '../model/submission.js';
import type { Params } from '../i18n/index.js';
import type { DiagnosticCode } from '../i18n/diagnostics.js';

/** What a schema check or a rule reports, before it is placed and worded. */
export interface Finding {
  severity: Severity;
  code: DiagnosticCode;
  params: Params;
  path: DataPath;
  /** Point at the key of the entry (unknown names) rather than its value. */
  target?: 'key' | 'value';
}
