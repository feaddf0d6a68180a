import { isAbsolute, relative, sep } from 'node:path';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { formatterMessages as m } from '../../i18n/formatters.js';
import type { Formatter } from './types.js';
import { summarise } from './types.js';
import { visibleBreaksKept as shown } from '../terminal-text.js';

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

/**
 * One annotation. Text from the input (the path, a sheet's name, keys and
 * values quoted in a message) has its control and invisible characters shown
 * as escapes, as in the stylish output, except line breaks, which the
 * command's escaping carries (%0D, %0A): the runner decodes nothing else, so
 * an escape sequence, a bidi override or a zero-width space would otherwise
 * reach the log as it is.
 */
function command(d: Diagnostic): string {
  const cell = d.cell === null ? null : shown(d.cell);
  const props = [`file=${escapeProperty(shown(workspacePath(d.file)))}`];
  if (cell === null && d.line !== null) {
    props.push(`line=${d.line}`);
    if (d.column !== null) props.push(`col=${d.column}`);
  }
  props.push(`title=${escapeProperty(cell ? `${d.code} (${cell})` : d.code)}`);
  const message = shown(d.message);
  const text = cell ? `${cell}: ${message}` : message;
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
