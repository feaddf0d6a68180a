import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORT_WRITERS } from '../../../src/render/reports/index.js';
import type { ReportInput } from '../../../src/render/reports/report-input.js';
import { deterministicZip } from '../../../src/util/deterministic-zip.js';
import { documentText, withoutXmlForbidden, xmlPartWithoutForbidden } from '../../../src/render/xml-safe.js';
import { sampleReportInput } from '../../helpers/sample-report.js';
import { malformedParts, xmlError } from '../../helpers/well-formed.js';

/** Text that has broken XML outputs, or could: forbidden characters, markup, escapes, invisible and huge characters. */
const HOSTILE = [
  '\uFFFE',
  '\uFFFF',
  '\u0000',
  '\u0001',
  '\u000B',
  '\u001B[2K\r',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  '😀',
  '\u2028',
  '\u202E',
  '\u200B',
  '\u0085',
  '\uFDD0',
  '<w:t>',
  '</w:t></w:r>',
  ']]>',
  '&amp;',
  '&#1;',
  '"\'',
  '{period}',
  '=SUM(A1)',
];

/** Any UTF-16 unit (lone surrogates included), whole code points, and the hostile pieces above. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom(...HOSTILE),
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.join(''));

/** Strings that are identifiers or codes the writers look up, not text they print. */
const NOT_TEXT = new Set(['id', 'area', 'indicator', 'period', 'kind', 'status', 'severity', 'code', 'type', 'evaluate', 'scope', 'level', 'path', 'cell', 'date', 'unit', 'lead', 'sections', 'compare', 'appendixOrder', 'appendices']);

/** Every text of the input with `extra(n)` appended (the n-th text gets the n-th string). */
function withText<T>(value: T, extra: (n: number) => string, key = '', counter = { n: 0 }): T {
  if (typeof value === 'string') return (NOT_TEXT.has(key) ? value : `${value}${extra(counter.n++)}`) as T;
  // A list's strings are what its key says they are (section ids, recipients' names).
  if (Array.isArray(value)) return value.map((v) => withText(v, extra, key, counter)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = withText(v, extra, k, counter);
    return out as T;
  }
  return value;
}

const TIME = new Date('2024-06-30T00:00:00Z');

describe('XML-safe text', () => {
  it('drops exactly the characters XML 1.0 forbids', () => {
    expect(documentText('a\uFFFEb\uFFFFc\u0000d\u0008e\u000Bf\u001Fg\tx\ny\rz')).toBe('abcdefg\tx\ny\rz');
    expect(documentText('\uD800x\uDC00y😀')).toBe('xy😀');
    expect(documentText('Tie\u0302\u0301ng')).toBe('Tiếng');
  });

  it('leaves text a parser accepts, whatever the input (differential: saxes)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = withoutXmlForbidden(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        expect(xmlError(`<a>${escaped}</a>`)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('cleans a serialised part as the text function would, and returns a clean part unchanged', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const part = Buffer.from(`<a b="${text.replace(/[&<>"]/g, '')}">${text.replace(/[&<>]/g, '')}</a>`, 'utf8');
        const clean = xmlPartWithoutForbidden(part);
        expect(xmlError(clean.toString('utf8'))).toBeNull();
        if (xmlError(part.toString('utf8')) === null) expect(clean).toBe(part);
      }),
      { numRuns: 2000 },
    );
    const big = Buffer.alloc(3 << 20, 0x61);
    big.write('\uFFFE', (1 << 20) - 1, 'utf8'); // across the scan's chunk boundary
    expect(xmlPartWithoutForbidden(big).length).toBe(big.length - 3);
  });
});

describe('report outputs for any text (fuzz)', () => {
  it('every part of the .docx and .xlsx is well-formed XML, straight from the writers', async () => {
    const base = sampleReportInput('quarter');
    const samples = fc.sample(fc.array(hostileText, { minLength: 50, maxLength: 50 }), { numRuns: 8, seed: 15 });
    for (const texts of samples) {
      const input: ReportInput = { ...withText(base, (n) => texts[n % texts.length]!), template: withText(base.template, (n) => texts[(n * 7) % texts.length]!) };
      for (const format of ['docx', 'xlsx'] as const) {
        // Straight from the writer: the text path alone must be safe (the zip pass's guard is the second line).
        const raw = await REPORT_WRITERS[format].render(input);
        expect(malformedParts(raw), format).toEqual([]);
        expect(malformedParts(await deterministicZip(raw, TIME)), format).toEqual([]);
      }
    }
  }, 120_000);
});
