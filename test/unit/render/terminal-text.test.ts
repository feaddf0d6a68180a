import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { linePath, terminalJson, visible } from '../../../src/render/terminal-text.js';
import { FORMATTERS } from '../../../src/render/formatters/index.js';
import { withoutXmlForbidden } from '../../../src/render/xml-safe.js';
import { stylish } from '../../../src/render/formatters/stylish.js';
import { renderStatusTable } from '../../../src/render/status-table.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import { sampleConsolidation } from '../../helpers/sample-report.js';

/** An attribute value as XML parsers read it (the references JUnit's writer uses). */
const decodeXml = (v: string): string =>
  v
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const PIECES = ['\n', '\r', '\u001b[2K', '\u009b', '\u007f', '\ufffe', '\ud800', '\u{e0041}', '\u2066', '::error file=a::x', '##[error]', '##vso[task.complete]', '\u2028', '\u202e', '\u200b', 'о', 'Sơn', '\t', '\u0000'];
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 8 }).map((p) => p.join(''));
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const UNSAFE_EXCEPT_LF = /[\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufffe\uffff]/u;

describe('text for a terminal or a CI log', () => {
  it('shows control, invisible and look-alike characters as escapes', () => {
    expect(visible('a\nb\rc\td\u001b[2Ke')).toBe('a\\nb\\rc\\td\\u001b[2Ke');
    expect(visible('Đại Sơn\u200b')).toBe('Đại Sơn\\u200b');
    expect(visible('Đại Sоn')).toBe('Đại S\\u043en'); // Cyrillic о inside a Latin word
    expect(visible('Москва và Hà Nội')).toBe('Москва và Hà Nội'); // a Cyrillic word of its own is left as it is
    expect(visible('evil\u202etxt.yaml')).toBe('evil\\u202etxt.yaml');
    expect(visible('Bộ phận Một cửa — 100%')).toBe('Bộ phận Một cửa — 100%');
  });

  it('never lets a control or invisible character through', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(visible(text)).not.toMatch(UNSAFE);
        expect(linePath(text).trimStart()).not.toMatch(/^(::|##)/);
      }),
      { numRuns: 3000 },
    );
  });

  it('stylish output: no line begins with input text, none carries a control character', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile, hostile), { minLength: 1, maxLength: 4 }), (items) => {
        const diagnostics: Diagnostic[] = items.map(([file, message, sheet], i) => ({
          severity: 'error',
          code: 'unknown-field',
          message,
          file: `${file}.yaml`,
          line: i % 2 ? 3 : null,
          column: i % 2 ? 1 : null,
          cell: i % 2 ? null : `${sheet}!D12`,
          path: '',
        }));
        const text = stylish({ files: items.length, fileList: diagnostics.map((d) => d.file), diagnostics }, { lang: 'en', colour: false, root: '/kho' });
        for (const line of text.split('\n')) {
          expect(line).not.toMatch(UNSAFE);
          expect(line.trimStart()).not.toMatch(/^(::|##)/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('status table: unit names from units.yaml cannot break or begin a line', () => {
    const c = sampleConsolidation('quarter');
    const units = c.completeness.units.map((u) => ({ ...u, name: `${u.name}\n::error file=units.yaml::forged\u001b[2K` }));
    const text = renderStatusTable({ ...c, completeness: { ...c.completeness, units } }, { lang: 'vi', colour: false });
    expect(text).not.toMatch(/\u001b/);
    for (const line of text.split('\n')) expect(line.trimStart()).not.toMatch(/^::/);
    expect(text).toContain('\\n::error file=units.yaml::forged\\u001b[2K');
  });

  it('every output format: no control or invisible character raw, no line beginning with input text, the data intact for parsers', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile, hostile), { minLength: 1, maxLength: 3 }), (items) => {
        const diagnostics: Diagnostic[] = items.map(([file, message, sheet], i) => ({
          severity: i % 3 === 0 ? 'error' : 'warning',
          code: 'unknown-field',
          message,
          file: `submissions/${file}.yaml`,
          line: i % 2 ? 3 : null,
          column: i % 2 ? 1 : null,
          cell: i % 2 ? null : `${sheet}!D12`,
          path: `/${message}`,
        }));
        const result = { files: items.length, fileList: [...new Set(diagnostics.map((d) => d.file))], diagnostics };
        for (const [name, format] of Object.entries(FORMATTERS)) {
          const out = format(result, { lang: 'en', colour: false, root: '/kho' });
          expect(out, name).not.toMatch(UNSAFE_EXCEPT_LF);
          const lines = out.split('\n');
          // The github format's own workflow commands, one per finding, are the only lines beginning with "::".
          const commands = lines.filter((l) => l.trimStart().startsWith('::'));
          if (name === 'github') {
            expect(commands).toHaveLength(diagnostics.length);
            for (const c of commands) expect(c).toMatch(/^::(error|warning) file=[^\n]*,title=unknown-field( \(.*\))?::/);
          } else expect(commands, name).toEqual([]);
          for (const line of lines) expect(line.trimStart(), `${name}: ${line}`).not.toMatch(/^##/);
          if (name === 'json') {
            const parsed = JSON.parse(out) as { diagnostics: Diagnostic[] };
            expect(parsed.diagnostics.map((d) => [d.message, d.file, d.cell])).toEqual(diagnostics.map((d) => [d.message, d.file, d.cell]));
          }
          if (name === 'junit') {
            expect(XMLValidator.validate(out), out).toBe(true);
            // The test cases' names are the files' paths, as a parser reads them back (without what XML cannot carry).
            const names = [...out.matchAll(/<testcase [^>]*name="([^"]*)"/g)].map((m) => decodeXml(m[1]!));
            expect(names).toEqual(result.fileList.map(withoutXmlForbidden));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('JSON for a terminal: the same data, no raw C1 control, bidi override or separator', () => {
    const data = { a: 'x\u009b2J\u202e\u2028\u200b\u{e0041}\u007fy', b: ['Sơn', 'Москва'] };
    const text = terminalJson(JSON.stringify(data, null, 2));
    expect(text).toContain('x\\u009b2J\\u202e\\u2028\\u200b\\udb40\\udc41\\u007fy');
    expect(text).toMatch(/Sơn[\s\S]*Москва/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
