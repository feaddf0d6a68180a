import { planForPeriodText } from '../../repo/plans-by-date.js';
import { existsSync, statSync } from 'node:fs';
import { isWithin, readInputFile } from '../../util/read-input.js';
import { refusalText } from '../../repo/read-repo-file.js';
import { MAX_SUBMISSION_BYTES } from '../../validate/pipeline.js';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Option } from 'commander';
import type { CommandDefinition } from '../program.js';
import { formMessages as m } from '../../i18n/forms.js';
import { cliMessages } from '../../i18n/cli.js';
import { UsageError } from '../errors.js';
import { readerFor } from '../../read/index.js';
import type { ReadProblem, ReadResult } from '../../read/types.js';
import { diagnosticMessages } from '../../i18n/diagnostics.js';
import { findRepositoryRoot, loadPlanFile, loadRepository, type Repository } from '../../repo/load.js';
import { DEFAULT_PLAN_PATH } from '../../plan/load.js';
import { parsePeriod } from '../../consolidate/period.js';
import { getIn, keysOf } from '../../form/raw-data.js';
import { formForData } from '../../form/form-for-unit.js';
import { writeYamlForm } from '../../form/yaml-form.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { schemaRefFrom, type FormFormat } from './template.js';
import { linePath, visible } from '../../render/terminal-text.js';
import { refuseOutputOnInput } from '../../repo/output-guard.js';
import { checkFormOrigin } from '../../validate/form-origin.js';
import { FormLabelCheck } from '../../validate/form-labels.js';
import { periodFolderOf, submissionCandidates } from '../../repo/files.js';
import { ensureWorkDir, workDir } from '../../repo/work-dir.js';
import { upgradedSubmission } from '../../form/upgrade-narrative.js';
import { loadCommonDifficulties } from '../../repo/common-difficulties.js';

interface ConvertOptions {
  to: FormFormat;
  out?: string;
  repo?: string;
  force?: boolean;
}

/** The schema shipped with cchc, for files converted outside any repository. */
const BUNDLED_SCHEMA = fileURLToPath(new URL('../../../schemas/submission.schema.json', import.meta.url));

/** How the formats are called in messages ("bản Excel"). */
const FORMAT_NAME: Record<FormFormat, string> = { yaml: 'YAML', xlsx: 'Excel' };

/** The most text one Excel cell holds. */
const EXCEL_CELL_MAX = 32_767;

function problemLine(file: string, p: ReadProblem): string {
  const where = p.cell ?? (p.line !== null ? `${p.line}:${p.column ?? 1}` : '');
  const message = p.message ?? diagnosticMessages.t(p.code as never, p.params);
  // The path begins the line and the message may quote the file: both shown safe for a terminal.
  return `${linePath(file)}${where ? ` ${visible(where)}` : ''}: ${visible(message)} [${p.code}]`;
}

function isBlank(v: unknown): boolean {
  if (v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && keysOf(v).length === 0;
}

/**
 * The submission with every empty entry left out: an empty cell of the form
 * (null value, null task, "" text) says what a missing key says. A form lists
 * every row of the unit, so a workbook made from a YAML file has such entries
 * where the YAML had nothing.
 */
export function withoutEmpties(data: unknown): unknown {
  // A list's blank items (a form's unused difficulty rows) say nothing either.
  if (Array.isArray(data)) return data.map(withoutEmpties).filter((v) => !isBlank(v));
  if (data === null || typeof data !== 'object') return data;
  const out: Record<string, unknown> = {};
  for (const k of keysOf(data)) {
    const v = withoutEmpties(getIn(data, [k]));
    if (isBlank(v)) continue;
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The first data path where two submissions differ, with both values. */
function firstDifference(a: unknown, b: unknown, path: string[] = []): { path: string; before: unknown; after: unknown } | null {
  if (isDeepStrictEqual(a, b)) return null;
  const isObj = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isObj(a) && isObj(b)) {
    for (const k of new Set([...keysOf(a), ...keysOf(b)])) {
      const d = firstDifference(getIn(a, [k]), getIn(b, [k]), [...path, k]);
      if (d) return d;
    }
  }
  return { path: path.join('.') || '/', before: a, after: b };
}

function longText(data: unknown, path: string[] = []): { path: string; length: number } | null {
  if (typeof data === 'string') return data.length > EXCEL_CELL_MAX ? { path: path.join('.'), length: data.length } : null;
  for (const k of keysOf(data)) {
    const hit = longText(getIn(data, [k]), [...path, k]);
    if (hit) return hit;
  }
  return null;
}

const show = (v: unknown): string => (v === undefined ? m.t('convert.missing') : JSON.stringify(v));

async function repositoryFor(opts: ConvertOptions, file: string): Promise<Repository | null> {
  if (opts.repo) return loadRepository(resolve(opts.repo));
  const root = findRepositoryRoot(dirname(file)) ?? findRepositoryRoot(process.cwd());
  return root ? loadRepository(root) : null;
}

export const convertCommand: CommandDefinition = (program, ctx) => {
  program
    .command('convert')
    .description(m.t('convert.description'))
    .argument('<file>', m.t('convert.arg.file'))
    .addOption(new Option('--to <format>', m.t('convert.option.to')).choices(['yaml', 'xlsx']).makeOptionMandatory())
    .option('-o, --out <file>', m.t('convert.option.out'))
    .option('--repo <dir>', cliMessages.t('option.repo'))
    .option('--force', m.t('option.force'))
    .action(async (fileArg: string, opts: ConvertOptions) => {
      const cwd = process.cwd();
      const file = resolve(cwd, fileArg);
      // Paths for messages, shown safe for a terminal and a CI log (a file's name may hold anything).
      const shown = (abs: string) => visible(relative(cwd, abs) || abs);
      if (!existsSync(file)) throw new UsageError(m.t('error.fileNotFound', { file: visible(fileArg) }));
      // A folder, a device or a named pipe is there but is no report: said so, before anything else is done.
      if (!statSync(file).isFile()) throw new UsageError(refusalText(shown(file), { code: 'file-not-regular', params: {} }));
      const reader = readerFor(file);
      if (!reader) throw new UsageError(m.t('error.notSubmission', { file: visible(fileArg) }));
      const fromXlsx = extname(file).toLowerCase() === '.xlsx';
      if (fromXlsx === (opts.to === 'xlsx')) throw new UsageError(m.t('error.sameFormat', { file: visible(fileArg), to: opts.to }));
      const ext = opts.to === 'xlsx' ? '.xlsx' : '.yaml';
      const repo = await repositoryFor(opts, file);
      const name = basename(file, extname(file));
      // A submission converted beside itself would be the unit's second report for the period.
      const inputFolder = repo ? periodFolderOf(repo.root, file) : null;
      const out = resolve(
        cwd,
        opts.out ?? (repo && inputFolder !== null ? workDir(repo.root, inputFolder, name + ext) : join(dirname(file), name + ext)),
      );
      if (out === file) throw new UsageError(m.t('error.sameFile', { file: visible(fileArg) }));
      if (existsSync(out) && !opts.force) throw new UsageError(m.t('error.exists', { file: shown(out) }));
      const outFolder = repo ? periodFolderOf(repo.root, out) : null;
      if (repo && outFolder !== null) {
        const existing = submissionCandidates(repo.root, outFolder, basename(out, extname(out))).find((f) => f !== out && existsSync(f));
        if (existing) throw new UsageError(m.t('convert.error.duplicate', { out: shown(out), existing: shown(existing), to: FORMAT_NAME[opts.to] }));
      }

      const bundled = repo ? null : await loadPlanFile(DEFAULT_PLAN_PATH, relative(cwd, DEFAULT_PLAN_PATH));
      // A converted submission may go into submissions/, never onto cchc.yaml, units.yaml, the plan or a template.
      if (repo) refuseOutputOnInput(repo, out, shown(out), { intoSubmissions: true });

      // Inside a repository, its file is read as every file of it is: not through a link leading elsewhere.
      const input = readInputFile(file, { ...(repo && isWithin(repo.root, file) ? { root: repo.root } : {}), maxBytes: MAX_SUBMISSION_BYTES });
      if ('refusal' in input) throw new UsageError(refusalText(shown(file), input.refusal));
      const read: ReadResult = await reader(input.bytes);
      // The plan of the submission's period (a repository may change plan at a date).
      const plan = bundled ?? planForPeriodText(repo!.plans, (read.data as { period?: unknown } | null)?.period);
      const problems = [...read.problems];
      if (read.form && read.data !== null && typeof read.data === 'object' && !Array.isArray(read.data)) {
        // A form made from another plan: blank rows it alone has are dropped; filled ones stop the conversion.
        const origin = checkFormOrigin(read.form, read.data as Record<string, unknown>, plan, read.locator);
        if (origin) {
          const message = diagnosticMessages.t(origin.code, origin.params);
          const { severity, code, params } = origin;
          problems.push({ severity, code, params, message, line: null, column: null, cell: read.form.cell, path: '' });
        }
        // Text typed into a target or guidance cell is not converted: said at its cell.
        if (read.formLabels) {
          const units = new Map((repo?.units ?? []).map((u) => [u.id, u]));
          problems.push(...new FormLabelCheck(plan, repo?.config ?? null, units).check(read.form, read.formLabels, read.data as Record<string, unknown>));
        }
      }
      for (const p of problems) process.stderr.write(problemLine(shown(file), p) + '\n');
      if (read.data === undefined || problems.some((p) => p.severity === 'error')) {
        process.stderr.write(m.t('convert.unreadable', { file: shown(file) }) + '\n');
        ctx.exit(1);
        return;
      }
      const data = read.data;
      const unitId = getIn(data, ['unit']);
      const periodId = getIn(data, ['period']);
      const period = typeof periodId === 'string' ? parsePeriod(periodId) : null;
      if (typeof unitId !== 'string' || unitId === '' || !period) {
        process.stderr.write(m.t('convert.noUnit', { file: shown(file) }) + '\n');
        ctx.exit(1);
        return;
      }
      const unit = repo?.units.find((u) => u.id === unitId) ?? null;
      if (!unit) process.stderr.write(m.t('convert.unitNotRegistered', { unit: visible(String(unitId)) }) + '\n');
      const form = formForData(plan, repo?.config ?? null, unit, unitId, period, data, loadCommonDifficulties(plan, repo));

      let bytes: Uint8Array | string;
      if (opts.to === 'xlsx') {
        const tooLong = longText(data);
        if (tooLong) {
          process.stderr.write(m.t('convert.textTooLong', { file: shown(file), path: visible(tooLong.path), length: tooLong.length, limit: EXCEL_CELL_MAX }) + '\n');
          ctx.exit(1);
          return;
        }
        const { writeXlsxForm } = await import('../../form/xlsx-form.js');
        bytes = await writeXlsxForm(form, data);
      } else {
        const schemaRef = repo ? schemaRefFrom(dirname(out), repo, plan) : relative(dirname(out), BUNDLED_SCHEMA).split(sep).join('/');
        bytes = writeYamlForm(form, { schemaRef }, data);
      }

      // Read the result back before writing it: a conversion that would change anything is refused.
      const back = await readerFor(out)!(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
      // Old text forms of difficulties and proposals are written as lists: compared as such.
      const diff = firstDifference(withoutEmpties(upgradedSubmission(data)), withoutEmpties(upgradedSubmission(back.data)));
      if (diff) {
        process.stderr.write(
          m.t('convert.wouldLose', { file: shown(file), to: opts.to, path: visible(diff.path), before: visible(show(diff.before)), after: visible(show(diff.after)) }) + '\n',
        );
        ctx.exit(1);
        return;
      }
      if (repo && opts.out === undefined && inputFolder !== null) ensureWorkDir(repo.root);
      writeFileAtomic(out, bytes);
      process.stdout.write(m.t('convert.written', { file: shown(file), out: shown(out) }) + '\n');
      if (repo && inputFolder !== null && outFolder === null) {
        process.stdout.write(m.t('convert.toSubmit', { to: FORMAT_NAME[opts.to], file: shown(file), out: shown(out), dir: shown(dirname(file)) }) + '\n');
      }
      ctx.exit(0);
    });
};
