import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chalk from 'chalk';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitFormats, formatOption, outputOption, resolveFormatTargets } from '../../../src/cli/format-targets.js';
import { UsageError } from '../../../src/cli/errors.js';
import { setLang } from '../../../src/i18n/index.js';

beforeAll(() => setLang('en'));
afterAll(() => setLang('vi'));

describe('resolveFormatTargets', () => {
  it('defaults to stylish on the screen', () => {
    expect(resolveFormatTargets(undefined)).toEqual([{ format: 'stylish', file: null }]);
    expect(resolveFormatTargets([], 'out.txt')).toEqual([{ format: 'stylish', file: 'out.txt' }]);
  });

  it('gives -o to the last format without its own file', () => {
    expect(resolveFormatTargets(['stylish', 'sarif'], 'report.sarif')).toEqual([
      { format: 'stylish', file: null },
      { format: 'sarif', file: 'report.sarif' },
    ]);
    expect(resolveFormatTargets(['github', 'sarif=cchc.sarif', 'junit=junit.xml'])).toEqual([
      { format: 'github', file: null },
      { format: 'sarif', file: 'cchc.sarif' },
      { format: 'junit', file: 'junit.xml' },
    ]);
    expect(resolveFormatTargets(['json', 'sarif=a=b.sarif'], 'x.json')).toEqual([
      { format: 'json', file: 'x.json' },
      { format: 'sarif', file: 'a=b.sarif' },
    ]);
  });

  it('refuses what cannot be meant', () => {
    const bad: [string[], string | undefined, RegExp][] = [
      [['pdf'], undefined, /Unknown format "pdf"; choose one of: stylish, json, junit, sarif, github, gitlab/],
      [['sarif='], undefined, /Missing file name/],
      [['stylish', 'json'], undefined, /Formats stylish, json would all write to the screen/],
      [['sarif=x', 'junit=x'], undefined, /File .*x is used for several formats \(sarif, junit\)/],
      [['sarif=x'], 'y', /Option -o has nothing to apply to/],
    ];
    for (const [specs, out, message] of bad) {
      expect(() => resolveFormatTargets(specs, out)).toThrow(UsageError);
      expect(() => resolveFormatTargets(specs, out)).toThrow(message);
    }
  });

  it('collects repeated --format options through commander', async () => {
    const cmd = new Command().addOption(formatOption()).addOption(outputOption()).exitOverride();
    await cmd.parseAsync(['--format', 'stylish', '-f', 'sarif', '-o', 'r.sarif'], { from: 'user' });
    const opts = cmd.opts<{ format: string[]; out: string }>();
    expect(resolveFormatTargets(opts.format, opts.out)).toEqual([
      { format: 'stylish', file: null },
      { format: 'sarif', file: 'r.sarif' },
    ]);
  });
});

describe('emitFormats', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'cchc-targets-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const result = {
    files: 1,
    fileList: ['a.yaml'],
    diagnostics: [{ severity: 'error' as const, code: 'x', message: 'bad', file: 'a.yaml', line: 2, column: 3, cell: null, path: '' }],
  };
  const options = { lang: 'en' as const, colour: true, root: process.cwd() };

  it('writes files (without colour) and returns the screen output', () => {
    const level = chalk.level;
    chalk.level = 1;
    const coloured = emitFormats(result, [{ format: 'stylish', file: null }], options);
    expect(coloured).toContain('\u001b[');
    const screen = emitFormats(
      result,
      [
        { format: 'github', file: null },
        { format: 'json', file: join(dir, 'sub/out.json') },
        { format: 'stylish', file: join(dir, 'out.txt') },
      ],
      options,
    );
    expect(screen.startsWith('::error file=a.yaml,line=2,col=3,title=x::bad\n')).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'sub/out.json'), 'utf8')).summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).not.toContain('\u001b[');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    chalk.level = level;
  });

  it('an unwritable target is a usage error naming the file (here the file in the way of its folder)', () => {
    expect(() => emitFormats(result, [{ format: 'json', file: join(dir, 'out.txt', 'x.json') }], options)).toThrow(
      /Cannot write .*out\.txt: part of the path is a file, not a folder/,
    );
  });
});
