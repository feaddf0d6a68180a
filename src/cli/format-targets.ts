import { resolve } from 'node:path';
import { Option } from 'commander';
import { FORMATTERS, FORMAT_NAMES, type FormatName } from '../render/formatters/index.js';
import type { FormatOptions, ValidationResult } from '../render/formatters/types.js';
import { ciMessages as m } from '../i18n/ci.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { UsageError } from './errors.js';

/** One requested output: a format and where it goes (null = standard output). */
export interface FormatTarget {
  format: FormatName;
  file: string | null;
}

/** A conventional file name per format, for messages and generated CI files. */
export const SUGGESTED_FILE: Record<FormatName, string> = {
  stylish: 'cchc.txt',
  json: 'cchc.json',
  junit: 'cchc-junit.xml',
  sarif: 'cchc.sarif',
  github: 'cchc-github.txt',
  gitlab: 'gl-code-quality-report.json',
};

function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as string[]).includes(name);
}

/**
 * `--format NAME[=FILE]`, repeatable, and `-o, --out FILE` (`-o, --out` is
 * "where the output goes" in every command). Add them to a command with
 * `.addOption(formatOption()).addOption(outputOption()).addOption(outputAliasOption())`
 * and pass `format` and `out ?? output` to `resolveFormatTargets`.
 */
export function formatOption(): Option {
  return new Option('-f, --format <name[=file]>', m.t('option.format', { choices: FORMAT_NAMES.join(', ') }))
    .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .default(undefined);
}

export function outputOption(): Option {
  return new Option('-o, --out <file>', m.t('option.output'));
}

/** `--output FILE`, the earlier name of `--out` in validate: still accepted, no longer shown. */
export function outputAliasOption(): Option {
  return new Option('--output <file>').hideHelp();
}

/**
 * Turns the options into targets. Rules (also in `cchc validate --help`):
 * - `--format NAME` writes to the screen, `--format NAME=FILE` to FILE;
 * - `-o FILE` is the file of the last `--format` given without one (of the
 *   default `stylish` when there is no --format);
 * - at most one format may write to the screen, and no two to the same file.
 */
export function resolveFormatTargets(specs: readonly string[] | undefined, output?: string): FormatTarget[] {
  const given = specs && specs.length > 0 ? specs : ['stylish'];
  const targets: FormatTarget[] = given.map((spec) => {
    const eq = spec.indexOf('=');
    const name = (eq < 0 ? spec : spec.slice(0, eq)).trim();
    const file = eq < 0 ? null : spec.slice(eq + 1);
    if (!isFormatName(name)) throw new UsageError(m.t('error.unknownFormat', { format: name, choices: FORMAT_NAMES.join(', ') }));
    if (file !== null && file.trim() === '') throw new UsageError(m.t('error.emptyFormatFile', { format: name }));
    return { format: name, file };
  });
  if (output !== undefined) {
    let last = -1;
    targets.forEach((t, i) => {
      if (t.file === null) last = i;
    });
    if (last < 0) throw new UsageError(m.t('error.outputWithoutFormat'));
    targets[last] = { ...targets[last]!, file: output };
  }
  const onScreen = targets.filter((t) => t.file === null);
  if (onScreen.length > 1) {
    throw new UsageError(
      m.t('error.twoOnStdout', {
        formats: onScreen.map((t) => t.format).join(', '),
        example: `${onScreen[1]!.format}=${SUGGESTED_FILE[onScreen[1]!.format]}`,
      }),
    );
  }
  const byFile = new Map<string, FormatName[]>();
  for (const t of targets) {
    if (t.file === null) continue;
    const key = resolve(t.file);
    byFile.set(key, [...(byFile.get(key) ?? []), t.format]);
  }
  for (const [file, formats] of byFile) {
    if (formats.length > 1) throw new UsageError(m.t('error.sameFile', { file, formats: formats.join(', ') }));
  }
  return targets;
}

/**
 * Renders every target: files are written atomically (a reader never sees half
 * a report), the screen output is returned for the caller to print.
 */
export function emitFormats(result: ValidationResult, targets: readonly FormatTarget[], options: FormatOptions): string {
  let screen = '';
  for (const target of targets) {
    const formatter = FORMATTERS[target.format];
    if (target.file === null) {
      screen += formatter(result, options);
      continue;
    }
    // A failure of the disk is an EnvironmentError naming the file and what to do.
    writeFileAtomic(target.file, formatter(result, { ...options, colour: false }));
  }
  return screen;
}
