import { join, relative, resolve } from 'node:path';
import chalk from 'chalk';
import type { CommandDefinition } from '../program.js';
import { planMessages as m } from '../../i18n/plan.js';
import { cliMessages } from '../../i18n/cli.js';
import { getLang } from '../../i18n/index.js';
import { CONFIG_FILE, findRepositoryRoot, MAX_CONFIG_BYTES } from '../../repo/load.js';
import { planEntries } from '../../repo/plans-by-date.js';
import { readYaml } from '../../read/yaml.js';
import type { RepoConfig } from '../../repo/model.js';
import { DEFAULT_PLAN_PATH } from '../../plan/load.js';
import { checkPlanFile } from '../plan-file-check.js';
import { readRepoFile } from '../../repo/read-repo-file.js';
import { emitFormats, formatOption, outputOption, resolveFormatTargets } from '../format-targets.js';
import type { Diagnostic } from '../../model/diagnostic.js';

/**
 * `cchc plan check [FILE…]`: a plan's mistakes as diagnostics, each at its
 * line, in any output format `validate` has; exit 1 when there is one. The
 * files are read through the guarded reader, inside the repository (or, for a
 * plan outside any repository, inside its own folder).
 */
export const planCommand: CommandDefinition = (program, ctx) => {
  const plan = program.command('plan').description(m.t('command.description'));
  plan
    .command('check')
    .description(m.t('check.description'))
    .argument('[files...]', m.t('check.arg.files'))
    .option('--repo <dir>', cliMessages.t('option.repo'))
    .addOption(formatOption())
    .addOption(outputOption())
    .action(async (files: string[], opts: { repo?: string; format?: string[]; output?: string }) => {
      const targets = resolveFormatTargets(opts.format, opts.output);
      const cwd = process.cwd();
      const root = opts.repo ? resolve(cwd, opts.repo) : findRepositoryRoot(files[0] ? resolve(cwd, files[0]) : cwd);
      // Without files: the plans cchc.yaml names (read without loading them, so their mistakes can be shown), else the bundled plan.
      const paths = files.length ? files.map((f) => resolve(cwd, f)) : root ? configuredPlanFiles(root) : [DEFAULT_PLAN_PATH];
      const diagnostics: Diagnostic[] = [];
      const summaries: string[] = [];
      for (const abs of paths) {
        const checked = await checkPlanFile(abs, relative(cwd, abs) || abs, root);
        diagnostics.push(...checked.diagnostics);
        if (checked.summary !== null) summaries.push(checked.summary);
      }
      const result = { files: paths.length, fileList: paths.map((p) => relative(cwd, p) || p), diagnostics };
      const screen = emitFormats(result, targets, { lang: getLang(), colour: chalk.level > 0, root: root ?? cwd });
      process.stdout.write(screen);
      // The summary of each valid plan, for people (machine formats stay clean on the screen).
      if (targets.some((t) => t.file === null && t.format === 'stylish')) for (const s of summaries) process.stdout.write(`${s}\n`);
      ctx.exit(diagnostics.length ? 1 : 0);
    });
};

/** The plan files cchc.yaml names (its `plan` or `plans`; the bundled plan when none), without checking the rest of it. */
function configuredPlanFiles(root: string): string[] {
  const data = readYaml(readRepoFile(join(root, CONFIG_FILE), CONFIG_FILE, { root, maxBytes: MAX_CONFIG_BYTES })).data;
  const config = (data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Pick<RepoConfig, 'plan' | 'plans'>;
  const entries = planEntries({
    ...(typeof config.plan === 'string' ? { plan: config.plan } : {}),
    ...(Array.isArray(config.plans) ? { plans: config.plans.filter((p) => p !== null && typeof p === 'object') } : {}),
  });
  return entries.map((e) => (typeof e.file === 'string' ? resolve(root, e.file) : DEFAULT_PLAN_PATH));
}
