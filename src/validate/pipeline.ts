import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { compareDiagnostics } from '../model/diagnostic.js';
import type { Locator, Submission } from '../model/submission.js';
import { toPointer } from '../model/submission.js';
import { SUBMISSIONS_DIR, type Repository } from '../repo/load.js';
import { readerFor, SUBMISSION_EXTENSIONS } from '../read/index.js';
import { unreadableAdvice } from '../read/unreadable-advice.js';
import { NULL_LOCATOR, type ReadProblem } from '../read/types.js';
import { diagnosticMessages } from '../i18n/diagnostics.js';
import type { SchemaCheck } from './ajv.js';
import { checksForPlan } from './plan-checks.js';
import type { Plan } from '../plan/model.js';
import { planForPeriodText } from '../repo/plans-by-date.js';
import { schemaFindings } from './schema-findings.js';
import { toSubmission } from './to-submission.js';
import { pruneInvalid } from './prune.js';
import { checkFormOrigin } from './form-origin.js';
import { FormLabelCheck } from './form-labels.js';
import type { Finding } from './finding.js';
import type { FileInfo, RuleContext } from './rule.js';
import { RULES } from './rules/index.js';
import { parsePeriod } from '../consolidate/period.js';
import { comparedPeriods } from './compared-periods.js';
import { periodFolderOf } from '../repo/files.js';
import { MAX_YAML_BYTES } from '../read/yaml.js';
import { readInputFile } from '../util/read-input.js';
import { pathBelow } from '../util/normal-path.js';
import { diagnoseFiles } from './diagnose-files.js';
import { defaultThreadCount, FILES_PER_THREAD } from './thread-count.js';
import { EnvironmentError } from '../cli/environment-error.js';
import { UNIT_CHUNK_FILES, unitChunks } from './unit-chunks.js';

/**
 * Batches with more Excel files than this are checked in worker threads by
 * default. A workbook costs milliseconds to parse, so a second core pays for a
 * worker's start (and exceljs's) from about a hundred of them; a YAML file is
 * read in well under a millisecond, less than handing it to another thread
 * costs, so YAML batches stay in this thread unless --jobs says otherwise.
 */
export const PARALLEL_XLSX_THRESHOLD = 100;

const workbookCount = (files: readonly string[]): number => files.filter((f) => extname(f).toLowerCase() === '.xlsx').length;

function defaultJobs(files: readonly string[]): number {
  const workbooks = workbookCount(files);
  if (workbooks <= PARALLEL_XLSX_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(workbooks / 50)));
}

/** Threads for a YAML batch when --jobs does not say (thread-count.ts); a small batch does not ask the system. */
function yamlThreads(files: number): number {
  return files < 2 * FILES_PER_THREAD ? 1 : defaultThreadCount(files, availableParallelism(), loadavg()[0] ?? 0);
}

/** One file's findings, as `validate` reports them. */
export interface FileDiagnostics {
  /** Path as shown to the user. */
  file: string;
  abs: string;
  diagnostics: Diagnostic[];
}

/** Files larger than this are refused unread, whatever their type. */
export const MAX_SUBMISSION_BYTES = Math.max(MAX_YAML_BYTES, 20 * 1024 * 1024);

/**
 * Findings listed for one file; past this the file is beyond fixing line by
 * line, and a hostile file's 100,000 unknown keys must not cost 100,000
 * messages. One more finding says how many were left out.
 */
export const MAX_FINDINGS_PER_FILE = 200;
/** Schema errors turned into findings (each may look for a "did you mean"); the rest are only counted. */
const MAX_SCHEMA_ERRORS = 1000;

/** The first MAX_FINDINGS_PER_FILE findings (in order of place), and one saying how many more there are. */
function capped(file: string, diagnostics: Diagnostic[], uncounted: number): Diagnostic[] {
  if (diagnostics.length <= MAX_FINDINGS_PER_FILE && uncounted === 0) return diagnostics;
  const kept = diagnostics.slice(0, MAX_FINDINGS_PER_FILE);
  const left = diagnostics.slice(MAX_FINDINGS_PER_FILE);
  const severity = left.some((d) => d.severity === 'error') || uncounted > 0 ? 'error' : left.some((d) => d.severity === 'warning') ? 'warning' : 'info';
  const params = { listed: kept.length, count: left.length + uncounted };
  kept.push({
    severity,
    code: 'too-many-findings',
    message: diagnosticMessages.t('too-many-findings', params),
    file,
    line: null,
    column: null,
    cell: null,
    path: '',
  });
  return kept;
}

/** One submission file after reading, schema check and rules. */
export interface CheckedFile {
  /** Path as shown to the user (relative to the working folder). */
  file: string;
  abs: string;
  /** Null when the file could not be read or does not follow the schema. */
  submission: Submission | null;
  /** True when no diagnostic is an error: the submission may be consolidated. */
  valid: boolean;
  /** Unit and period as the file's place says (file name, period folder), for unreadable files. */
  unitHint: string;
  periodHint: string | null;
  diagnostics: Diagnostic[];
}

interface Parsed {
  /** Schema errors left unexamined past MAX_SCHEMA_ERRORS (counted in the too-many-findings finding). */
  uncounted?: number;
  submission: Submission | null;
  /** The submission lacks entries that failed the schema. */
  partial: boolean;
  locator: Locator;
  diagnostics: Diagnostic[];
}

function placed(file: string, locator: Locator, f: Finding): Diagnostic {
  const pos = locator.locate(f.path, f.target);
  return {
    severity: f.severity,
    code: f.code,
    message: diagnosticMessages.t(f.code, f.params),
    file,
    line: pos.line,
    column: pos.column,
    cell: pos.cell,
    path: toPointer(f.path),
  };
}

function fromProblem(file: string, p: ReadProblem): Diagnostic {
  return {
    severity: p.severity,
    code: p.code,
    message: p.message ?? diagnosticMessages.t(p.code as never, p.params),
    file,
    line: p.line,
    column: p.column,
    cell: p.cell,
    path: p.path,
  };
}

export interface CheckOptions {
  /** ISO date of "today" (for dates in the future); defaults to the real date. */
  today?: string;
  /** Base for the displayed paths; defaults to the working folder. */
  cwd?: string;
  /**
   * Threads for checkAll: 1 checks in this thread; more spreads large batches
   * over worker threads (same results, same order). Default: one per core for
   * batches of more than PARALLEL_XLSX_THRESHOLD Excel files.
   */
  jobs?: number;
}

/** Reads and checks submission files of a repository. Never throws for bad data. */
export class SubmissionChecker {
  /**
   * Submissions already read, as context for other files (the previous period).
   * Only the submission is kept, never the parsed document: a province's year
   * of files must fit in memory.
   */
  private readonly context = new Map<string, Promise<Submission | null>>();
  private readonly dirCache = new Map<string, Map<string, string[]>>();
  private readonly periodDirs = new Map<string, string>();
  private readonly checks = new Map<Plan, Promise<{ submission: SchemaCheck }>>();
  private readonly units: ReadonlyMap<string, Repository['units'][number]>;
  private labelCheck: FormLabelCheck | undefined;
  private readonly today: string;
  private readonly cwd: string;
  private readonly jobs: number | undefined;

  constructor(
    private readonly repo: Repository,
    options: CheckOptions = {},
  ) {
    this.units = new Map(repo.units.map((u) => [u.id, u]));
    this.today = options.today ?? new Date().toISOString().slice(0, 10);
    this.cwd = options.cwd ?? process.cwd();
    this.jobs = options.jobs;
  }

  display(abs: string): string {
    const rel = pathBelow(this.cwd, abs) ?? relative(this.cwd, abs);
    return rel.startsWith('..') ? abs : rel;
  }

  private schemaCheck(plan: Plan): Promise<{ submission: SchemaCheck }> {
    let checks = this.checks.get(plan);
    if (!checks) {
      checks = checksForPlan(plan);
      this.checks.set(plan, checks);
    }
    return checks;
  }

  /**
   * The plan a submission is checked against: the one its period is reported
   * under when the repository changes plan at a date (see plans-by-date.ts).
   */
  planOf(data: unknown): Plan {
    const plans = this.repo.plans;
    if (!plans || plans.length < 2) return this.repo.plan;
    const period = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as { period?: unknown }).period : undefined;
    return planForPeriodText(plans, period);
  }

  /** The submission in a file, as context for another file: read once per run. */
  private submissionIn(abs: string): Promise<Submission | null> {
    let p = this.context.get(abs);
    if (!p) {
      p = this.parse(abs).then((parsed) => parsed.submission);
      this.context.set(abs, p);
    }
    return p;
  }

  /** Read + schema check of one file. */
  private async parse(abs: string): Promise<Parsed> {
    const file = this.display(abs);
    const fail = (problem: ReadProblem): Parsed => ({
      submission: null,
      partial: false,
      locator: NULL_LOCATOR,
      diagnostics: [fromProblem(file, problem)],
    });
    const reader = readerFor(abs);
    const problem = (code: string, params: Record<string, string | number>): ReadProblem => ({
      severity: 'error',
      code,
      params,
      line: null,
      column: null,
      cell: null,
      path: '',
    });
    if (!reader) return fail(problem('unsupported-file-type', { ext: extname(abs) || basename(abs), advice: unreadableAdvice(abs) }));
    const input = readInputFile(abs, { root: this.repo.root, maxBytes: MAX_SUBMISSION_BYTES });
    if ('refusal' in input) return fail(problem(input.refusal.code, input.refusal.params));
    const bytes: Uint8Array = input.bytes;
    let read;
    try {
      read = await reader(bytes);
    } catch (err) {
      return fail(problem('file-unreadable', { detail: (err as Error).message }));
    }
    const diagnostics = read.problems.map((p) => fromProblem(file, p));
    if (read.data === undefined) return { submission: null, partial: false, locator: read.locator, diagnostics };
    // A value the reader already reported (an xlsx cell that is not a number, …) is not reported again by the schema.
    const readPaths = new Set(read.problems.map((p) => p.path).filter((p) => p !== ''));
    if (read.form && read.data !== null && typeof read.data === 'object' && !Array.isArray(read.data)) {
      // A form made from another plan: said once, at the cell showing the plan; the rows it names are not reported again.
      const origin = checkFormOrigin(read.form, read.data as Record<string, unknown>, this.planOf(read.data), read.locator);
      if (origin) {
        diagnostics.push({
          severity: origin.severity,
          code: origin.code,
          message: diagnosticMessages.t(origin.code, origin.params),
          file,
          line: null,
          column: null,
          cell: read.form.cell,
          path: '',
        });
        for (const p of origin.covered) readPaths.add(p);
      }
      // Text typed into a target or guidance cell: not read, said at its cell.
      if (read.formLabels) {
        const data = read.data as Record<string, unknown>;
        this.labelCheck ??= new FormLabelCheck(this.repo.plan, this.repo.config, this.units);
        for (const p of this.labelCheck.check(read.form, read.formLabels, data)) diagnostics.push(fromProblem(file, p));
      }
    }
    const placedSchema = (f: Finding): void => {
      if (!readPaths.has(toPointer(f.path))) diagnostics.push(placed(file, read.locator, f));
    };
    const plan = this.planOf(read.data);
    const { submission: check } = await this.schemaCheck(plan);
    const allErrors = check(read.data);
    const errors = allErrors.length > MAX_SCHEMA_ERRORS ? allErrors.slice(0, MAX_SCHEMA_ERRORS) : allErrors;
    const uncounted = allErrors.length - errors.length;
    if (read.data === null || typeof read.data !== 'object' || Array.isArray(read.data)) {
      for (const f of schemaFindings(errors, read.data, plan)) placedSchema(f);
      return { submission: null, partial: false, locator: read.locator, diagnostics, uncounted };
    }
    if (errors.length) {
      for (const f of schemaFindings(errors, read.data, plan)) placedSchema(f);
      // Check the rest anyway so that one run shows every problem; the file stays invalid.
      const rest = uncounted > 0 ? null : pruneInvalid(read.data, errors);
      const usable = rest !== null && check(rest).length === 0;
      return { submission: usable ? toSubmission(rest) : null, partial: true, locator: read.locator, diagnostics, uncounted };
    }
    return { submission: toSubmission(read.data), partial: false, locator: read.locator, diagnostics };
  }

  /**
   * Lets go of the submissions read so far as context (a file needed again is
   * read again, with the same result): checking a long batch unit by unit then
   * holds only the current units' submissions.
   */
  forgetContext(): void {
    this.context.clear();
  }

  /** A folder's entries, listed once per run: file names by stem (file placement and previous-period lookups). */
  private listing(dir: string): Map<string, string[]> {
    let byStem = this.dirCache.get(dir);
    if (!byStem) {
      byStem = new Map();
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch (err) {
        // A period without a folder has no submissions; a folder that cannot be read is not "no submissions".
        const code = (err as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new EnvironmentError(err as NodeJS.ErrnoException, dir, 'list');
        names = [];
      }
      for (const name of names) {
        if (!SUBMISSION_EXTENSIONS.includes(extname(name).toLowerCase())) continue;
        const stem = basename(name, extname(name));
        const same = byStem.get(stem);
        if (same) same.push(name);
        else byStem.set(stem, [name]);
      }
      this.dirCache.set(dir, byStem);
    }
    return byStem;
  }

  private sameStem(abs: string): string[] {
    const own = basename(abs);
    return (this.listing(dirname(abs)).get(basename(abs, extname(abs))) ?? []).filter((n) => n !== own);
  }

  /** The unit's valid-looking submission for a period, in whichever format it was filed. */
  private async submissionFor(unit: string, period: string): Promise<Submission | null> {
    let dir = this.periodDirs.get(period);
    if (dir === undefined) {
      dir = join(this.repo.root, SUBMISSIONS_DIR, period);
      this.periodDirs.set(period, dir);
    }
    // Listed in its folder is enough: reading refuses anything that is not a regular file.
    const listed = this.listing(dir).get(unit);
    if (!listed) return null;
    // In the order of submissionCandidates; a listed name is a plain file name, so this is its path as join would write it.
    for (const ext of SUBMISSION_EXTENSIONS) {
      if (!listed.includes(unit + ext)) continue;
      const found = await this.submissionIn(dir + sep + unit + ext);
      if (found && found.unit === unit) return found;
    }
    return null;
  }

  private async previousOf(sub: Submission): Promise<RuleContext['previous']> {
    const period = parsePeriod(sub.period);
    if (!period) return null;
    const prev = comparedPeriods(period).previous;
    // Figures under another plan are not compared (the plan changed at a date: the same id may mean another thing).
    if (this.planOf(sub) !== this.planOf({ period: prev.id })) return null;
    const previous = await this.submissionFor(sub.unit, prev.id);
    return previous ? { period: prev.id, submission: previous } : null;
  }

  /** For a half or a year: the unit's quarter submissions, when every quarter is there. */
  private async quartersOf(sub: Submission): Promise<RuleContext['quarters']> {
    const period = parsePeriod(sub.period);
    const quarters = period ? comparedPeriods(period).quarters : [];
    if (quarters.length === 0) return null;
    const out: { period: string; submission: Submission }[] = [];
    for (const q of quarters) {
      const found = await this.submissionFor(sub.unit, q.id);
      if (!found) return null;
      out.push({ period: q.id, submission: found });
    }
    return out;
  }


  /** Full check of one file: read problems, schema, then every business rule. */
  async check(abs: string): Promise<CheckedFile> {
    const file = this.display(abs);
    const parsed = await this.parse(abs);
    if (!this.context.has(abs)) this.context.set(abs, Promise.resolve(parsed.submission));
    const diagnostics = [...parsed.diagnostics];
    const sub = parsed.submission;
    if (sub) {
      const info: FileInfo = {
        display: file,
        stem: basename(abs, extname(abs)),
        folder: periodFolderOf(this.repo.root, abs),
        sameStem: this.sameStem(abs),
      };
      const ctx: RuleContext = {
        plan: this.planOf(sub),
        plans: this.repo.plans ?? null,
        config: this.repo.config,
        units: this.units,
        file: info,
        previous: await this.previousOf(sub),
        quarters: await this.quartersOf(sub),
        partial: parsed.partial,
        today: this.today,
      };
      for (const rule of RULES) for (const f of rule.check(sub, ctx)) diagnostics.push(placed(file, parsed.locator, f));
    }
    diagnostics.sort(compareDiagnostics);
    const valid = sub !== null && !diagnostics.some((d) => d.severity === 'error');
    return {
      file,
      abs,
      submission: sub,
      valid,
      unitHint: sub?.unit ?? basename(abs, extname(abs)),
      periodHint: sub?.period ?? periodFolderOf(this.repo.root, abs),
      diagnostics: capped(file, diagnostics, parsed.uncounted ?? 0),
    };
  }

  /**
   * Checks every file, in the given order. Large batches are spread over worker
   * threads (see check-workers.ts); the results are the same as checking them
   * here one by one.
   */
  async checkAll(files: readonly string[]): Promise<CheckedFile[]> {
    const out: CheckedFile[] = new Array<CheckedFile>(files.length);
    await this.checkEach(files, (c, i) => (out[i] = c));
    return out;
  }

  /**
   * Checks every file and hands each result to `take` with the file's index in
   * `files`, in no particular order; what `take` does not keep is let go. In
   * this thread the files are checked unit by unit and the context read for a
   * unit is let go after it, so a caller keeping only part of each result (a
   * report keeps what its period needs) never holds a whole province's year.
   * The results are those of checking each file alone.
   */
  async checkEach(files: readonly string[], take: (checked: CheckedFile, index: number) => void): Promise<void> {
    const jobs = this.jobs ?? defaultJobs(files);
    if (jobs > 1 && files.length > 1) {
      const { checkInWorkers } = await import('./check-workers.js');
      (await checkInWorkers(this.repo, files, { today: this.today, cwd: this.cwd, jobs })).forEach(take);
      return;
    }
    for (const chunk of unitChunks(files, UNIT_CHUNK_FILES)) {
      (await this.checkChunk(chunk.map((i) => files[i]!))).forEach((c, j) => take(c, chunk[j]!));
    }
  }

  /**
   * Checks a chunk of whole units' files in order, then lets go of the
   * submissions read as context: later chunks rarely need them, and one that
   * does reads the file again, with the same result.
   */
  async checkChunk(files: readonly string[]): Promise<CheckedFile[]> {
    const out: CheckedFile[] = [];
    for (const file of files) out.push(await this.check(file));
    this.forgetContext();
    return out;
  }

  /**
   * The findings of every file, in the given order, as `validate` reports them
   * (the submissions themselves are not kept). YAML batches are checked unit by
   * unit, large ones on several threads (diagnose-files.ts, thread-count.ts);
   * batches of many Excel files go to checkAll's worker threads. The findings
   * are the same on any number of threads.
   */
  async diagnoseAll(files: readonly string[]): Promise<FileDiagnostics[]> {
    if (workbookCount(files) > PARALLEL_XLSX_THRESHOLD) {
      return (await this.checkAll(files)).map((c) => ({ file: c.file, abs: c.abs, diagnostics: c.diagnostics }));
    }
    const found = await diagnoseFiles(this, files, {
      repo: this.repo,
      today: this.today,
      cwd: this.cwd,
      threads: this.jobs ?? yamlThreads(files.length),
    });
    return files.map((f, i) => ({ file: this.display(f), abs: f, diagnostics: found[i]! }));
  }
}
