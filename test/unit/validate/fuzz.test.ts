import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_REPO, FIXTURES, tempRepo } from '../../helpers/fixture-repo.js';
import { fill, openWorkbook, saveWorkbook } from '../../helpers/xlsx-fill.js';
import { loadRepository, type Repository } from '../../../src/repo/load.js';
import { SubmissionChecker, type CheckedFile } from '../../../src/validate/pipeline.js';
import { readYaml } from '../../../src/read/yaml.js';
import { json } from '../../../src/render/formatters/json.js';
import { buildForm } from '../../../src/form/form.js';
import { writeXlsxForm } from '../../../src/form/xlsx-form.js';
import { periodOf } from '../../../src/consolidate/period.js';

/**
 * The checker's boundary: whatever bytes a submission holds, check() returns
 * diagnostics (never throws), every diagnostic names its file and has a
 * complete message, and no prototype is ever polluted.
 */

const VALID = readFileSync(join(BASE_REPO, 'submissions/2024Q2/xa-an-binh.yaml'), 'utf8');
const FILE = 'submissions/2024Q2/xa-an-binh.yaml';

function expectSane(result: CheckedFile, file: string): void {
  expect(Array.isArray(result.diagnostics)).toBe(true);
  for (const d of result.diagnostics) {
    expect(d.file).toBe(file);
    expect(d.code).toMatch(/^[a-z0-9-]+$/);
    expect(d.message.length).toBeGreaterThan(0);
    // A placeholder left in a message means a parameter went missing.
    expect(d.message).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(['error', 'warning', 'info']).toContain(d.severity);
  }
  // What the CLI prints must be producible.
  const text = json({ files: 1, fileList: [file], diagnostics: result.diagnostics }, { lang: 'vi', colour: false, root: '/' });
  expect(() => JSON.parse(text) as unknown).not.toThrow();
}

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>)['toString']).toBe(Object.prototype.toString);
}

/** Values a hostile or careless hand puts where a number belongs. */
const ODD_SCALARS = [
  '.nan', '.inf', '-.inf', '1e400', '-1', '0x1F', '0o17', '1_000', '99999999999999999999', 'null', '~', '"12"', 'true', 'no',
  '[]', '{}', '&a 1', '*a', '!!binary aGk=', '!!str 1', '!!js/function "x"', '? x', '<<: *a', '"\\u0000"', "'", '"', '|', '>-',
  '__proto__', '{__proto__: {polluted: 1}}', '{constructor: {prototype: {polluted: 1}}}',
];

const PLAIN = { noNullPrototype: true } as const;

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 12 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('scalar' as const), at: fc.nat(), value: fc.constantFrom(...ODD_SCALARS) }),
  fc.record({ kind: fc.constant('line' as const), at: fc.nat(), op: fc.constantFrom('duplicate', 'drop', 'swap', 'indent', 'dedent', 'tab') }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: Buffer, m: Mutation): Buffer {
  const at = text.length ? m.at % text.length : 0;
  switch (m.kind) {
    case 'insert':
      return Buffer.concat([text.subarray(0, at), Buffer.from(m.text), text.subarray(at)]);
    case 'delete':
      return Buffer.concat([text.subarray(0, at), text.subarray(at + m.length)]);
    case 'bytes':
      return Buffer.concat([text.subarray(0, at), Buffer.from(m.bytes), text.subarray(at)]);
    case 'truncate':
      return text.subarray(0, at);
    case 'scalar': {
      // Replace the value after the n-th "key: value".
      const s = text.toString('utf8');
      const values = [...s.matchAll(/: ([^\n{},]+)/g)];
      if (!values.length) return text;
      const v = values[m.at % values.length]!;
      const start = v.index + 2;
      return Buffer.from(s.slice(0, start) + m.value + s.slice(start + v[1]!.length));
    }
    case 'line': {
      const lines = text.toString('utf8').split('\n');
      const i = m.at % lines.length;
      const j = (i + 1) % lines.length;
      if (m.op === 'duplicate') lines.splice(i, 0, lines[i]!);
      else if (m.op === 'drop') lines.splice(i, 1);
      else if (m.op === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      else if (m.op === 'indent') lines[i] = `  ${lines[i]}`;
      else if (m.op === 'dedent') lines[i] = lines[i]!.replace(/^ {1,2}/, '');
      else lines[i] = `\t${lines[i]}`;
      return Buffer.from(lines.join('\n'));
    }
  }
}

describe('the checker never throws past its boundary', () => {
  let root: string;
  let repo: Repository;

  beforeAll(async () => {
    root = tempRepo();
    repo = await loadRepository(root);
  });

  it('on __proto__ and constructor keys anywhere, without polluting prototypes', async () => {
    const text = readFileSync(join(FIXTURES, 'hostile/prototype-keys/input.yaml'));
    writeFileSync(join(root, FILE), text);
    const result = await new SubmissionChecker(repo, { cwd: root, today: '2026-01-01' }).check(join(root, FILE));
    expectSane(result, FILE);
    expect(result.valid).toBe(false);
    expectNoPollution();
    for (const doc of [
      '__proto__: { polluted: 1 }\n',
      'a: { __proto__: { polluted: 1 } }\n',
      'constructor: { prototype: { polluted: 1 } }\n',
      '"__proto__": [1]\n',
      'x: &p { polluted: 1 }\n__proto__: *p\n',
    ]) {
      const r = readYaml(Buffer.from(doc));
      expect(r.data === undefined || typeof r.data === 'object').toBe(true);
      expectNoPollution();
    }
  });

  it('on mutated YAML text (fast-check)', async () => {
    const checker = () => new SubmissionChecker(repo, { cwd: root, today: '2026-01-01' });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        let bytes = Buffer.from(VALID);
        for (const m of mutations) bytes = mutate(bytes, m);
        writeFileSync(join(root, FILE), bytes);
        const result = await checker().check(join(root, FILE));
        expectSane(result, FILE);
        expectNoPollution();
      }),
      { numRuns: 300, seed: 20240610 },
    );
  });

  it('on Excel forms with odd values typed into their cells (fast-check)', async () => {
    const plan = repo.plan;
    const form = buildForm(plan, { id: 'xa-an-binh', name: 'Xã An Bình', kind: 'commune', leads: [] }, periodOf('2024Q2'), {});
    const template = await writeXlsxForm(form);
    const keys = [
      'submitted',
      'preparedBy/name',
      'areas/tthc/values/hs-tiep-nhan',
      'areas/tthc/values/hs-dung-han',
      'areas/tai-chinh/values/cong-khai-ngan-sach',
      'areas/tthc/narrative/results',
      'areas/cong-vu/values/cbcc-xa',
    ];
    const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
      fc.double(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, 2 ** 53 + 1, -5),
      fc.string({ maxLength: 20 }),
      fc.constantFrom('1.234', '95,5', '95,5%', '=1+1', '@SUM(A1)', 'Có', 'Không', '', '   ', '#N/A', '2024-13-45'),
      fc.boolean(),
      fc.constant(null),
      fc.date({ min: new Date(-8.64e15 + 1), max: new Date(8.64e15 - 1), noInvalidDate: true }),
      // Plain objects (exceljs, which writes the test workbook, needs their prototype).
      fc.record({ formula: fc.constantFrom('1/0', 'A1+1', "cmd|' /C calc'!A0", '[1]Sheet1!A1'), result: fc.oneof(fc.integer(), fc.constant(undefined)) }, PLAIN),
      fc.record({ error: fc.constantFrom('#DIV/0!', '#N/A', '#VALUE!', '#REF!') }, PLAIN),
      fc.record({ text: fc.string({ maxLength: 10 }), hyperlink: fc.constantFrom('http://evil.example/', 'file:///etc/passwd', 'mailto:x@y') }, PLAIN),
      fc.record({ richText: fc.array(fc.record({ text: fc.string({ maxLength: 8 }) }, PLAIN), { minLength: 1, maxLength: 3 }) }, PLAIN),
    ) as fc.Arbitrary<CellValue>;
    const xlsxFile = 'submissions/2024Q2/xa-an-binh.xlsx';
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...keys), cellValue), { minLength: 1, maxLength: 4 }), async (edits) => {
        const wb = await openWorkbook(template);
        for (const [key, value] of edits) fill(wb, key, value);
        writeFileSync(join(root, xlsxFile), await saveWorkbook(wb));
        const result = await new SubmissionChecker(repo, { cwd: root, today: '2026-01-01' }).check(join(root, xlsxFile));
        expectSane(result, xlsxFile);
        expectNoPollution();
      }),
      { numRuns: 40, seed: 20240611 },
    );
  });
});
