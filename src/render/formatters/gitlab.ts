import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { fingerprints } from './fingerprint.js';
import { repoRelativePath } from './repo-relative-path.js';
import type { Formatter } from './types.js';
import { terminalJson } from '../terminal-text.js';

/** GitLab's scale is info < minor < major < critical < blocker; lint tools use major for errors. */
const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

function pathOf(d: Diagnostic, root: string): string {
  return repoRelativePath(d.file, root) ?? d.file.replace(/\\/g, '/');
}

/**
 * GitLab Code Quality report (a JSON array): shown in merge requests next to the
 * changed lines. The fingerprint hashes file, code and data path, not the line,
 * so a finding keeps its identity when lines move. Workbook findings sit on line
 * 1 of the file with the sheet and cell in the description.
 */
export const gitlab: Formatter = (result, options) => {
  const prints = fingerprints(result.diagnostics, (d) => pathOf(d, options.root));
  const issues = result.diagnostics.map((d, i) => ({
    description: d.cell ? `${d.cell}: ${d.message}` : d.message,
    check_name: d.code,
    fingerprint: prints[i]!,
    severity: SEVERITY[d.severity],
    location: {
      path: pathOf(d, options.root),
      lines: { begin: d.cell === null && d.line !== null ? d.line : 1 },
    },
  }));
  return terminalJson(JSON.stringify(issues, null, 2)) + '\n';
};
