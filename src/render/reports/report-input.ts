import type { Consolidation } from '../../consolidate/types.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { RepoConfig } from '../../repo/model.js';
import type { AppendixId, ReportTemplate } from './template/template-spec.js';

/** Everything a report writer needs: the consolidated figures, who issues the report and its wording. */
export interface ReportInput {
  consolidation: Consolidation;
  body: RepoConfig['body'];
  signer: RepoConfig['signer'];
  recipients: readonly string[];
  template: ReportTemplate;
  /** Documents the introduction cites (cchc.yaml `basis`). */
  basis: RepoConfig['basis'];
  /** Appendices the Word report carries, in order (the template's list, plus the units' narratives when asked for). */
  appendices: readonly AppendixId[];
  /** ISO date printed in the heading ("Tứ Kỳ, ngày … tháng … năm …"). */
  date: string;
  /** What validation found in the submissions (the workbook lists them). */
  diagnostics: readonly Diagnostic[];
}
