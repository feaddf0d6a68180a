import { planForReport } from '../load-consolidation.js';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';
import { formMessages as m } from '../../i18n/forms.js';
import { cliMessages } from '../../i18n/cli.js';
import { openRepository } from '../repo-context.js';
import { UsageError } from '../errors.js';
import { parsePeriod, type Period } from '../../consolidate/period.js';
import { unitMayReport, unitOwes } from '../../consolidate/unit-valid-in.js';
import { closest } from '../../util/suggest.js';
import { formatDate } from '../../util/vi-format.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { startProgress } from '../progress.js';
import type { Repository } from '../../repo/load.js';
import type { Plan } from '../../plan/model.js';
import { submissionSchemaFile } from '../../repo/plans-by-date.js';
import type { Unit } from '../../repo/model.js';
import { formForUnit } from '../../form/form-for-unit.js';
import { visible } from '../../render/terminal-text.js';
import { refuseOutputOnInput } from '../../repo/output-guard.js';
import { writeYamlForm } from '../../form/yaml-form.js';
import { ensureWorkDir, workDir } from '../../repo/work-dir.js';
import { loadCommonDifficulties, type CommonDifficulties } from '../../repo/common-difficulties.js';

export type FormFormat = 'xlsx' | 'yaml';

interface TemplateOptions {
  unit?: string;
  all?: boolean;
  period: string;
  format: FormFormat;
  out?: string;
  repo?: string;
  force?: boolean;
}

/**
 * Path of the repository's submission schema for `plan` (the schema of the
 * plan the period is reported under) as seen from a file in `dir`, for the
 * editor's schema line.
 */
export function schemaRefFrom(dir: string, repo: Pick<Repository, 'root' | 'plans'>, plan: Plan): string {
  return relative(dir, join(repo.root, 'schemas', submissionSchemaFile(repo.plans, plan))).split(sep).join('/');
}

/** The bytes of one unit's form. */
export async function renderForm(
  repo: Repository,
  unit: Unit,
  period: Period,
  format: FormFormat,
  outFile: string,
  commonDifficulties?: CommonDifficulties,
): Promise<Uint8Array | string> {
  // The plan the period is reported under (a period across a change of plan has none: a usage error).
  const plan = planForReport(repo, period.id);
  const form = formForUnit(plan, repo.config, unit, period, commonDifficulties ?? loadCommonDifficulties(plan, repo));
  if (format === 'yaml') return writeYamlForm(form, { schemaRef: schemaRefFrom(dirname(outFile), repo, plan) });
  const { writeXlsxForm } = await import('../../form/xlsx-form.js');
  return writeXlsxForm(form);
}

function checkWritable(file: string, force: boolean | undefined): void {
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) throw new UsageError(m.t('error.outIsDir', { file: visible(file) }));
    if (!force) throw new UsageError(m.t('error.exists', { file: visible(relative(process.cwd(), file) || file) }));
  }
}

export const templateCommand: CommandDefinition = (program, ctx) => {
  program
    .command('template')
    .description(m.t('template.description'))
    .option('--unit <id>', m.t('template.option.unit'))
    .option('--all', m.t('template.option.all'))
    .requiredOption('--period <period>', m.t('template.option.period'))
    .addOption(new Option('--format <format>', m.t('template.option.format')).choices(['xlsx', 'yaml']).default('xlsx'))
    .option('-o, --out <path>', m.t('template.option.out'))
    .option('--repo <dir>', cliMessages.t('option.repo'))
    .option('--force', m.t('option.force'))
    .action(async (opts: TemplateOptions) => {
      if (Boolean(opts.unit) === Boolean(opts.all)) throw new UsageError(m.t('error.unitOrAll'));
      const period = parsePeriod(opts.period);
      if (!period) throw new UsageError(m.t('error.badPeriod', { period: opts.period }));
      const repo = await openRepository(opts.repo);
      const cwd = process.cwd();
      const ext = opts.format === 'yaml' ? '.yaml' : '.xlsx';
      const shown = (abs: string) => visible(relative(cwd, abs) || abs);

      if (opts.unit) {
        const unit = repo.units.find((u) => u.id === opts.unit);
        if (!unit) {
          const near = closest(opts.unit, repo.units.map((u) => u.id));
          throw new UsageError(m.t('error.unknownUnit', { unit: opts.unit, suggestion: near ? m.t('suggestion', { id: near }) : '' }));
        }
        if (!unitMayReport(unit, period, repo.config.cutoffDay)) {
          throw new UsageError(
            m.t('error.unitNotValid', {
              unit: unit.id,
              period: period.id,
              from: unit.validFrom ? formatDate(unit.validFrom) : m.t('open'),
              to: unit.validTo ? formatDate(unit.validTo) : m.t('open'),
            }),
          );
        }
        const out = opts.out !== undefined ? resolve(cwd, opts.out) : workDir(repo.root, period.id, `${unit.id}${ext}`);
        refuseOutputOnInput(repo, out, shown(out), { intoSubmissions: true });
        checkWritable(out, opts.force);
        if (opts.out === undefined) ensureWorkDir(repo.root);
        writeFileAtomic(out, await renderForm(repo, unit, period, opts.format, out));
        process.stdout.write(m.t('template.written', { file: visible(shown(out)), unit: visible(unit.name), period: period.id }) + '\n');
        ctx.exit(0);
        return;
      }

      const units = repo.units.filter((u) => unitOwes(u, period, repo.config));
      if (units.length === 0) throw new UsageError(m.t('error.noUnits', { period: period.id }));
      const dir = opts.out !== undefined ? resolve(cwd, opts.out) : workDir(repo.root, period.id);
      const files = units.map((u) => ({ unit: u, out: join(dir, `${u.id}${ext}`) }));
      // Every target is checked before anything is written.
      for (const f of files) {
        refuseOutputOnInput(repo, f.out, shown(f.out), { intoSubmissions: true });
        checkWritable(f.out, opts.force);
      }
      if (opts.out === undefined) ensureWorkDir(repo.root);
      const common = loadCommonDifficulties(planForReport(repo, period.id), repo);
      const progress = startProgress(m.t('template.progress'), files.length);
      for (const f of files) {
        writeFileAtomic(f.out, await renderForm(repo, f.unit, period, opts.format, f.out, common));
        progress.tick();
      }
      progress.done();
      process.stdout.write(m.t('template.writtenAll', { count: files.length, dir: shown(dir) }) + '\n');
      ctx.exit(0);
    });
};
