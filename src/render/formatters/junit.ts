import { severityRank, type Diagnostic } from '../../model/diagnostic.js';
import { formatterMessages as m } from '../../i18n/formatters.js';
import type { Formatter } from './types.js';
import { xmlAttribute, xmlText } from './xml-escape.js';
import { linePath, visibleBreaksKept } from '../terminal-text.js';

function place(d: Diagnostic): string {
  if (d.cell) return d.cell;
  if (d.line !== null) return `${d.line}:${d.column ?? 1}`;
  return '';
}

/** "file:line:col" (or "file (Sheet!A1)"), the way people and editors read a location. */
function where(d: Diagnostic, file = d.file): string {
  if (d.cell) return `${file} (${d.cell})`;
  return d.line !== null ? `${file}:${d.line}:${d.column ?? 1}` : file;
}

/**
 * Text from the input for a human-read part of the report (a failure's
 * message and text, the system-out lines): control and invisible characters
 * shown as escapes, as in the stylish output, instead of dropped; its own
 * line breaks written as character references, so that the report printed
 * to a CI log has no line that begins with input text (a runner reads
 * `::error …` at the start of any line) while parsers read the same text.
 */
function readable(text: string): string {
  return xmlText(visibleBreaksKept(text)).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** "submissions/2024Q2/x.yaml" → class "submissions.2024Q2" (consumers group by dotted class names). */
function className(file: string): string {
  const parts = file.replace(/\\/g, '/').split('/');
  parts.pop();
  const dir = parts.filter((p) => p !== '' && p !== '.').join('.');
  return dir === '' ? 'cchc' : dir;
}

/**
 * JUnit XML: one test case per file checked, one <failure> per diagnostic at or
 * above the fail level (errors by default), type = the diagnostic code. Lower
 * findings (warnings) do not fail the file: they are listed in the test case's
 * <system-out>, which Jenkins, GitLab and the GitHub JUnit actions show.
 * The `failures` counts are failing test cases, as those consumers expect
 * (failures ≤ tests); the number of <failure> elements is the number of errors.
 */
export const junit: Formatter = (result, options) => {
  const failRank = severityRank(options.failOn ?? 'error');
  const files: string[] = [...result.fileList];
  const byFile = new Map<string, Diagnostic[]>(files.map((f) => [f, []]));
  for (const d of result.diagnostics) {
    let list = byFile.get(d.file);
    if (!list) {
      // A finding about a file that was not itself checked (e.g. units.yaml): give it its own case.
      list = [];
      byFile.set(d.file, list);
      files.push(d.file);
    }
    list.push(d);
  }
  let failing = 0;
  const cases: string[] = [];
  for (const file of files) {
    const list = byFile.get(file) ?? [];
    const failures = list.filter((d) => severityRank(d.severity) >= failRank);
    const others = list.filter((d) => severityRank(d.severity) < failRank);
    if (failures.length > 0) failing++;
    const open = `    <testcase classname="${xmlAttribute(className(file))}" name="${xmlAttribute(file)}" file="${xmlAttribute(file)}" time="0"`;
    if (list.length === 0) {
      cases.push(`${open}/>`);
      continue;
    }
    const body: string[] = [`${open}>`];
    for (const d of failures) {
      // The text's lines: the place (after the element's start), cchc's words, the data path (it begins with "/").
      const text = [readable(where(d)), `${m.in(options.lang, `severity.${d.severity}`)} ${d.code}: ${readable(d.message)}`];
      if (d.path) text.push(readable(d.path));
      const message = visibleBreaksKept(`${place(d) ? place(d) + ' ' : ''}${d.message}`);
      body.push(`      <failure type="${xmlAttribute(d.code)}" message="${xmlAttribute(message)}">${text.join('\n')}</failure>`);
    }
    if (others.length > 0) {
      // One line a finding, each beginning with its path as stylish shows it (./…).
      const lines = others.map(
        (d) => `${readable(where(d, linePath(d.file)))}  ${m.in(options.lang, `severity.${d.severity}`)}  ${readable(d.message)}  ${d.code}`,
      );
      body.push(`      <system-out>${lines.join('\n')}</system-out>`);
    }
    body.push('    </testcase>');
    cases.push(body.join('\n'));
  }
  const counts = `tests="${files.length}" failures="${failing}" errors="0" skipped="0" time="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cchc" ${counts}>`,
    `  <testsuite name="cchc validate" ${counts}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
