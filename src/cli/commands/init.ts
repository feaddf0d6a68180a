import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { CommandDefinition } from '../program.js';
import { initMessages as m } from '../../i18n/init.js';
import { UsageError } from '../errors.js';
import { loadPlanFile, MAX_CONFIG_BYTES } from '../../repo/load.js';
import { bundledPlanNames, choosePlan, planForRepository, planNamesOf, REPO_PLAN_FILE } from '../../repo/plan-copy.js';
import { readRepoFile } from '../../repo/read-repo-file.js';
import { placePackage } from '../../repo/cchc-package.js';
import { exampleNames, examplePlanFile, exampleUnits, officialBodyName, scaffoldFiles, shortNameOf } from '../../repo/scaffold.js';
import { packageInfo } from '../../util/package-info.js';
import { writeFileAtomic } from '../../util/atomic-write.js';

interface InitOptions {
  name?: string;
  parent?: string;
  place?: string;
  shortName?: string;
  fromExample?: string;
  cchcSource?: string;
  plan?: string;
  signer?: string;
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
    .option('--signer <name>', m.t('option.signer'))
    .option('--plan <file-or-name>', m.t('option.plan', { plans: bundledPlanNames().join(', ') || m.t('none') }))
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
      const given = opts.cchcSource ?? defaultSource();
      // The source ends up inside a quoted YAML scalar and a shell word in the CI files.
      if (!/^[^\s'"`$\\]+$/.test(given)) throw new UsageError(m.t('error.badSource', { source: given }));
      // A tarball must reach CI: one inside the repository is checked, one elsewhere is checked and copied to tools/.
      const placed = await placePackage(given, dir, cwd);
      if (placed.kind === 'missing') throw new UsageError(m.t('error.sourceMissing', { file: placed.file }));
      if (placed.kind === 'not-cchc') throw new UsageError(m.t('error.sourceNotCchc', { file: placed.file }));
      const source = placed.kind === 'copy' || placed.kind === 'in-repository' ? placed.source : given;
      // An example with a plan of its own starts the repository on that plan (its units are of the kinds it declares),
      // with the repository's names as for a bundled plan; --plan chooses another.
      const examplePlan = opts.fromExample !== undefined && opts.plan === undefined ? examplePlanFile(opts.fromExample) : null;
      const chosen = examplePlan !== null ? { file: examplePlan, bundled: true } : choosePlan(opts.plan, cwd);
      if (chosen === null) {
        throw new UsageError(m.t('error.unknownPlan', { plan: opts.plan ?? '', plans: bundledPlanNames().join(', ') || m.t('none') }));
      }
      const name = opts.name?.trim() ? officialBodyName(opts.name) : m.t('placeholder.name');
      const shortName = opts.shortName?.normalize('NFC').trim() || (opts.name?.trim() ? shortNameOf(name) : null);
      const values = {
        name,
        parent: opts.parent?.normalize('NFC').trim().toLocaleUpperCase('vi') ?? m.t('placeholder.parent'),
        place: opts.place?.normalize('NFC').trim() || m.t('placeholder.place'),
        shortName: shortName ?? m.t('placeholder.shortName'),
        signer: opts.signer?.normalize('NFC').trim() || m.t('placeholder.signer'),
        planFile: REPO_PLAN_FILE,
        cchcSource: source,
        version: packageInfo().version,
      };
      // The plan is checked before anything is written (its mistakes at their lines, exit 2), then copied
      // into the repository so it is versioned with the data; a bundled plan takes the repository's names.
      const planShown = chosen.bundled ? relative(cwd, chosen.file) : relative(cwd, chosen.file) || chosen.file;
      const plan = await loadPlanFile(chosen.file, planShown);
      const planText = new TextDecoder().decode(readRepoFile(chosen.file, planShown, { maxBytes: MAX_CONFIG_BYTES }));
      const planCopy = planForRepository(planText, chosen.bundled ? planNamesOf(shortName) : null);
      const created: string[] = [];
      const skipped: string[] = [];
      const extra = [{ path: REPO_PLAN_FILE, content: planCopy as string | Buffer }];
      if (placed.kind === 'copy') extra.push({ path: placed.path, content: placed.bytes });
      for (const file of [...scaffoldFiles(values, plan, units), ...extra]) {
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
        if (!opts.name || !opts.place || !opts.signer) lines.push(m.t('next.placeholders'));
        if (created.includes(REPO_PLAN_FILE)) lines.push(m.t('next.plan', { file: REPO_PLAN_FILE }));
        if (units === null) lines.push(m.t('next.units'));
        if (source === UNCONFIGURED_SOURCE) lines.push(m.t('next.source'));
        if (placed.kind === 'copy' || placed.kind === 'in-repository') {
          lines.push(m.t('next.package', { file: placed.source.slice(2), version: placed.version }));
        }
        if (!existsSync(join(dir, '.git'))) lines.push(m.t('next.git'));
      }
      process.stdout.write(lines.join('\n') + '\n');
      ctx.exit(0);
    });
};
