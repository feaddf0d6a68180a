import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePath, visible } from '../../../src/render/terminal-text.js';
import { stylish } from '../../../src/render/formatters/stylish.js';
import { renderStatusTable } from '../../../src/render/status-table.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import { sampleConsolidation } from '../../helpers/sample-report.js';

const PIECES = ['\n', '\r', '\u001b[2K', '\u009b', '::error file=a::x', '##[error]', '##vso[task.complete]', '\u2028', '\u202e', '\u200b', 'о', 'Sơn', '\t', '\u0000'];
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 8 }).map((p) => p.join(''));
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

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
});
