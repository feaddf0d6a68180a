import chalk from 'chalk';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { formatterMessages as m } from '../../i18n/formatters.js';
import type { Formatter } from './types.js';
import { summarise } from './types.js';
import { linePath, visible } from '../terminal-text.js';

const paint: Record<Severity, (s: string) => string> = {
  error: (s) => chalk.red(s),
  warning: (s) => chalk.yellow(s),
  info: (s) => chalk.blue(s),
};

/**
 * Where a finding is: line:column, or the cell with its sheet's name quoted
 * as Excel writes it ('Chỉ tiêu'!D12), since the name is the workbook's and a
 * line of this output never begins with words from the input.
 */
function place(d: Diagnostic): string {
  if (d.cell) {
    const bang = d.cell.lastIndexOf('!');
    return bang === -1 ? visible(d.cell) : `'${visible(d.cell.slice(0, bang)).replace(/'/g, "''")}'${visible(d.cell.slice(bang))}`;
  }
  if (d.line !== null) return `${d.line}:${d.column ?? 1}`;
  return '-';
}

/**
 * For people: grouped by file, aligned columns, a summary line. Safe for a
 * terminal and a CI log: text from the input (paths, messages quoting keys
 * and values) has its control and invisible characters shown as escapes, and
 * every line begins with cchc's own words (a path begins with ./).
 */
export const stylish: Formatter = (result, options) => {
  const bold = (s: string) => (options.colour ? chalk.bold(s) : s);
  const colour = (sev: Severity, s: string) => (options.colour ? paint[sev](s) : s);
  const dim = (s: string) => (options.colour ? chalk.dim(s) : s);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(bold(linePath(file)));
    const places = list.map(place);
    const sevs = list.map((d) => m.in(options.lang, `severity.${d.severity}`));
    const wPlace = Math.max(...places.map((p) => p.length));
    const wSev = Math.max(...sevs.map((s) => s.length));
    list.forEach((d, i) => {
      lines.push(
        `  ${dim(places[i]!.padEnd(wPlace))}  ${colour(d.severity, sevs[i]!.padEnd(wSev))}  ${visible(d.message)}  ${dim(d.code)}`,
      );
    });
    lines.push('');
  }
  // With --changed: unchanged files checked because a file they are compared with changed.
  if (result.dependents?.length) {
    lines.push(m.in(options.lang, 'dependents.title', { count: result.dependents.length }));
    for (const d of result.dependents) {
      lines.push(`  ${linePath(d.file)}  ${dim(visible(m.in(options.lang, 'dependents.because', { files: d.changed.join(', ') })))}`);
    }
    lines.push('');
  }
  const s = summarise(result.diagnostics);
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) {
    lines.push(m.in(options.lang, 'summary.clean', { files: result.files }));
  } else {
    const text = m.in(options.lang, 'summary.problems', { total, ...s, files: result.files });
    lines.push(s.errors > 0 ? colour('error', bold(text)) : s.warnings > 0 ? colour('warning', bold(text)) : text);
  }
  return lines.join('\n') + '\n';
};
