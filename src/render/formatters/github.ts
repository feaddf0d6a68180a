import { isAbsolute, relative, sep } from 'node:path';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { formatterMessages as m } from '../../i18n/formatters.js';
import type { Formatter } from './types.js';
import { summarise } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping of a workflow command's message (as @actions/core does). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value: also `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub resolves annotation paths against the workspace, where the job runs cchc. */
function workspacePath(file: string): string {
  const rel = isAbsolute(file) ? relative(process.cwd(), file) : file;
  return rel.split(sep).join('/');
}

function command(d: Diagnostic): string {
  const props = [`file=${escapeProperty(workspacePath(d.file))}`];
  if (d.cell === null && d.line !== null) {
    props.push(`line=${d.line}`);
    if (d.column !== null) props.push(`col=${d.column}`);
  }
  props.push(`title=${escapeProperty(d.cell ? `${d.code} (${d.cell})` : d.code)}`);
  const text = d.cell ? `${d.cell}: ${d.message}` : d.message;
  return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(text)}`;
}

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its
 * line (or on the file, with the sheet and cell in the text, for workbooks),
 * followed by the plain summary line for the job log.
 */
export const github: Formatter = (result, options) => {
  const lines = result.diagnostics.map(command);
  const s = summarise(result.diagnostics);
  const total = s.errors + s.warnings + s.infos;
  lines.push(
    total === 0
      ? m.in(options.lang, 'summary.clean', { files: result.files })
      : m.in(options.lang, 'summary.problems', { total, ...s, files: result.files }),
  );
  return lines.join('\n') + '\n';
};
