import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exampleNames, exampleUnits, officialBodyName, renderTemplate, shortNameOf, templatePaths } from '../../../src/repo/scaffold.js';

const values = {
  name: 'ỦY BAN NHÂN DÂN XÃ "ĐẠI SƠN": #1',
  parent: '',
  shortName: 'UBND xã Đại Sơn',
  place: 'Đại Sơn',
  signer: 'Nguyễn Văn A',
  planFile: 'ke-hoach/ke-hoach-cchc.yaml',
  cchcSource: './tools/cchc-0.1.0.tgz',
  version: '0.1.0',
};

describe('renderTemplate', () => {
  it('quotes @@yaml:key@@ so any text stays one YAML string, and inserts @@key@@ as is', () => {
    const out = renderTemplate('name: @@yaml:name@@\nparent: @@yaml:parent@@\n# @@shortName@@ @@version@@\n', values);
    expect(parse(out)).toEqual({ name: values.name, parent: '' });
    expect(out).toContain('# UBND xã Đại Sơn 0.1.0');
  });

  it('leaves GitHub expressions alone and rejects unknown placeholders', () => {
    expect(renderTemplate('x: ${{ vars.A || \'@@cchcSource@@\' }}', values)).toBe("x: ${{ vars.A || './tools/cchc-0.1.0.tgz' }}");
    expect(() => renderTemplate('@@nope@@', values, 'README.md')).toThrow('README.md: unknown placeholder @@nope@@');
  });

  it('every shipped template renders and its YAML/JSON parses', () => {
    for (const { template, path } of templatePaths()) {
      const text = renderTemplate(readFileSync(template, 'utf8'), values, path);
      expect(text).not.toMatch(/@@/);
      if (/\.ya?ml$/.test(path)) expect(() => parse(text)).not.toThrow();
      if (path.endsWith('.json')) expect(() => JSON.parse(text)).not.toThrow();
      expect(text.normalize('NFC')).toBe(text);
    }
  });
});

describe('templatePaths', () => {
  it('maps dot-* names to dotfiles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-tpl-'));
    try {
      mkdirSync(join(dir, 'dot-github/workflows'), { recursive: true });
      writeFileSync(join(dir, 'dot-github/workflows/x.yml'), '');
      writeFileSync(join(dir, 'dot-gitignore'), '');
      writeFileSync(join(dir, 'README.md'), '');
      expect(templatePaths(dir).map((t) => t.path).sort()).toEqual(['.github/workflows/x.yml', '.gitignore', 'README.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('examples', () => {
  it('copies an example units.yaml with the schema line pointed at the new repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-ex-'));
    try {
      mkdirSync(join(dir, 'mau'));
      writeFileSync(join(dir, 'mau/units.yaml'), '# yaml-language-server: $schema=../../schemas/units.schema.json\nunits: []\n');
      mkdirSync(join(dir, 'empty'));
      expect(exampleNames(dir)).toEqual(['mau']);
      expect(exampleUnits('mau', dir)).toBe('# yaml-language-server: $schema=./schemas/units.schema.json\nunits: []\n');
      expect(exampleUnits('empty', dir)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('shortNameOf', () => {
  it('shortens the official name the way running text writes it', () => {
    expect(shortNameOf('ỦY BAN NHÂN DÂN HUYỆN TỨ KỲ')).toBe('UBND huyện Tứ Kỳ');
    expect(shortNameOf('Ủy ban nhân dân thị trấn Tứ Kỳ')).toBe('UBND thị trấn Tứ Kỳ');
    expect(shortNameOf('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG')).toBe('UBND thành phố Hải Phòng');
    expect(shortNameOf('UỶ BAN NHÂN DÂN XÃ NGUYÊN GIÁP')).toBe('UBND xã Nguyên Giáp');
    expect(shortNameOf('SỞ NỘI VỤ')).toBe('SỞ NỘI VỤ');
  });

  it('writes the official name in full and in upper case', () => {
    expect(officialBodyName('UBND xã Tân Kỳ')).toBe('ỦY BAN NHÂN DÂN XÃ TÂN KỲ');
    expect(officialBodyName('  Ủy ban nhân dân   huyện Tứ Kỳ ')).toBe('ỦY BAN NHÂN DÂN HUYỆN TỨ KỲ');
    expect(shortNameOf(officialBodyName('UBND xã Tân Kỳ'))).toBe('UBND xã Tân Kỳ');
  });
});
