import { describe, expect, it } from 'vitest';
import { readYaml } from '../../../src/read/yaml.js';

const read = (text: string) => readYaml(Buffer.from(text, 'utf8'));

describe('readYaml', () => {
  it('forces the YAML 1.2 core schema even under a %YAML 1.1 directive', () => {
    const r = read('%YAML 1.1\n---\na: no\nb: yes\nc: 2024-01-01\nd: 0x1F\n');
    expect(r.data).toEqual({ a: 'no', b: 'yes', c: '2024-01-01', d: 31 });
  });

  it('reads 007 as the number 7 (so ids must be strings in the schema)', () => {
    expect(read('unit: 007\n').data).toEqual({ unit: 7 });
  });

  it('reports duplicate keys with the key and its position', () => {
    const r = read('a: 1\nb:\n  c: 1\n  c: 2\n');
    expect(r.problems.map((p) => [p.code, p.params['key'], p.line, p.column])).toEqual([['yaml-duplicate-key', 'c', 4, 3]]);
  });

  it('refuses alias bombs', () => {
    let text = 'a: &a [x,x,x,x,x,x,x,x,x]\n';
    let prev = 'a';
    for (const n of 'bcdefgh') {
      text += `${n}: &${n} [${Array(9).fill('*' + prev).join(',')}]\n`;
      prev = n;
    }
    const r = read(text);
    expect(r.data).toBeUndefined();
    expect(r.problems[0]!.code).toBe('yaml-alias-limit');
  });

  it('normalises text (keys and values) to NFC', () => {
    const nfd = 'Ke\u0302\u0301t qua\u0309';
    const r = read(`"${nfd}": "${nfd}"\n`);
    expect(r.data).toEqual({ 'Kết quả': 'Kết quả' });
  });

  it('keeps __proto__ and constructor as plain keys without touching prototypes', () => {
    const r = read('__proto__: { polluted: 1 }\nconstructor: { prototype: { polluted: 2 } }\n');
    const data = r.data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it('accepts a BOM and CRLF line ends', () => {
    expect(read('\ufeffa: 1\r\nb: x\r\n').data).toEqual({ a: 1, b: 'x' });
  });

  it('refuses binary, invalid UTF-8, empty and deeply nested input', () => {
    expect(readYaml(Buffer.from([0x61, 0x00, 0x62])).problems[0]!.code).toBe('file-binary');
    expect(readYaml(Buffer.from([0x61, 0x3a, 0x20, 0xc3, 0x28])).problems[0]!.code).toBe('file-not-utf8');
    expect(read('  \n').problems[0]!.code).toBe('file-empty');
    expect(read('a: ' + '['.repeat(100) + ']'.repeat(100)).problems[0]!.code).toBe('yaml-too-deep');
    let block = '';
    for (let i = 0; i < 200; i++) block += ' '.repeat(i * 2) + `k${i}:\n`;
    expect(read(block).problems[0]!.code).toBe('yaml-too-deep');
  });

  it('locates values and keys by data path', () => {
    const r = read('unit: x\nareas:\n  tthc:\n    values:\n      hs-tiep-nhan: 12\n');
    expect(r.locator.locate(['areas', 'tthc', 'values', 'hs-tiep-nhan'])).toEqual({ line: 5, column: 21, cell: null });
    expect(r.locator.locate(['areas', 'tthc', 'values', 'hs-tiep-nhan'], 'key')).toEqual({ line: 5, column: 7, cell: null });
    // a missing path resolves to its deepest existing ancestor
    expect(r.locator.locate(['areas', 'tthc', 'tasks', 'x'], 'key').line).toBe(3);
  });

  it('finds duplicate keys in large mappings, both readers, and says how many more there are past 50', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: ${i}\n`).join('');
    // The fast reader meets the duplicate past its linear scan, declines, and the full reader reports it.
    const r = read(`${many(100)}k40: again\n`);
    expect(r.problems.map((p) => [p.code, p.params['key'], p.line])).toEqual([['yaml-duplicate-key', 'k40', 101]]);
    expect((r.data as Record<string, unknown>)['k40']).toBe('again');
    const flood = read(`${many(100)}${many(100)}`);
    expect(flood.problems.filter((p) => p.code === 'yaml-duplicate-key')).toHaveLength(50);
    expect(flood.problems.at(-1)).toMatchObject({ code: 'yaml-more-duplicate-keys', params: { count: 50 } });
  });

  it('locates keys of a large mapping through its index, both readers', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `k${i}: ${i}\n`).join('');
    for (const r of [read(text), readYaml(Buffer.from(text), { full: true })]) {
      expect(r.locator.locate(['k4321'], 'key')).toEqual({ line: 4322, column: 1, cell: null });
      expect(r.locator.locate(['k4321'])).toEqual({ line: 4322, column: 8, cell: null });
    }
  });

  it('counts values, aliases expanded, and refuses more than 300,000', () => {
    expect(read(`a: [${'1,'.repeat(300_000)}1]\n`).problems[0]!.code).toBe('yaml-too-large');
    const fan = `a: &x [${'1,'.repeat(9_999)}1]\n${Array.from({ length: 40 }, (_, i) => `b${i}: *x\n`).join('')}`;
    expect(read(fan).problems.map((p) => [p.code, p.line])).toEqual([['yaml-alias-limit', 2]]);
    // Under the budget, aliases read as they always did.
    expect(read('a: &x [1, 2]\nb: *x\n').data).toEqual({ a: [1, 2], b: [1, 2] });
    expect(read('a: &x [1, *x]\n').problems[0]!.code).toBe('yaml-alias-limit');
  });

  it('is not fooled about nesting by a # or a quote inside a word, or an escaped quote', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    for (const start of ['[x#, ', "[it's, ", '["\\"", ', "['it''s', "]) {
      expect(read(`a: ${start}${deep}]\n`).problems[0]!.code, start).toBe('yaml-too-deep');
    }
    // Real comments and quoted brackets still do not count.
    expect(read('a: [1, "[[[[", \'[[[\'] # [[[[[\n').data).toEqual({ a: [1, '[[[[', '[[['] });
  });

  it('says UTF-16 is UTF-16, reads lone CR line ends as line ends, and names tags outside the core schema', () => {
    const text = 'unit: xa\nperiod: 2024Q3\n';
    for (const enc of ['utf16le', 'ucs2'] as const) expect(readYaml(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, enc)])).problems[0]!.code).toBe('file-utf16');
    expect(readYaml(Buffer.from(text, 'utf16le')).problems[0]!.code).toBe('file-utf16');
    expect(readYaml(Buffer.from([0x61, 0x00, 0x62, 0x63, 0x64, 0x65])).problems[0]!.code).toBe('file-binary');
    const cr = read('unit: xa\rperiod: 2024Q3\rareas:\r  tthc: {}\r');
    expect(cr.data).toEqual({ unit: 'xa', period: '2024Q3', areas: { tthc: {} } });
    expect(cr.locator.locate(['areas', 'tthc'], 'key')).toEqual({ line: 4, column: 3, cell: null });
    const tags = read('a: !!timestamp 2024-01-01\nb: !!binary aGk=\nc: !!str 007\nd: !local x\n');
    expect(tags.data).toBeUndefined();
    expect(tags.problems.map((p) => [p.code, p.params['tag'], p.line])).toEqual([
      ['yaml-unsupported-tag', '!!timestamp', 1],
      ['yaml-unsupported-tag', '!!binary', 2],
      ['yaml-unsupported-tag', '!local', 4],
    ]);
    expect(read('c: !!str 007\n').data).toEqual({ c: '007' });
  });
});
