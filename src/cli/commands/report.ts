import { existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { join, relative, resolve } from 'node:path';
import chalk from 'chalk';
import { consolidate } from '../../consolidate/consolidate.js';
import type { Consolidation } from '../../consolidate/types.js';
import { isoDate, periodLabel, periodMonths, periodSpan, type Period } from '../../consolidate/period.js';
import { getLang, type Lang } from '../../i18n/index.js';
import { cliMessages } from '../../i18n/cli.js';
import { consolidateMessages } from '../../i18n/consolidate.js';
import { reportMessages as m } from '../../i18n/report.js';
import { compareDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import { stylish } from '../../render/formatters/stylish.js';
import { deterministicZip, reportTimestamp } from '../../util/deterministic-zip.js';
import { sameReport } from '../../render/reports/same-report.js';
import { ciMessages } from '../../i18n/ci.js';
import { REPORT_FORMATS, REPORT_WRITERS, reportFileName, type ReportFormat } from '../../render/reports/index.js';
import type { ReportInput } from '../../render/reports/report-input.js';
import { loadReportTemplate } from '../../render/reports/template/load-report-template.js';
import type { AppendixId, ReportTemplate } from '../../render/reports/template/template-spec.js';
import type { Repository } from '../../repo/load.js';
import { forEachBatch, recoverInterruptedWrites, writeFilesAtomic, type FileContent } from '../../util/atomic-write.js';
import { editedReports, recordingWrites } from '../report-overwrite.js';
import { isWithin, readInputFile } from '../../util/read-input.js';
import { refusalText } from '../../repo/read-repo-file.js';
import { refuseDefaultFolderOutside, refuseOutputOnInput } from '../../repo/output-guard.js';
import { terminalJson, visible } from '../../render/terminal-text.js';
import { UsageError } from '../errors.js';
import { boundHeapGrowth } from '../bounded-heap.js';
import { showStatus } from '../progress.js';
import { concernsPeriod, invalidFilesFor, loadConsolidation, periodOption, type FileOutcome } from '../load-consolidation.js';
import type { CommandDefinition } from '../program.js';

interface ReportOptions {
  period: string;
  format?: string;
  out?: string;
  skipInvalid?: boolean;
  repo?: string;
  date?: string;
  check?: boolean;
  force?: boolean;
  detail?: boolean;
}

/** Default output folder, inside the repository. */
export const REPORTS_DIR = 'bao-cao';
const DEFAULT_FORMATS = 'docx,xlsx';

export function parseFormats(text: string | undefined): ReportFormat[] {
  const names = (text ?? DEFAULT_FORMATS)
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  const out: ReportFormat[] = [];
  for (const name of names) {
    if (!(REPORT_FORMATS as string[]).includes(name)) {
      throw new UsageError(consolidateMessages.t('report.error.format', { value: name, choices: REPORT_FORMATS.join(', ') }));
    }
    if (!out.includes(name as ReportFormat)) out.push(name as ReportFormat);
  }
  if (out.length === 0) {
    throw new UsageError(consolidateMessages.t('report.error.format', { value: text ?? '', choices: REPORT_FORMATS.join(', ') }));
  }
  return out;
}

export function parseReportDate(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (match) {
    const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) return isoDate(y, mo, d);
  }
  throw new UsageError(m.t('error.badDate', { date: text }));
}

/**
 * The date printed on the report when none is given: the 20th of the period's
 * last month, when the report to the Ministry is due. Fixed by the period, so
 * the same inputs always give the same document.
 */
export function defaultReportDate(p: Period): string {
  return isoDate(p.year, periodMonths(p).last, 20);
}

/** The appendices of the Word report: the template's, and the units' narratives when `--detail` asks for them. */
export function reportAppendices(template: ReportTemplate, detail: boolean): AppendixId[] {
  const list = [...template.appendixOrder];
  if (detail && !list.includes('narratives')) list.push('narratives');
  return list;
}

/** What the workbook lists: everything validation found in the files of the period. */
function periodDiagnostics(files: readonly FileOutcome[], period: Period): Diagnostic[] {
  return files
    .filter((f) => concernsPeriod(f, period))
    .flatMap((f) => f.diagnostics)
    .sort(compareDiagnostics);
}

/** Names commonly given by mistake to `--out`, which is a folder: the files are named by cchc. */
const FILE_LIKE = /^\.(docx|xlsx|json|pdf|doc|xls|odt|ods|zip)$/i;

/** `--out` names a folder: an existing file, or a name like report.docx, is a usage error. */
function checkOutFolder(out: string): void {
  const exists = existsSync(out);
  if ((exists && !statSync(out).isDirectory()) || (!exists && FILE_LIKE.test(extname(out)))) {
    throw new UsageError(m.t('error.outIsFile', { out }));
  }
}

/** A path as the user is shown it: relative to the working folder when inside it. */
function shownPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown.startsWith('..') || shown === '' ? path : shown;
}

/**
 * The saved report that --check compares with, read through the guarded
 * reader: inside the repository (or the --out folder) once links are resolved,
 * a regular file. A file much larger than the new one cannot be the same
 * report and is not read.
 */
function savedReport(file: string, where: string, root: string, expectedBytes: number): Buffer | 'missing' | 'differs' {
  const saved = readInputFile(file, { root, maxBytes: 2 * expectedBytes + (1 << 20) });
  if ('bytes' in saved) return saved.bytes;
  const { refusal } = saved;
  if (refusal.code === 'file-too-large') return 'differs';
  if (refusal.code === 'file-unreadable' && refusal.params.errno === 'ENOENT') return 'missing';
  throw new UsageError(refusalText(where, refusal));
}

interface ReportFigures {
  repo: Repository;
  template: ReportTemplate | null;
  consolidation: Consolidation;
  /** The consolidation in the user's language for the JSON output; null when no JSON is asked for. */
  jsonConsolidation: Consolidation | null;
  diagnostics: Diagnostic[];
}

/**
 * Reads and checks every submission and consolidates the period. Only the
 * figures leave this function: the submissions themselves (tens of thousands
 * in a province) are let go before any document is made. Null when files with
 * errors block the report (they have been listed on stderr).
 */
async function reportFigures(opts: ReportOptions, period: Period, formats: readonly ReportFormat[], lang: Lang): Promise<ReportFigures | null> {
  const { repo, files, input } = await loadConsolidation(opts.repo, period.id, 'vi', { onlyPeriodNeeds: true });
  const documents = formats.filter((f) => f !== 'json');
  const template = documents.length
    ? loadReportTemplate(period.kind, { root: repo.root, templatesDir: repo.config.templates })
    : null;

  const blocking = invalidFilesFor(files, period);
  if (blocking.length > 0 && !opts.skipInvalid) {
    const diagnostics = blocking.flatMap((c) => c.diagnostics.filter((d) => d.severity === 'error')).sort(compareDiagnostics);
    process.stderr.write(
      `${consolidateMessages.t('report.blocked', { count: blocking.length, period: periodLabel(period, lang) })}\n\n`,
    );
    process.stderr.write(
      stylish(
        { files: blocking.length, fileList: blocking.map((c) => c.file), diagnostics },
        { lang, colour: chalk.level > 0, root: repo.root },
      ),
    );
    return null;
  }
  if (blocking.length > 0) {
    const names = new Map(repo.units.map((u) => [u.id, u.name]));
    const left = blocking.map((f) => visible(`${names.get(f.unit) ?? f.unit}${f.period ? ` (${f.period})` : ''}`));
    process.stderr.write(`${m.t('skipped', { files: blocking.length, units: left.join(', ') })}\n`);
  }

  const diagnostics = documents.length ? periodDiagnostics(files, period) : [];
  const status = showStatus(m.t('progress.consolidating'));
  const consolidation = consolidate(input);
  status.done();
  // The JSON speaks the user's language; the documents are Vietnamese.
  const jsonConsolidation: Consolidation | null = !formats.includes('json')
    ? null
    : lang === 'vi'
      ? consolidation
      : consolidate({ ...input, lang });
  return { repo, template, consolidation, jsonConsolidation, diagnostics };
}

export const reportCommand: CommandDefinition = (program, ctx) => {
  program
    .command('report')
    .description(m.t('command.description'))
    .requiredOption('-p, --period <id>', consolidateMessages.t('cli.option.period'))
    .option('-f, --format <list>', m.t('option.format', { formats: REPORT_FORMATS.join(', ') }))
    .option('-o, --out <dir>', m.t('option.out'))
    .option('--skip-invalid', consolidateMessages.t('report.option.skipInvalid'))
    .option('--date <YYYY-MM-DD>', m.t('option.date'))
    .option('--detail', m.t('option.detail'))
    .option('--repo <dir>', cliMessages.t('option.repo'))
    .option('--check', ciMessages.t('option.check'))
    .option('--force', m.t('option.force'))
    .action(async (opts: ReportOptions) => {
      boundHeapGrowth();
      // Invocation mistakes first, before any file is read.
      const period = periodOption(opts.period);
      const formats = parseFormats(opts.format);
      const date = opts.date !== undefined ? parseReportDate(opts.date) : defaultReportDate(period);
      // Same inputs, same bytes: zip times and document dates come from here, never from the clock.
      const stamp = reportTimestamp(periodSpan(period).to, process.env['SOURCE_DATE_EPOCH']);
      if (stamp === null) throw new UsageError(m.t('error.badSourceDateEpoch', { value: process.env['SOURCE_DATE_EPOCH'] ?? '' }));
      const lang = getLang();
      if (opts.out !== undefined) checkOutFolder(opts.out);

      const figures = await reportFigures(opts, period, formats, lang);
      if (figures === null) {
        ctx.exit(1);
        return;
      }
      const { repo, template, consolidation, jsonConsolidation, diagnostics } = figures;
      const json = () => REPORT_WRITERS.json.render({ consolidation: jsonConsolidation ?? consolidation });

      // `--format json` alone, without --out, prints the consolidation for other tools (invisible characters as JSON escapes: it may reach a terminal or a CI log).
      if (template === null && opts.out === undefined && !opts.check) {
        forEachBatch(json(), (text) => process.stdout.write(terminalJson(text)));
        ctx.exit(0);
        return;
      }

      const input: ReportInput | null = template
        ? {
            consolidation,
            body: repo.config.body,
            signer: repo.config.signer,
            recipients: repo.config.recipients,
            template,
            basis: repo.config.basis,
            appendices: reportAppendices(template, opts.detail === true),
            date,
            diagnostics,
          }
        : null;
      const cwd = process.cwd();
      const outDir = opts.out !== undefined ? resolve(cwd, opts.out) : join(repo.root, REPORTS_DIR);
      if (opts.out === undefined) refuseDefaultFolderOutside(repo.root, outDir, REPORTS_DIR);
      // Never onto an input, never into submissions/ (a committed link bao-cao → submissions/2024Q2 included).
      for (const format of formats) {
        const file = join(outDir, reportFileName(period.id, format));
        refuseOutputOnInput(repo, file, shownPath(cwd, file));
      }
      const stale: string[] = [];
      // Every document is made before any is written: then they are written
      // together. One at a time, so only one is ever held as objects; the JSON
      // is written from pieces as they are made.
      const outputs: { path: string; data: FileContent }[] = [];
      for (const format of formats) {
        const file = join(outDir, reportFileName(period.id, format));
        const status = showStatus(m.t('progress.writing', { file: reportFileName(period.id, format) }));
        const data = format === 'json' || input === null ? json() : await deterministicZip(await REPORT_WRITERS[format].render(input), stamp);
        status.done();
        if (opts.check) {
          // Compare with the saved report; write nothing.
          const bytes = data instanceof Uint8Array ? data : Buffer.from([...data].join(''), 'utf8');
          const where = visible(shownPath(cwd, file));
          const saved = savedReport(file, where, isWithin(repo.root, outDir) ? repo.root : outDir, bytes.byteLength);
          const status = typeof saved === 'string' ? saved : (await sameReport(file, bytes, saved)) ? 'same' : 'differs';
          if (status !== 'same') stale.push(where);
          process.stdout.write(`${ciMessages.t(`check.${status}`, { file: where })}\n`);
          continue;
        }
        outputs.push({ path: file, data });
      }
      // A killed earlier run's set is completed first, so what is compared below is a whole set.
      if (outputs.length) recoverInterruptedWrites(outDir);
      if (!opts.force) {
        // A saved report that is not what cchc last wrote there, and not what it would write now, holds a person's edits.
        const fresh = (path: string) => {
          const o = outputs.find((x) => x.path === path)!;
          return o.data instanceof Uint8Array ? o.data : Buffer.from(typeof o.data === 'string' ? o.data : [...json()].join(''), 'utf8');
        };
        const edited = (await editedReports(repo.root, outputs, fresh)).map((p) => visible(shownPath(cwd, p)));
        if (edited.length) throw new UsageError(m.t('error.wouldOverwrite', { count: edited.length, files: edited.join(', ') }));
      }
      const recording = await recordingWrites(repo.root, outputs);
      writeFilesAtomic(recording.outputs);
      if (outputs.length) recording.remember();
      for (const { path } of outputs) {
        process.stderr.write(`${consolidateMessages.t('report.written', { file: visible(shownPath(cwd, path)) })}\n`);
      }
      if (opts.check) {
        const out = opts.out !== undefined ? ` --out ${opts.out}` : '';
        process.stdout.write(
          `${stale.length ? ciMessages.t('check.stale', { count: stale.length, period: period.id, out }) : ciMessages.t('check.ok')}\n`,
        );
        ctx.exit(stale.length ? 1 : 0);
        return;
      }
      const c = consolidation.completeness;
      process.stderr.write(
        `${m.t('summary', {
          period: periodLabel(period, lang),
          submitted: c.submitted,
          expected: c.expected,
          onTime: c.onTime,
          late: c.late,
          partial: c.partial,
          missing: c.missing,
          invalid: c.invalid,
        })}\n`,
      );
      ctx.exit(0);
    });
};
