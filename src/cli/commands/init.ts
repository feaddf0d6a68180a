import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { CommandDefinition } from '../program.js';
import { initMessages as m } from '../../i18n/init.js';
import { UsageError } from '../errors.js';
import { DEFAULT_PLAN_PATH } from '../../plan/load.js';
import { loadPlanFile } from '../../repo/load.js';
import { exampleNames, exampleUnits, officialBodyName, scaffoldFiles, shortNameOf } from '../../repo/scaffold.js';
import { packageInfo } from '../../util/package-info.js';
import { writeFileAtomic } from '../../util/atomic-write.js';

interface InitOptions {
  name?: string;
  parent?: string;
  place?: string;
  shortName?: string;
  fromExample?: string;
  cchcSource?: string;
}

/** Marker the generated CI recognises as "not configured yet" (and then fails with a clear message). */
export const UNCONFIGURED_SOURCE = 'CHUA-CAU-HINH';

/** Where CI installs cchc from when `--cchc-source` is not given: cchc's own git repository, if known. */
function defaultSource(): string {
  const { repository, version } = packageInfo();
  if (!repository) return UNCONFIGURED_SOURCE;
  const url = repository.startsWith('git+') || repository.startsWith('git@') ? repository : `git+${repository}`;
  return `${url}#v${version}`;
}

export const initCommand: CommandDefinition = (program, ctx) => {
  const examples = exampleNames();
  program
    .command('init')
    .description(m.t('command.description'))
    .argument('[dir]', m.t('arg.dir'))
    .option('--name <name>', m.t('option.name'))
    .option('--parent <name>', m.t('option.parent'))
    .option('--place <place>', m.t('option.place'))
    .option('--short-name <name>', m.t('option.shortName'))
    .option('--from-example <name>', m.t('option.fromExample', { examples: examples.join(', ') || m.t('none') }))
    .option('--cchc-source <spec>', m.t('option.cchcSource'))
    .action(async (dirArg: string | undefined, opts: InitOptions) => {
      const cwd = process.cwd();
      const dir = resolve(cwd, dirArg ?? '.');
      if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(m.t('error.notDir', { dir: dirArg ?? dir }));
      let units: string | null = null;
      if (opts.fromExample !== undefined) {
        units = exampleUnits(opts.fromExample);
        if (units === null) {
          throw new UsageError(
            m.t('error.unknownExample', { name: opts.fromExample, examples: examples.join(', ') || m.t('none') }),
          );
        }
      }
      const source = opts.cchcSource ?? defaultSource();
      // The source ends up inside a quoted YAML scalar and a shell word in the CI files.
      if (!/^[^\s'"`$\\]+$/.test(source)) throw new UsageError(m.t('error.badSource', { source }));
      const name = opts.name?.trim() ? officialBodyName(opts.name) : m.t('placeholder.name');
      const values = {
        name,
        parent: opts.parent?.normalize('NFC').trim().toLocaleUpperCase('vi') ?? m.t('placeholder.parent'),
        place: opts.place?.normalize('NFC').trim() || m.t('placeholder.place'),
        shortName:
          opts.shortName?.normalize('NFC').trim() || (opts.name ? shortNameOf(name) : m.t('placeholder.shortName')),
        cchcSource: source,
        version: packageInfo().version,
      };
      const plan = await loadPlanFile(DEFAULT_PLAN_PATH, relative(cwd, DEFAULT_PLAN_PATH));
      const created: string[] = [];
      const skipped: string[] = [];
      for (const file of scaffoldFiles(values, plan, units)) {
        const target = join(dir, ...file.path.split('/'));
        if (existsSync(target)) {
          skipped.push(file.path);
          continue;
        }
        // A full disk or a read-only folder is an EnvironmentError naming the file.
        writeFileAtomic(target, file.content);
        created.push(file.path);
      }
      const shown = relative(cwd, dir);
      const lines = [m.t('created.heading', { dir: shown === '' ? '.' : shown.startsWith('..') ? dir : shown })];
      for (const f of created) lines.push(m.t('created', { file: f }));
      for (const f of skipped) lines.push(m.t('skipped', { file: f }));
      lines.push('', m.t('summary', { created: created.length, skipped: skipped.length }));
      if (created.length > 0) {
        lines.push('', m.t('next.heading'));
        if (!opts.name || !opts.place) lines.push(m.t('next.placeholders'));
        if (units === null) lines.push(m.t('next.units'));
        if (source === UNCONFIGURED_SOURCE) lines.push(m.t('next.source'));
        if (!existsSync(join(dir, '.git'))) lines.push(m.t('next.git'));
      }
      process.stdout.write(lines.join('\n') + '\n');
      ctx.exit(0);
    });
};
