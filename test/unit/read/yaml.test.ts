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
});
