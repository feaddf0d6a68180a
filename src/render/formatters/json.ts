import type { Formatter } from './types.js';
import { summarise } from './types.js';
import { terminalJson } from '../terminal-text.js';

/** Machine-readable output: version 1 of the cchc diagnostics JSON (invisible characters written as escapes, for a terminal). */
export const json: Formatter = (result) =>
  terminalJson(
    JSON.stringify(
      {
        version: 1,
        files: result.files,
        diagnostics: result.diagnostics.map((d) => ({
          severity: d.severity,
          code: d.code,
          message: d.message,
          file: d.file,
          line: d.line,
          column: d.column,
          cell: d.cell,
          path: d.path,
        })),
        summary: summarise(result.diagnostics),
        // Only with --changed: the unchanged files also checked, and the changed files they are compared with.
        ...(result.dependents ? { dependents: result.dependents } : {}),
      },
      null,
      2,
    ),
  ) + '\n';
