import { readInputFile } from '../../util/read-input.js';
import { join, relative, resolve } from 'node:path';
import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';
import { validateMessages as m } from '../../i18n/validate.js';
import { ciMessages } from '../../i18n/ci.js';
import { cliMessages } from '../../i18n/cli.js';
import { getLang } from '../../i18n/index.js';
import { openRepository } from '../repo-context.js';
import { collectSubmissionFiles, periodFolderOf } from '../../repo/files.js';
import { CONFIG_FILE, ConfigFileError, loadPlanFile, MAX_CONFIG_BYTES, UNITS_FILE, type Repository } from '../../repo/load.js';
import { changedFiles, changedScope, defaultBase, dependentFiles, explainDependents, inScope } from '../../repo/changed.js';
import { SubmissionChecker } from '../../validate/pipeline.js';
import { CROSS_FILE_CODES } from '../../validate/rules/index.js';
import { SEVERITIES, severityRank, type Diagnostic, type Severity } from '../../model/diagnostic.js';
import type { ValidationResult } from '../../render/formatters/types.js';
import { emitFormats, formatOption, outputAliasOption, outputOption, resolveFormatTargets } from '../format-targets.js';
import { UsageError } from '../errors.js';
import { refuseOutputOnInput } from '../../repo/output-guard.js';
import chalk from 'chalk';
import { visible } from '../../render/terminal-text.js';

interface ValidateOptions {
  repo?: string;
  format?: string[];
  out?: string;
  output?: string;
  failOn: Severity;
  quiet?: boolean;
  maxWarnings?: string;
  color?: boolean;
  changed?: boolean;
  base?: string;
  jobs?: string;
}

/** --jobs N: threads for a large batch. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 64) throw new UsageError(m.t('error.badJobs', { value }));
  return n;
}

/** --max-warnings N: more warnings than N fail the run (as eslint). */
export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(m.t('error.badMaxWarnings', { value }));
  return Number(value);
}

/**
 * The configuration files among the paths: cchc.yaml, units.yaml (checked
 * already, since the repository loaded), the repository's plans, and any other
 * plan (a YAML file with a top-level `indicators:`), checked here.
 */
async function configFilesAmong(repo: Repository, paths: readonly string[]): Promise<{ files: string[]; diagnostics: Diagnostic[]; rest: string[] }> {
  const cwd = process.cwd();
  const out = { files: [] as string[], diagnostics: [] as Diagnostic[], rest: [] as string[] };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const shown = relative(cwd, abs) || abs;
    if (abs === join(repo.root, CONFIG_FILE) || abs === join(repo.root, UNITS_FILE) || repo.planFiles.includes(abs)) {
      out.files.push(shown);
    } else if (/\.ya?ml$/i.test(abs) && periodFolderOf(repo.root, abs) === null && looksLikePlan(abs, repo.root)) {
      out.files.push(shown);
      try {
        await loadPlanFile(abs, shown, repo.root);
      } catch (err) {
        if (!(err instanceof ConfigFileError)) throw err;
        out.diagnostics.push(...err.diagnostics);
      }
    } else out.rest.push(p);
  }
  return out;
}

/** A plan file, not a submission: its top level has the plan's `indicators:`. */
function looksLikePlan(abs: string, root: string): boolean {
  const read = readInputFile(abs, { root, maxBytes: MAX_CONFIG_BYTES });
  return 'bytes' in read && /^indicators:/m.test(read.bytes.toString('utf8'));
}

export const validateCommand: CommandDefinition = (program, ctx) => {
  program
    .command('validate')
    .description(m.t('command.description'))
    .argument('[paths...]', m.t('arg.paths'))
    .option('--repo <dir>', cliMessages.t('option.repo'))
    .addOption(formatOption())
    .addOption(outputOption())
    .addOption(outputAliasOption())
    .addOption(new Option('--fail-on <level>', m.t('option.failOn')).choices([...SEVERITIES]).default('error'))
    .option('-q, --quiet', m.t('option.quiet'))
    .option('--max-warnings <n>', m.t('option.maxWarnings'))
    .option('--changed', ciMessages.t('option.changed'))
    .option('--base <ref>', ciMessages.t('option.base'))
    .option('--color', m.t('option.color'))
    .option('--no-color', m.t('option.noColor'))
    .option('-j, --jobs <n>', m.t('option.jobs'))
    .action(async (paths: string[], opts: ValidateOptions) => {
      // Invocation mistakes are reported before any work is done.
      const targets = resolveFormatTargets(opts.format, opts.out ?? opts.output);
      const jobs = parseJobs(opts.jobs);
      const maxWarnings = parseMaxWarnings(opts.maxWarnings);
      if (opts.base !== undefined && !opts.changed) throw new UsageError(ciMessages.t('error.baseWithoutChanged'));
      const colour = opts.color === true ? true : opts.color === false ? false : chalk.level > 0;
      const report = (result: ValidationResult, root: string) => {
        const diagnostics = result.diagnostics;
        const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
        // --quiet (as eslint): only errors are shown, in every format; the exit code still follows --fail-on.
        const shown = opts.quiet ? { ...result, diagnostics: diagnostics.filter((d) => d.severity === 'error') } : result;
        process.stdout.write(emitFormats(shown, targets, { lang: getLang(), colour, root, failOn: opts.failOn }));
        const limit = severityRank(opts.failOn);
        let failed = diagnostics.some((d) => severityRank(d.severity) >= limit);
        if (maxWarnings !== undefined && warnings > maxWarnings) {
          process.stderr.write(`cchc: ${m.t('tooManyWarnings', { count: warnings, max: maxWarnings })}\n`);
          failed = true;
        }
        ctx.exit(failed ? 1 : 0);
      };
      let repo;
      try {
        repo = await openRepository(opts.repo, paths);
      } catch (err) {
        // Errors in cchc.yaml, units.yaml or the plan are findings like any other, at their lines, in
        // every format (CI shows them as annotations); the submissions wait until those files are right.
        if (!(err instanceof ConfigFileError)) throw err;
        const fileList = [...new Set(err.diagnostics.map((d) => d.file))];
        process.stderr.write(`cchc: ${m.t('configFirst', { files: fileList.map(visible).join(', ') })}\n`);
        report({ files: fileList.length, fileList, diagnostics: err.diagnostics }, err.root ?? process.cwd());
        return;
      }
      // An output file never lands on an input (--format json=units.yaml) or among the submissions.
      for (const t of targets) if (t.file !== null) refuseOutputOnInput(repo, resolve(t.file), t.file);
      // cchc.yaml, units.yaml and plans named on the command line are checked as what they are.
      const config = await configFilesAmong(repo, paths);
      let files = config.files.length && config.rest.length === 0 ? [] : collectSubmissionFiles(repo.root, config.rest);
      let dependents = new Map<string, string[]>();
      if (opts.changed) {
        // Every file is still there to be read as context (previous periods, duplicates);
        // the changed ones are checked and reported, and so are the unchanged ones compared with them.
        const changed = changedFiles(repo.root, opts.base ?? defaultBase(repo.root));
        const scope = changedScope(changed, [join(repo.root, CONFIG_FILE), join(repo.root, UNITS_FILE), ...repo.planFiles]);
        if (scope !== null) dependents = dependentFiles(repo.root, [...scope], files);
        const selected = new Set([...inScope(files, scope), ...dependents.keys()]);
        files = files.filter((f) => selected.has(f));
      }
      const checker = new SubmissionChecker(repo, jobs === undefined ? {} : { jobs });
      const checked = await checker.diagnoseAll(files);
      const checkedFiles = explainDependents(
        { files: checked.length, fileList: checked.map((c) => c.file), diagnostics: checked.flatMap((c) => c.diagnostics) },
        checked,
        dependents,
        (abs) => checker.display(abs),
        CROSS_FILE_CODES,
      );
      report(
        {
          ...checkedFiles,
          files: checkedFiles.files + config.files.length,
          fileList: [...config.files, ...checkedFiles.fileList],
          diagnostics: [...config.diagnostics, ...checkedFiles.diagnostics],
        },
        repo.root,
      );
    });
};
